import FlagdeskCore
import TOMLKit

/// Directory entries read from one file, each with its path for later messages.
struct DirectoryEntries {
    var providers: [(provider: Provider, path: ConfigPath, source: ConfigSource)] = []
    var authorities: [(authority: Authority, path: ConfigPath, source: ConfigSource)] = []

    mutating func append(_ other: DirectoryEntries) {
        providers += other.providers
        authorities += other.authorities
    }
}

/// Reads `[[providers]]` and `[[authorities]]` (from config.toml or a directory file) and
/// applies the directory's own rules (`DirectoryValidation`), pointing each problem at its line.
enum DirectoryDecoder {
    static func entries(in root: TOMLTableReader) -> DirectoryEntries {
        var entries = DirectoryEntries()
        for table in root.tables("providers") ?? [] {
            if let provider = provider(table) { entries.providers.append((provider, table.path, table.source)) }
        }
        for table in root.tables("authorities") ?? [] {
            if let authority = authority(table) { entries.authorities.append((authority, table.path, table.source)) }
        }
        return entries
    }

    static func provider(_ table: TOMLTableReader) -> Provider? {
        let key = table.text("key")
        let name = table.text("name")
        let legalEntity = table.text("legal_entity")
        let country = table.parsed("country", expected: DirectoryValidation.countryExpectation, parse: ISOCodes.country)
        let hosts = table.stringArray("hosts") ?? []
        let channel: NoticeChannel? = table.text("notice_channel").flatMap { text in
            guard let channel = NoticeChannel(parsing: text) else {
                table.report(
                    .invalidValue, "notice_channel", found: ConfigText.quoted(text),
                    expected: "a notice form URL (https://...) or an e-mail address")
                return nil
            }
            return channel
        }
        let representative = table.table("eu_legal_representative").flatMap(addressee)
        let eevidence = table.table("eevidence_addressee").flatMap(eevidenceAddressee)
        let languages = (table.stringArray("languages") ?? []).map { ISOCodes.language($0) ?? $0 }
        let isOnlinePlatform = table.bool("is_online_platform") ?? true
        let smallOrMicro = table.bool("small_or_micro") ?? false
        let isSearchEngine = table.bool("search_engine") ?? false
        let isVeryLarge = table.bool("very_large") ?? false
        let verified = table.bool("verified") ?? false
        let source = table.text("source")
        requireKeyAndName(table, key: key, name: name, what: "provider")
        table.finish()
        guard let key, let name else { return nil }
        let provider = Provider(
            key: key, name: name, legalEntity: legalEntity, country: country, hosts: hosts, noticeChannel: channel,
            euLegalRepresentative: representative, eevidenceAddressee: eevidence, languages: languages,
            isOnlinePlatform: isOnlinePlatform && !isSearchEngine, smallOrMicro: smallOrMicro,
            isSearchEngine: isSearchEngine, isVeryLarge: isVeryLarge, verified: verified, source: source)
        report(DirectoryValidation.problems(in: provider), in: table)
        return provider
    }

    static func authority(_ table: TOMLTableReader) -> Authority? {
        let key = table.text("key")
        let kinds = AuthorityKind.allCases.map(\.rawValue)
        let kind = table.parsed(
            "kind", expected: "one of \(kinds.joined(separator: ", "))", candidates: kinds,
            parse: AuthorityKind.init(rawValue:))
        let name = table.text("name")
        let country = table.parsed("country", expected: DirectoryValidation.countryExpectation, parse: ISOCodes.country)
        var contact = AuthorityContact()
        if let contactTable = table.table("contact") {
            contact = AuthorityContact(
                email: contactTable.text("email"), address: contactTable.text("address"), url: contactTable.text("url"),
                phone: contactTable.text("phone"))
            contactTable.finish()
        }
        let verified = table.bool("verified") ?? false
        let source = table.text("source")
        requireKeyAndName(table, key: key, name: name, what: "authority")
        if table.value("kind") == nil { table.missing("kind", expected: "one of \(kinds.joined(separator: ", "))") }
        table.finish()
        guard let key, let name, let kind else { return nil }
        let countryWasBad = table.value("country") != nil && country == nil
        let authority = Authority(
            key: key, kind: kind, name: name, country: country, contact: contact, verified: verified, source: source)
        // A country already reported as malformed is not reported again as missing.
        let problems = DirectoryValidation.problems(in: authority).filter { !(countryWasBad && $0.field == "country") }
        report(problems, in: table)
        return authority
    }

    private static func addressee(_ table: TOMLTableReader) -> Addressee? {
        let name = table.text("name")
        let address = table.text("address")
        let email = table.text("email")
        if name == nil { table.missing("name", expected: "the addressee's name") }
        table.finish()
        return name.map { Addressee(name: $0, address: address, email: email) }
    }

    private static func eevidenceAddressee(_ table: TOMLTableReader) -> EEvidenceAddressee? {
        let roles = EEvidenceAddressee.Role.allCases.map(\.rawValue)
        let role = table.parsed(
            "role", expected: "one of \(roles.joined(separator: ", ")) (Directive (EU) 2023/1544)", candidates: roles,
            parse: EEvidenceAddressee.Role.init(rawValue:))
        if table.value("role") == nil { table.missing("role", expected: "one of \(roles.joined(separator: ", "))") }
        guard let addressee = addressee(table), let role else { return nil }
        return EEvidenceAddressee(role: role, addressee: addressee)
    }

    private static func requireKeyAndName(_ table: TOMLTableReader, key: String?, name: String?, what: String) {
        if key == nil, table.value("key") == nil || table.value("key")?.string != nil {
            table.missing("key", expected: "a slug naming the \(what), e.g. example-video")
        }
        if name == nil, table.value("name") == nil || table.value("name")?.string != nil {
            table.missing("name", expected: "the \(what)'s name")
        }
    }

    private static func report(_ problems: [DirectoryProblem], in table: TOMLTableReader) {
        for problem in problems {
            var path = table.path.appending(keys: problem.field.split(separator: ".").map(String.init))
            if let element = problem.element { path = path.appending(index: element) }
            let kind: ConfigProblem.Kind = problem.found == nil ? .missingKey : .invalidValue
            table.source.report(
                kind, at: path, found: problem.found.map(ConfigText.quoted) ?? "no value", expected: problem.expected)
        }
    }
}
