/// How a rule counts its period (Regulation 1182/71 Art. 3, or an explicit choice where it does
/// not apply).
public enum CountingMode: String, Sendable, Codable, CaseIterable {
    /// Calendar days, weeks, months or years; an end on a weekend or holiday stays where it is.
    case calendar
    /// As `calendar`, then an end on a Saturday, Sunday or public holiday moves to the end of the
    /// next working day (Art. 3(4)), and a period of two days or more keeps two working days
    /// (Art. 3(5)).
    case rollForward = "roll-forward"
    /// Hours under Art. 3(1) and 3(2)(a): the hour of the event is not counted, so the period
    /// starts at the next full hour. Never moved to a working day.
    case hours
    /// Hours counted to the second from the event, for rules outside EU law (US TAKE IT DOWN Act)
    /// and the organisation's own service targets.
    case exactHours = "exact-hours"
    /// Only working days count (Art. 3(3)).
    case workingDays = "working-days"

    /// Short human description, for listings.
    public var label: String {
        switch self {
        case .calendar: return "calendar (not moved)"
        case .rollForward: return "roll-forward (Art. 3(4))"
        case .hours: return "hours (Art. 3(1): from the next full hour)"
        case .exactHours: return "exact hours"
        case .workingDays: return "working days (Art. 3(3))"
        }
    }
}

/// One named deadline: where it comes from in law (or that it is the organisation's policy), the
/// period in force, how it counts, and an optional extension.
public struct DeadlineRule: Hashable, Sendable, Codable, Identifiable {
    /// Stable id, e.g. `gdpr.art12.response`; variants add a last part, e.g.
    /// `dsa.notice.expected-decision.trusted`.
    public let id: String
    public let title: String
    /// Legal source, e.g. "GDPR Art. 12(3); Reg. 1182/71 Art. 3"; for policy rules, what the
    /// policy leans on.
    public let source: String
    /// What starts the clock, e.g. "receipt of the request".
    public let trigger: String
    /// The period in force (the default, or the organisation's override).
    public let period: Period
    /// The period the catalogue ships with.
    public let defaultPeriod: Period
    /// How `defaultPeriod` counts; an override in other units counts as `effectiveCounting` says.
    public let counting: CountingMode
    /// Organisation policy rather than law: shown as POLICY wherever the rule appears, and
    /// overridable without limit.
    public let isPolicy: Bool
    /// How much longer the deadline may run when extended (GDPR Art. 12(3), DSA Art. 21(3),
    /// e-evidence Art. 11(1) with Annex VI); nil when no extension exists.
    public let extensionPeriod: Period?
    /// For a rule counted backwards (a warning before another deadline ends): that rule's id.
    /// Backward periods are never moved to a working day (Art. 3(4), last sentence).
    public let countedBackwardsFrom: String?
    /// The variant name when this rule is one of a family (`urgent`, `trusted`, `hosting`).
    public let variant: String?
    /// A rule counted unmoved for safety although Reg. 1182/71 may apply (DSA Art. 20): its
    /// explanation also gives the Art. 3(4) date, the end moved to the next working day.
    public let showsArticle34Date: Bool

    public init(
        id: String, title: String, source: String, trigger: String, period: Period, counting: CountingMode,
        isPolicy: Bool, extensionPeriod: Period? = nil, countedBackwardsFrom: String? = nil, variant: String? = nil,
        showsArticle34Date: Bool = false
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.trigger = trigger
        self.period = period
        self.defaultPeriod = period
        self.counting = counting
        self.isPolicy = isPolicy
        self.extensionPeriod = extensionPeriod
        self.countedBackwardsFrom = countedBackwardsFrom
        self.variant = variant
        self.showsArticle34Date = showsArticle34Date
    }

    /// The id without its variant: `dsa.notice.expected-decision` for all three notice targets.
    public var family: String {
        guard let variant else { return id }
        return String(id.dropLast(variant.count + 1))
    }

    /// Whether the period in force differs from the default.
    public var isOverridden: Bool { period != defaultPeriod }

    /// "POLICY" or "law", for listings.
    public var nature: String { isPolicy ? "POLICY (organisation rule, not law)" : "law" }

    /// This rule with another period in force (validated by the catalogue).
    func withPeriod(_ newPeriod: Period) -> DeadlineRule {
        DeadlineRule(copying: self, period: newPeriod)
    }

    /// How a period in these units counts under this rule: hours and working days have their own
    /// counting; calendar units keep the rule's choice of moving (or not) to a working day.
    public func effectiveCounting(for period: Period) -> CountingMode {
        switch period.unit {
        case .hours:
            return counting == .exactHours ? .exactHours : .hours
        case .workingDays:
            return .workingDays
        case .days, .weeks, .months, .years:
            return counting == .rollForward ? .rollForward : .calendar
        }
    }

    /// Counting of the period in force.
    public var effectiveCounting: CountingMode { effectiveCounting(for: period) }
}

extension DeadlineRule {
    private init(copying rule: DeadlineRule, period: Period) {
        self.id = rule.id
        self.title = rule.title
        self.source = rule.source
        self.trigger = rule.trigger
        self.period = period
        self.defaultPeriod = rule.defaultPeriod
        self.counting = rule.counting
        self.isPolicy = rule.isPolicy
        self.extensionPeriod = rule.extensionPeriod
        self.countedBackwardsFrom = rule.countedBackwardsFrom
        self.variant = rule.variant
        self.showsArticle34Date = rule.showsArticle34Date
    }
}
