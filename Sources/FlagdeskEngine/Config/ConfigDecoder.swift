import FlagdeskCore
import Foundation

/// Turns the tables of config.toml into a `FlagdeskConfig`, reporting every problem on the way
/// (none stops the walk, so one pass finds them all). Keys absent keep their defaults.
struct ConfigDecoder {
    let paths: PathResolver

    /// Keys that are not tables; a user who writes one after a `[table]` header puts it in
    /// that table by mistake, and the message says so.
    static let topLevelKeys: Set<String> = ["directory_files"]

    /// Decodes the top level; `directory_files` are returned for the loader to read.
    func decode(_ root: TOMLTableReader) -> (config: FlagdeskConfig, entries: DirectoryEntries, files: [DirectoryFile])
    {
        var config = FlagdeskConfig()
        if let table = root.table("organisation") { config.organisation = organisation(table) }
        if let table = root.table("store") {
            config.storePath = table.text("path").map(paths.resolve)
            config.storeWaitSeconds = table.integer("wait_seconds", in: 1...3600) ?? config.storeWaitSeconds
            table.finish()
        }
        if let table = root.table("security") {
            config.keyFilePath = table.text("key_file").map(paths.resolve)
            config.sealKeyFilePath = table.text("seal_key_file").map(paths.resolve)
            table.finish()
        }
        if let table = root.table("time") {
            if let zone = timeZone(table) { config.timeZone = zone }
            table.finish()
        }
        if let table = root.table("users") { config.users = users(table) }
        if let table = root.table("approval") {
            config.fourEyesStated = table.bool("four_eyes")
            config.fourEyes = config.fourEyesStated ?? config.fourEyes
            table.finish()
        }
        if let table = root.table("templates") {
            config.templatesDirectory = table.text("directory").map(paths.resolve)
            config.defaultLanguage = language(table, "default_language") ?? config.defaultLanguage
            table.finish()
        }
        if let table = root.table("sending") {
            config.sendCommand = table.text("send_command")
            table.finish()
        }
        if let table = root.table("network") { config.network = network(table) }
        if let table = root.table("capture") {
            config.network.allowPrivateAddresses = table.bool("allow_private_addresses") ?? false
            table.finish()
        }
        if let table = root.table("import") { config.importing = importSettings(table) }
        if let table = root.table("deadlines") { config.deadlineOverrides = deadlines(table) }
        if let steps = root.tables("escalation") { config.escalation = steps.compactMap(escalationStep) }
        if let table = root.table("calendar") { config.calendar = calendar(table) }
        if let table = root.table("retention") { config.retention = retention(table) }
        if let table = root.table("keys") { config.keyBindings = keyBindings(table) }
        let entries = DirectoryDecoder.entries(in: root)
        let files = root.array("directory_files") { value, index -> DirectoryFile? in
            guard let text = value.string, !text.isEmpty else {
                root.report(
                    .wrongType, "directory_files", index: index, found: TOMLDescription.describe(value),
                    expected: "a file path in quotes")
                return nil
            }
            return DirectoryFile(path: paths.resolve(text), named: text, index: index)
        }
        root.finish()
        return (config, entries, files ?? [])
    }

    private func organisation(_ table: TOMLTableReader) -> FlagdeskConfig.Organisation {
        var organisation = FlagdeskConfig.Organisation()
        organisation.name = table.text("name")
        organisation.legalForm = table.text("legal_form")
        organisation.country = table.parsed(
            "country", expected: "an ISO 3166-1 alpha-2 country code such as BE, FR, DE", parse: ISOCodes.country)
        organisation.postalAddress = table.text("postal_address")
        organisation.email = table.parsed(
            "email", expected: "an e-mail address such as notices@example.org",
            parse: { WebAddress.isPlausibleEmail($0) ? $0 : nil })
        organisation.phone = table.text("phone")
        organisation.signatory = table.text("signatory")
        organisation.gdprArticle80Body = table.bool("gdpr_article_80_body") ?? false
        if let status = table.table("trusted_flagger") { organisation.trustedFlagger = trustedFlagger(status) }
        table.finish()
        return organisation
    }

    private func trustedFlagger(_ table: TOMLTableReader) -> FlagdeskConfig.TrustedFlaggerStatus? {
        let dsc = table.text("awarding_dsc")
        let awardedOn = table.date("awarded_on")
        let reference = table.text("reference")
        let area = table.text("area_of_expertise")
        let independence = table.text("independence_statement")
        let suspendedOn = table.date("suspended_on")
        if dsc == nil {
            table.missing(
                "awarding_dsc", expected: "the Digital Services Coordinator that awarded the status (DSA Art. 22(2))")
        }
        if area == nil {
            table.missing(
                "area_of_expertise",
                expected: "the designated area of expertise (DSA Art. 22(1): priority holds only inside it)")
        }
        table.finish()
        guard let dsc, let area else { return nil }
        return FlagdeskConfig.TrustedFlaggerStatus(
            awardingDSC: dsc, awardedOn: awardedOn, reference: reference, areaOfExpertise: area,
            independenceStatement: independence, suspendedOn: suspendedOn)
    }

    private func timeZone(_ table: TOMLTableReader) -> TimeZone? {
        table.parsed(
            "zone", expected: "an IANA time zone such as Europe/Brussels",
            candidates: TimeZone.knownTimeZoneIdentifiers,
            parse: { TimeZone(identifier: $0) })
    }

    private func users(_ table: TOMLTableReader) -> [String: UserRole] {
        var users: [String: UserRole] = [:]
        let roles = UserRole.allCases.map(\.rawValue)
        for (login, _) in table.entries() {
            if login.isEmpty
                || login.unicodeScalars.contains(where: {
                    $0.properties.isWhitespace || $0.properties.generalCategory == .control
                })
            {
                table.report(
                    .invalidValue, login, found: ConfigText.quoted(login), expected: "a login name without spaces")
                continue
            }
            let role = table.parsed(
                login, expected: "a role: \(roles.joined(separator: " or "))", candidates: roles,
                parse: UserRole.init(rawValue:))
            if let role { users[login] = role }
        }
        table.finish()
        return users
    }

    private func language(_ table: TOMLTableReader, _ key: String) -> String? {
        table.parsed(key, expected: "an ISO 639-1 language code such as en, fr, de", parse: ISOCodes.language)
    }

    private func network(_ table: TOMLTableReader) -> FlagdeskConfig.Network {
        var network = FlagdeskConfig.Network()
        network.enabled = table.bool("enabled") ?? network.enabled
        network.timeoutSeconds = table.integer("timeout_seconds", in: 1...600) ?? network.timeoutSeconds
        network.maxBytes = table.integer("max_bytes", in: 1...1_073_741_824) ?? network.maxBytes
        network.authorisedToHoldCSAM = table.bool("authorised_to_hold_csam") ?? network.authorisedToHoldCSAM
        table.finish()
        return network
    }

    /// Rule ids may be quoted (`"reminder.notice" = "7 days"`) or dotted (`reminder.notice =
    /// "7 days"`, which TOML reads as nested tables): both give the id `reminder.notice`.
    private func deadlines(_ table: TOMLTableReader) -> [String: String] {
        var overrides: [String: String] = [:]
        for (key, value) in table.entries() {
            if let nested = value.table {
                let reader = TOMLTableReader(table: nested, path: table.path.appending(key), source: table.source)
                for (id, period) in deadlines(reader) { overrides["\(key).\(id)"] = period }
                continue
            }
            if !RuleID.isWellFormed(key) {
                table.report(
                    .invalidValue, key, found: ConfigText.quoted(key),
                    expected: "a deadline rule id such as \"reminder.notice\" (a-z, 0-9, '-' and '.')")
            }
            if let period = table.parsed(
                key, expected: PeriodText.expectation,
                parse: { text in
                    let trimmed = text.trimmingCharacters(in: .whitespaces)
                    return PeriodText.isWellFormed(trimmed) ? trimmed : nil
                })
            {
                overrides[key] = period
            }
        }
        table.finish()
        return overrides
    }

    private func escalationStep(_ table: TOMLTableReader) -> EscalationStep? {
        let kinds = DocumentKind.allCases.map(\.rawValue)
        let kindExpectation = "a document kind: \(kinds.joined(separator: ", "))"
        let triggers = EscalationTrigger.allCases.map(\.rawValue)
        let from = table.parsed(
            "from", expected: kindExpectation, candidates: kinds, parse: DocumentKind.init(rawValue:))
        let trigger = table.parsed(
            "when", expected: "one of \(triggers.joined(separator: ", "))", candidates: triggers,
            parse: EscalationTrigger.init(rawValue:))
        let after = table.parsed(
            "after", expected: "a deadline rule id such as \"reminder.notice\" or \(PeriodText.expectation)",
            parse: EscalationDelay.init(parsing:))
        let propose = table.array("propose") { value, index -> DocumentKind? in
            guard let text = value.string else {
                table.report(
                    .wrongType, "propose", index: index, found: TOMLDescription.describe(value),
                    expected: kindExpectation)
                return nil
            }
            guard let kind = DocumentKind(rawValue: text) else {
                table.report(
                    .invalidValue, "propose", index: index, found: ConfigText.quoted(text), expected: kindExpectation,
                    suggestion: EditDistance.suggestion(for: text, among: kinds))
                return nil
            }
            return kind
        }
        if table.value("from") == nil { table.missing("from", expected: kindExpectation) }
        if table.value("when") == nil { table.missing("when", expected: "one of \(triggers.joined(separator: ", "))") }
        if table.value("propose") == nil || table.value("propose")?.array?.isEmpty == true {
            table.missing("propose", expected: "at least one document kind to propose, e.g. [\"reminder\"]")
        }
        if table.value("after") == nil, let trigger, trigger != .rejected {
            table.missing(
                "after", expected: "how long to wait (a deadline rule id or a period) for \(trigger.rawValue)")
        }
        if trigger == .preservationEnding, let from, !from.definition.answers.preservationMilestones {
            table.report(
                .invalidValue, "when", found: ConfigText.quoted(EscalationTrigger.preservationEnding.rawValue),
                expected: "no-response or rejected (preservation-ending applies to preservation-request only)")
        }
        table.finish()
        guard let from, let trigger, let propose, !propose.isEmpty else { return nil }
        return EscalationStep(from: from, trigger: trigger, after: after, propose: propose)
    }

    /// `[keys]`: command = "key" or ["key", ...] (aerc's binds.conf). Only the shape is checked
    /// here; the desk checks command and key names against its keymap (the engine does not know
    /// them), and names this file and line when it refuses one.
    private func keyBindings(_ table: TOMLTableReader) -> [KeySetting] {
        let expected = "a key in quotes (\"H\", \"C-r\", \"<Enter>\") or an array of them"
        var settings: [KeySetting] = []
        for (command, value) in table.entries() {
            var keys: [String]?
            if let text = value.string {
                keys = [text]
            } else if let array = value.array {
                keys = array.compactMap(\.string)
                if keys?.count != array.count { keys = nil }
            }
            guard let keys, !keys.isEmpty, !keys.contains(where: \.isEmpty) else {
                table.report(.wrongType, command, found: TOMLDescription.describe(value), expected: expected)
                continue
            }
            settings.append(
                KeySetting(command: command, keys: keys, file: table.source.file, line: table.line(of: command)))
        }
        table.finish()
        return settings
    }

    private func calendar(_ table: TOMLTableReader) -> FlagdeskConfig.CalendarSettings {
        var calendar = FlagdeskConfig.CalendarSettings()
        calendar.country = table.parsed(
            "country", expected: "a calendar code: a country such as BE, or country-subdivision such as DE-BY",
            parse: CalendarCode.normalized)
        calendar.closures = table.dateArray("closures") ?? []
        calendar.extraHolidays = table.dateArray("extra_holidays") ?? []
        table.finish()
        return calendar
    }
}

/// Holiday calendar codes: `CC` or `CC-SUB` (ISO 3166-1 alpha-2, then a subdivision of one to
/// three letters or digits, as in ISO 3166-2). Which calendars exist is the calendar registry's
/// business; only the shape is checked here.
enum CalendarCode {
    static func normalized(_ text: String) -> String? {
        let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2, let country = ISOCodes.country(String(parts[0])) else { return nil }
        guard parts.count == 2 else { return country }
        let subdivision = parts[1]
        guard (1...3).contains(subdivision.count),
            subdivision.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        return "\(country)-\(subdivision)"
    }
}

/// A `directory_files` entry: the resolved path, the text as written, its position.
struct DirectoryFile {
    let path: String
    let named: String
    let index: Int
}
