import Foundation

/// A draft European Preservation Order Certificate (EPOC-PR, Regulation (EU) 2023/1543
/// Annex II) prepared for a prosecutor or judge. The NGO never issues it: only a judge, court,
/// investigating judge or public prosecutor (or a validated investigating authority) may
/// (Art. 4(3)); the recipient is that authority, and the sections that are theirs stay blank.
public struct PreservationContent: Sendable, Equatable, Codable {
    /// The provider's designated establishment or legal representative (Annex II Section B;
    /// Directive (EU) 2023/1544).
    public var addressee: EEvidenceAddressee?
    /// The service provider concerned, when it differs from the addressee (Section B).
    public var serviceProvider: String?
    /// What identifies the data to preserve (Art. 6(4)(c); Section C).
    public var targets: [TargetIdentifier]
    /// The period whose data are to be preserved (Art. 6(4)(e); Section C).
    public var timeRange: TimeRange?
    /// IANA zone of the time range: the form asks for it, and a range without one is ambiguous
    /// by up to a day.
    public var timeZone: String?
    /// Art. 6(4)(d): the categories of Art. 3(9)-(12).
    public var dataCategories: [DataCategory]
    /// The offence under investigation, in words.
    public var offence: String?
    /// The criminal-law provisions of the issuing State (Art. 6(4)(f)).
    public var provisions: [String]
    /// Whether this is an emergency case (Art. 3(18): imminent threat to life, physical
    /// integrity or safety of a person). Nil until someone answers.
    public var emergency: Bool?
    /// The statement of facts: what the organisation saw and why it suggests the offence.
    public var facts: String?
    /// Why preserving these data is necessary and proportionate (Art. 6(4)(g)): what would be
    /// lost without the order, and why nothing less would do.
    public var grounds: String?
    /// ISO 3166-1 alpha-2 where the addressee is established: the Regulation is for cross-border
    /// cases (Art. 3(1)-(2)); an addressee in the issuing State falls under national law.
    public var addresseeCountry: String?

    public init(
        addressee: EEvidenceAddressee? = nil, serviceProvider: String? = nil, targets: [TargetIdentifier] = [],
        timeRange: TimeRange? = nil, timeZone: String? = nil, dataCategories: [DataCategory] = [],
        offence: String? = nil, provisions: [String] = [], emergency: Bool? = nil, facts: String? = nil,
        grounds: String? = nil, addresseeCountry: String? = nil
    ) {
        self.addressee = addressee
        self.serviceProvider = serviceProvider
        self.targets = targets
        self.timeRange = timeRange
        self.timeZone = timeZone
        self.dataCategories = dataCategories
        self.offence = offence
        self.provisions = provisions
        self.emergency = emergency
        self.facts = facts
        self.grounds = grounds
        self.addresseeCountry = addresseeCountry
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            addressee: try c.value(.addressee, or: nil), serviceProvider: try c.value(.serviceProvider, or: nil),
            targets: try c.value(.targets, or: []), timeRange: try c.value(.timeRange, or: nil),
            timeZone: try c.value(.timeZone, or: nil), dataCategories: try c.value(.dataCategories, or: []),
            offence: try c.value(.offence, or: nil), provisions: try c.value(.provisions, or: []),
            emergency: try c.value(.emergency, or: nil), facts: try c.value(.facts, or: nil),
            grounds: try c.value(.grounds, or: nil), addresseeCountry: try c.value(.addresseeCountry, or: nil))
    }
}

/// One identifier of the data to preserve (Annex II Section C): type and value.
public struct TargetIdentifier: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case url
        case accountName = "account-name"
        case userID = "user-id"
        case email
        case phone
        case ipAddress = "ip-address"
        case other
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }
}

/// A time range of instants, stored as ISO-8601 UTC text.
public struct TimeRange: Sendable, Equatable, Hashable, Codable {
    public var start: Date
    public var end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func instant(_ key: CodingKeys) throws -> Date {
            let text = try c.decode(String.self, forKey: key)
            guard let date = ISO8601.parseInstant(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "not an ISO-8601 instant")
            }
            return date
        }
        start = try instant(.start)
        end = try instant(.end)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ISO8601.format(start), forKey: .start)
        try c.encode(ISO8601.format(end), forKey: .end)
    }
}

/// The data categories of Regulation (EU) 2023/1543 Art. 3(9)-(12). Raw values are stored.
public enum DataCategory: String, CaseIterable, Codable, Sendable {
    /// Art. 3(9): identity of the subscriber, type and duration of service (no passwords).
    case subscriber
    /// Art. 3(10): IP addresses, source ports and time stamps, requested only to identify the user.
    case identification
    /// Art. 3(11): traffic metadata other than subscriber data.
    case traffic
    /// Art. 3(12): the content itself (text, images, video, sound).
    case content

    public var article: String {
        switch self {
        case .subscriber: return "Reg. (EU) 2023/1543 Art. 3(9)"
        case .identification: return "Reg. (EU) 2023/1543 Art. 3(10)"
        case .traffic: return "Reg. (EU) 2023/1543 Art. 3(11)"
        case .content: return "Reg. (EU) 2023/1543 Art. 3(12)"
        }
    }
}

/// A part of the EPOC-PR that only the issuing (or validating) authority fills in: the draft
/// lists them as such, blank (Art. 4(3); Annex II).
public struct IssuingAuthoritySection: Sendable, Equatable, Hashable {
    public let key: String
    public let label: String
    public let source: String
}

extension PreservationContent {
    /// The sections left for the issuing authority, in form order.
    public static let sectionsForIssuingAuthority: [IssuingAuthoritySection] = [
        IssuingAuthoritySection(
            key: "A", label: "Section A: issuing State, issuing and validating authority, their file numbers",
            source: "Reg. (EU) 2023/1543 Annex II Section A; Art. 6(4)(a)"),
        IssuingAuthoritySection(
            key: "F", label: "Section F: details of the issuing authority",
            source: "Reg. (EU) 2023/1543 Annex II Section F; Art. 4(3)"),
        IssuingAuthoritySection(
            key: "G", label: "Section G: details of the validating authority, if any",
            source: "Reg. (EU) 2023/1543 Annex II Section G; Art. 4(3)(b)"),
        IssuingAuthoritySection(
            key: "signature", label: "Signature, date and stamp of the issuing authority",
            source: "Reg. (EU) 2023/1543 Annex II"),
    ]

    public static let elements: [MissingElement] = [
        MissingElement(
            key: "recipient", label: "a prosecutor, judge or law-enforcement contact to issue the order",
            article: "Reg. (EU) 2023/1543 Art. 4(3)",
            hint:
                "the organisation cannot issue an EPOC-PR; address the draft to a prosecutor or LEA, never the provider"
        ),
        MissingElement(
            key: "addressee", label: "the provider's designated establishment or legal representative",
            article: "Reg. (EU) 2023/1543 Art. 6(4)(b); Annex II Section B; Dir. (EU) 2023/1544",
            hint: "take it from the directory (e-evidence addressee) or name it with an address or e-mail"),
        MissingElement(
            key: "targets", label: "the target identifiers (type and value)",
            article: "Reg. (EU) 2023/1543 Art. 6(4)(c); Annex II Section C",
            hint: "give URL, account name or user ID of the data to preserve"),
        MissingElement(
            key: "time-range", label: "the time range of the data", article: "Reg. (EU) 2023/1543 Art. 6(4)(e)",
            hint: "give a start before the end"),
        MissingElement(
            key: "time-zone", label: "the time zone of the time range",
            article: "Reg. (EU) 2023/1543 Annex II Section C",
            hint: "give an IANA zone such as Europe/Brussels; without it the range is ambiguous"),
        MissingElement(
            key: "data-categories", label: "the data categories to preserve",
            article: "Reg. (EU) 2023/1543 Art. 6(4)(d); Art. 3(9)-(12)",
            hint: "choose subscriber, identification, traffic and/or content data"),
        MissingElement(
            key: "offence", label: "the offence under investigation", article: "Reg. (EU) 2023/1543 Art. 6(4)(f)",
            hint: "describe the suspected offence"),
        MissingElement(
            key: "provisions", label: "the applicable criminal-law provisions",
            article: "Reg. (EU) 2023/1543 Art. 6(4)(f)",
            hint: "cite the provisions of the issuing State's criminal law"),
        MissingElement(
            key: "facts", label: "the statement of facts", article: "Reg. (EU) 2023/1543 Annex II Section C",
            hint: "say what was seen, where and when, and why it suggests the offence (pre-filled from the items)"),
        MissingElement(
            key: "grounds", label: "the grounds of necessity and proportionality",
            article: "Reg. (EU) 2023/1543 Art. 6(4)(g)",
            hint: "say what would be lost without the order and why preservation is proportionate"),
        MissingElement(
            key: "emergency", label: "whether this is an emergency case", article: "Reg. (EU) 2023/1543 Art. 3(18)",
            hint: "answer yes when there is an imminent threat to a person's life, physical integrity or safety"),
    ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        let kind = context.recipient?.authority?.kind
        if kind != .prosecutor && kind != .lea { missing.append(element["recipient"]!) }
        if !ErasureContent.isComplete(addressee?.addressee) { missing.append(element["addressee"]!) }
        if targets.isEmpty || targets.contains(where: { isBlank($0.value) }) { missing.append(element["targets"]!) }
        if !(timeRange.map { $0.start < $0.end } ?? false) { missing.append(element["time-range"]!) }
        if timeZone.flatMap(TimeZone.init(identifier:)) == nil { missing.append(element["time-zone"]!) }
        if dataCategories.isEmpty { missing.append(element["data-categories"]!) }
        if offence.map(isBlank) ?? true { missing.append(element["offence"]!) }
        if provisions.isEmpty || provisions.contains(where: isBlank) { missing.append(element["provisions"]!) }
        if facts.map(isBlank) ?? true { missing.append(element["facts"]!) }
        if grounds.map(isBlank) ?? true { missing.append(element["grounds"]!) }
        if emergency == nil { missing.append(element["emergency"]!) }
        return missing
    }
}

extension PreservationContent {
    /// True when the addressee is established in the issuing authority's own State: the
    /// Regulation then does not apply (cross-border cases only, Art. 3(1)-(2)) and national law
    /// does. A warning, not a refusal: where the provider is established is for the authority
    /// to confirm.
    public func addresseeIsInIssuingState(_ authority: Authority?) -> Bool {
        guard let mine = authority?.country.flatMap(ISOCodes.country),
            let theirs = addresseeCountry.flatMap(ISOCodes.country)
        else { return false }
        return mine == theirs
    }
}
