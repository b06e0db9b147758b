import Foundation

/// A chaser for an unanswered document; its parent is that document.
public struct ReminderContent: Sendable, Equatable, Codable {
    public var note: String?

    public init(note: String? = nil) { self.note = note }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(note: try c.value(.note, or: nil))
    }

    public static let elements: [MissingElement] = [
        MissingElement(
            key: "parent", label: "the sent document this reminder chases",
            article: "Flagdesk escalation ladder (README, Workflow)",
            hint: "draft the reminder from a sent document that is not closed")
    ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        guard let parent = context.parent, parent.status.hasBeenSent, parent.status != .closed else {
            return Self.elements
        }
        return []
    }
}

/// An internal complaint to an online platform against its decision on a notice (DSA Art. 20).
public struct PlatformComplaintContent: Sendable, Equatable, Codable {
    /// Why the decision is wrong.
    public var grounds: String?

    public init(grounds: String? = nil) { self.grounds = grounds }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(grounds: try c.value(.grounds, or: nil))
    }

    public static let elements: [MissingElement] = [
        MissingElement(
            key: "recipient", label: "an online platform that owes internal complaint handling",
            article: "DSA Arts. 19, 20(1)",
            hint:
                "Art. 20 binds online platforms other than micro and small ones; complain to the DSC instead (Art. 53)"),
        MissingElement(
            key: "parent-decision", label: "the decided notice the complaint contests", article: "DSA Art. 20(1)",
            hint: "draft the complaint from a DSA notice once the provider's decision is recorded"),
        MissingElement(
            key: "decision-notified", label: "the date the decision was notified", article: "DSA Art. 20(2)",
            hint: "record when the provider informed the organisation of its decision (Art. 16(5))"),
        MissingElement(
            key: "complaint-window", label: "a complaint within six months of the decision being notified",
            article: "DSA Art. 20(1)-(2)", hint: "the six-month window is over; consider the DSC (Art. 53) or a court"),
        MissingElement(
            key: "grounds", label: "why the decision is wrong", article: "DSA Art. 20(1), 20(4)",
            hint: "give the reasons the platform should reverse its decision"),
    ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        // Art. 20 binds online platforms and Art. 19 exempts micro and small ones: the same test
        // as for Art. 22 priority.
        if context.recipient?.provider?.owesTrustedFlaggerPriority != true { missing.append(element["recipient"]!) }
        if let parent = context.parent, parent.kind.definition.answers.decisionContestable, parent.status == .decided {
            if let notified = parent.decisionNotifiedAt {
                if let end = Self.windowEnd(notifiedAt: notified, zone: context.zone), context.now > end {
                    missing.append(element["complaint-window"]!)
                }
            } else {
                missing.append(element["decision-notified"]!)
            }
        } else {
            missing.append(element["parent-decision"]!)
        }
        if grounds.map(isBlank) ?? true { missing.append(element["grounds"]!) }
        return missing
    }

    /// The last instant of the Art. 20(2) window, counted by the catalogue's rule.
    static func windowEnd(notifiedAt: Date, zone: TimeZone) -> Date? {
        let calculator = DeadlineCalculator()
        guard let rule = try? calculator.catalog.rule("dsa.art20.complaint-window") else { return nil }
        return try? calculator.due(rule, from: notifiedAt, zone: zone, calendar: WeekendsOnlyCalendar())
    }
}

/// A complaint to a Digital Services Coordinator about a provider's infringement of the DSA
/// (Art. 53): to the DSC of the Member State where the recipient of the service is located or
/// established, or of the provider's establishment.
public struct DSCComplaintContent: Sendable, Equatable, Codable {
    /// Which obligation the provider breached, and how.
    public var infringement: String?
    /// The provider complained of: its legal entity (the coordinator must know whom the
    /// complaint is against, and which coordinator of establishment to transmit it to).
    public var respondent: String?
    /// ISO 3166-1 alpha-2 where the complaining recipient of the service is located or established.
    public var complainantCountry: String?
    /// ISO 3166-1 alpha-2 of the provider's establishment (or legal representative).
    public var providerCountry: String?

    public init(
        infringement: String? = nil, respondent: String? = nil, complainantCountry: String? = nil,
        providerCountry: String? = nil
    ) {
        self.infringement = infringement
        self.respondent = respondent
        self.complainantCountry = complainantCountry
        self.providerCountry = providerCountry
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            infringement: try c.value(.infringement, or: nil), respondent: try c.value(.respondent, or: nil),
            complainantCountry: try c.value(.complainantCountry, or: nil),
            providerCountry: try c.value(.providerCountry, or: nil))
    }

    public static let elements: [MissingElement] = [
        MissingElement(
            key: "recipient", label: "the DSC where the complainant is located, or of the provider's establishment",
            article: "DSA Art. 53",
            hint: "address the Digital Services Coordinator of one of those two countries"),
        MissingElement(
            key: "country", label: "the complainant's country or the provider's country of establishment",
            article: "DSA Art. 53", hint: "give at least one country (ISO code) to choose the DSC"),
        MissingElement(
            key: "respondent", label: "the provider complained of (its legal entity)", article: "DSA Art. 53",
            hint: "name the provider's legal entity (respondent=...); a complaint about a document names its provider"),
        MissingElement(
            key: "infringement", label: "the DSA obligation the provider breached, and how", article: "DSA Art. 53",
            hint: "e.g. no decision on a trusted-flagger notice without undue delay (Art. 22(1))"),
    ]

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        let countries = Set([complainantCountry, providerCountry].compactMap { $0.flatMap(ISOCodes.country) })
        if countries.isEmpty {
            missing.append(element["country"]!)
        } else {
            let dsc = context.recipient?.authority
            let dscCountry = dsc?.country.flatMap(ISOCodes.country)
            if dsc?.kind != .dsc || !(dscCountry.map(countries.contains) ?? false) {
                missing.append(element["recipient"]!)
            }
        }
        if respondent.map(isBlank) ?? true { missing.append(element["respondent"]!) }
        if infringement.map(isBlank) ?? true { missing.append(element["infringement"]!) }
        return missing
    }
}

/// A complaint to a data-protection supervisory authority (GDPR Art. 77), lodged for the data
/// subject by a body they mandated (Art. 80(1)).
public struct DPAComplaintContent: Sendable, Equatable, Codable {
    public var dataSubjectPseudonym: String?
    /// The controller complained about.
    public var controller: String?
    /// What the controller did or failed to do (e.g. no answer to an erasure request within the
    /// Art. 12(3) month).
    public var infringement: String?

    public init(dataSubjectPseudonym: String? = nil, controller: String? = nil, infringement: String? = nil) {
        self.dataSubjectPseudonym = dataSubjectPseudonym
        self.controller = controller
        self.infringement = infringement
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            dataSubjectPseudonym: try c.value(.dataSubjectPseudonym, or: nil),
            controller: try c.value(.controller, or: nil), infringement: try c.value(.infringement, or: nil))
    }

    public static let elements: [MissingElement] =
        [
            MissingElement(
                key: "recipient", label: "a data-protection supervisory authority", article: "GDPR Art. 77(1)",
                hint: "address the authority of the data subject's residence, work place or the infringement"),
            MissingElement(
                key: "controller", label: "the controller complained about", article: "GDPR Art. 77(1)",
                hint: "name the controller"),
            MissingElement(
                key: "infringement", label: "what the controller did or failed to do", article: "GDPR Art. 77(1)",
                hint: "e.g. no answer to the erasure request within one month (Art. 12(3))"),
        ] + MandateCheck.elements(for: .dpaComplaint)

    func missingElements(in context: ValidationContext) -> [MissingElement] {
        let element = Dictionary(uniqueKeysWithValues: Self.elements.map { ($0.key, $0) })
        var missing: [MissingElement] = []
        if context.recipient?.authority?.kind != .dpa { missing.append(element["recipient"]!) }
        if controller.map(isBlank) ?? true { missing.append(element["controller"]!) }
        if infringement.map(isBlank) ?? true { missing.append(element["infringement"]!) }
        missing += MandateCheck.missing(
            scope: .dpaComplaint, pseudonym: dataSubjectPseudonym, subject: context.dataSubject, at: context.now,
            zone: context.zone)
        return missing
    }
}
