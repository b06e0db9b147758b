import Foundation

/// Fields of a DSA Art. 16 notice.
enum NoticeFields {
    static let fields = [
        FieldDescription(key: "url", help: "exact URL of the content, Art. 16(2)(b) (url+= adds one)"),
        FieldDescription(key: "location-details", help: "further details to find the content, Art. 16(2)(b)"),
        FieldDescription(key: "explanation", help: "why the content is illegal, substantiated, Art. 16(2)(a)"),
        FieldDescription(key: "legal-basis", help: "offence and provision, e.g. Directive 2011/36/EU Art. 2"),
        FieldDescription(key: "category", help: "DSA category (Transparency Database), e.g. illegal_or_harmful_speech"),
        FieldDescription(key: "keywords", help: "DSA keywords, comma-separated"),
        FieldDescription(key: "content-types", help: "content types, comma-separated (image, video, text...)"),
        FieldDescription(key: "bona-fide", help: "yes: the statement of good faith, Art. 16(2)(d)"),
        FieldDescription(
            key: "omit-notifier-identity", help: "yes: leave out name and e-mail (child sexual abuse only, 16(2)(c))"),
        FieldDescription(key: "evidence", help: "SHA-256 of evidence cited, comma-separated"),
        FieldDescription(key: "attach", help: "SHA-256 of evidence files to attach (never for child sexual abuse)"),
        FieldDescription(
            key: "within-area",
            help: "no: outside the designated area of expertise, a plain Art. 16 notice claiming no priority (22(1))"),
    ]

    static func apply(_ setting: FieldSetting, to notice: inout NoticeContent) throws(FieldError) {
        switch setting.key {
        case "url": setting.apply(to: &notice.urls)
        case "location-details": notice.locationDetails = setting.trimmed
        case "explanation": notice.explanation = setting.trimmed
        case "legal-basis": notice.legalBasis = setting.trimmed
        case "category":
            guard let text = setting.trimmed else {
                notice.category = nil
                return
            }
            notice.category = try taxonomy(DSACategory.self, text, key: setting.key)
        case "keywords":
            try setting.applyVocabulary(to: &notice.keywords) { word throws(FieldError) in
                try taxonomy(DSAKeyword.self, word, key: setting.key)
            }
        case "content-types":
            try setting.applyVocabulary(to: &notice.contentTypes) { word throws(FieldError) in
                try taxonomy(DSAContentType.self, word, key: setting.key)
            }
        case "bona-fide": notice.bonaFideStatement = try setting.yesNo()
        case "within-area": notice.withinArea = setting.trimmed == nil ? nil : try setting.yesNo()
        case "omit-notifier-identity": notice.omitNotifierIdentity = try setting.yesNo()
        case "evidence": try DocumentFields.sha256List(setting, into: &notice.evidence)
        default:
            var references = notice.attachedEvidence.map { EvidenceReference(sha256: $0) }
            try DocumentFields.sha256List(setting, into: &references)
            notice.attachedEvidence = references.map(\.sha256)
        }
    }

    static func taxonomy<T: TaxonomyValue>(_ type: T.Type, _ text: String, key: String) throws(FieldError) -> T {
        do {
            return try T.parse(text)
        } catch {
            throw FieldError("\(key): \(error)")
        }
    }
}

/// Fields of a GDPR Art. 17 erasure request.
enum ErasureFields {
    static let fields = [
        FieldDescription(key: "controller-name", help: "the controller's name"),
        FieldDescription(key: "controller-email", help: "where the controller receives data-subject requests"),
        FieldDescription(key: "controller-address", help: "the controller's postal address"),
        FieldDescription(key: "data-subject", help: "pseudonym of the person the request is made for"),
        FieldDescription(key: "identifying-data", help: "only what the controller needs to find the data"),
        FieldDescription(key: "personal-data", help: "the personal data to erase"),
        FieldDescription(key: "url", help: "a URL where the data are published (url+= adds one)"),
        FieldDescription(key: "grounds", help: "Art. 17(1) grounds, comma-separated: a, b, c, d, e, f"),
        FieldDescription(key: "art17-2", help: "yes: ask to inform other controllers, Art. 17(2)"),
        FieldDescription(key: "art19", help: "yes: ask to notify recipients, Art. 19"),
        FieldDescription(key: "reply-window", help: "the reply window stated, at most 1 month, Art. 12(3)"),
    ]

    static func apply(_ setting: FieldSetting, to erasure: inout ErasureContent) throws(FieldError) {
        switch setting.key {
        case "controller-name", "controller-email", "controller-address":
            var controller = erasure.controller ?? Addressee(name: "")
            switch setting.key {
            case "controller-name": controller.name = setting.trimmed ?? ""
            case "controller-email": controller.email = try setting.email()
            default: controller.address = setting.trimmed
            }
            erasure.controller = controller
        case "data-subject": erasure.dataSubjectPseudonym = setting.trimmed
        case "identifying-data": erasure.identifyingData = setting.trimmed
        case "personal-data": erasure.personalData = setting.trimmed
        case "url": setting.apply(to: &erasure.urls)
        case "grounds":
            try setting.applyVocabulary(to: &erasure.grounds) { word throws(FieldError) in
                try setting.enumValue(ErasureGround.self, word)
            }
        case "art17-2": erasure.requestsInformingOtherControllers = try setting.yesNo()
        case "art19": erasure.requestsNotifyingRecipients = try setting.yesNo()
        default:
            guard let text = setting.trimmed else {
                erasure.replyWindow = nil
                return
            }
            do {
                erasure.replyWindow = try Period(parsing: text)
            } catch {
                throw FieldError("reply-window: \(error)")
            }
        }
    }
}

/// Fields of a draft EPOC-PR (Reg. (EU) 2023/1543 Annex II).
enum PreservationFields {
    static let fields = [
        FieldDescription(key: "addressee-name", help: "designated establishment or legal representative (Section B)"),
        FieldDescription(key: "addressee-email", help: "the addressee's e-mail"),
        FieldDescription(key: "addressee-address", help: "the addressee's postal address"),
        FieldDescription(key: "addressee-role", help: "designated-establishment or legal-representative"),
        FieldDescription(key: "service-provider", help: "the service concerned, if not the addressee"),
        FieldDescription(key: "targets", help: "an identifier as kind:value, e.g. account-name:someone (+= adds)"),
        FieldDescription(
            key: "time-range", help: "START/END, ISO-8601 instants, e.g. 2026-10-01T00:00Z/2026-11-01T00:00Z"),
        FieldDescription(key: "time-zone", help: "IANA zone of the time range, e.g. Europe/Brussels"),
        FieldDescription(
            key: "data-categories", help: "subscriber, identification, traffic, content (comma-separated)"),
        FieldDescription(key: "offence", help: "the offence under investigation"),
        FieldDescription(key: "provisions", help: "a criminal-law provision of the issuing State (+= adds)"),
        FieldDescription(key: "emergency", help: "yes or no: imminent threat to life or safety, Art. 3(18)"),
        FieldDescription(key: "facts", help: "the statement of facts: what was seen and why it suggests the offence"),
        FieldDescription(key: "grounds", help: "why preservation is necessary and proportionate, Art. 6(4)(g)"),
        FieldDescription(
            key: "addressee-country", help: "ISO country of the addressee's establishment (cross-border only)"),
    ]

    static func apply(_ setting: FieldSetting, to preservation: inout PreservationContent) throws(FieldError) {
        switch setting.key {
        case "addressee-name", "addressee-email", "addressee-address", "addressee-role":
            var addressee =
                preservation.addressee
                ?? EEvidenceAddressee(role: .designatedEstablishment, addressee: Addressee(name: ""))
            switch setting.key {
            case "addressee-name": addressee.addressee.name = setting.trimmed ?? ""
            case "addressee-email": addressee.addressee.email = try setting.email()
            case "addressee-address": addressee.addressee.address = setting.trimmed
            default: addressee.role = try setting.enumValue(EEvidenceAddressee.Role.self, setting.value)
            }
            preservation.addressee = addressee
        case "service-provider": preservation.serviceProvider = setting.trimmed
        case "targets":
            var values = preservation.targets.map { "\($0.kind.rawValue):\($0.value)" }
            setting.apply(to: &values)
            preservation.targets = try values.map { text throws(FieldError) in try target(text, setting: setting) }
        case "time-range": preservation.timeRange = try timeRange(setting)
        case "time-zone":
            guard let text = setting.trimmed else {
                preservation.timeZone = nil
                return
            }
            guard TimeZone(identifier: text) != nil else {
                throw FieldError("time-zone: '\(DisplaySafe.quote(text))' is not an IANA zone (e.g. Europe/Brussels)")
            }
            preservation.timeZone = text
        case "data-categories":
            try setting.applyVocabulary(to: &preservation.dataCategories) { word throws(FieldError) in
                try setting.enumValue(DataCategory.self, word)
            }
        case "offence": preservation.offence = setting.trimmed
        case "provisions": setting.apply(to: &preservation.provisions)
        case "facts": preservation.facts = setting.trimmed
        case "grounds": preservation.grounds = setting.trimmed
        case "addressee-country": preservation.addresseeCountry = try DocumentFields.country(setting)
        default:
            preservation.emergency = setting.trimmed == nil ? nil : try setting.yesNo()
        }
    }

    private static func target(_ text: String, setting: FieldSetting) throws(FieldError) -> TargetIdentifier {
        guard let colon = text.firstIndex(of: ":") else {
            throw FieldError("targets: '\(DisplaySafe.quote(text))' is not kind:value (e.g. url:https://...)")
        }
        let kind = try setting.enumValue(TargetIdentifier.Kind.self, String(text[..<colon]))
        let value = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        return TargetIdentifier(kind: kind, value: value)
    }

    private static func timeRange(_ setting: FieldSetting) throws(FieldError) -> TimeRange? {
        guard let text = setting.trimmed else { return nil }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let start = ISO8601.parseInstant(parts[0]), let end = ISO8601.parseInstant(parts[1])
        else {
            throw FieldError(
                "time-range: '\(DisplaySafe.quote(text))' is not START/END in ISO-8601 (2026-10-01T00:00Z/2026-11-01T00:00Z)"
            )
        }
        guard start < end else { throw FieldError("time-range: the start must come before the end") }
        return TimeRange(start: start, end: end)
    }
}

/// Fields of a referral to law enforcement.
enum ReferralFields {
    static let fields = [
        FieldDescription(key: "country", help: "ISO country concerned (empty: cannot be determined, Europol)"),
        FieldDescription(key: "summary", help: "what was seen, where, and why it suggests an offence"),
        FieldDescription(key: "urgency", help: "immediate, urgent or routine"),
        FieldDescription(key: "evidence", help: "SHA-256 of evidence in the manifest, comma-separated"),
        FieldDescription(key: "attach", help: "SHA-256 of evidence files to attach (never for child sexual abuse)"),
        FieldDescription(key: "victim-details", help: "the victim's details, only with their consent on record"),
    ]

    static func apply(_ setting: FieldSetting, to referral: inout ReferralContent) throws(FieldError) {
        switch setting.key {
        case "country": referral.countryConcerned = try DocumentFields.country(setting)
        case "summary": referral.summary = setting.trimmed
        case "urgency":
            referral.urgency = setting.trimmed == nil ? nil : try setting.enumValue(ReferralUrgency.self, setting.value)
        case "evidence": try DocumentFields.sha256List(setting, into: &referral.evidence)
        case "attach":
            var references = referral.attachedEvidence.map { EvidenceReference(sha256: $0) }
            try DocumentFields.sha256List(setting, into: &references)
            referral.attachedEvidence = references.map(\.sha256)
        default: referral.victimDetails = setting.trimmed
        }
    }
}
