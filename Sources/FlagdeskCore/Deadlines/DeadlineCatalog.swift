/// The deadline rules in force: the standard rules with the organisation's overrides applied
/// (config `[deadlines]`). Immutable once built.
public struct DeadlineCatalog: Sendable {
    /// Every rule, in catalogue order.
    public let rules: [DeadlineRule]
    private let byID: [String: DeadlineRule]

    /// The standard rules, unchanged.
    public init() {
        self.rules = DeadlineCatalog.standardRules
        self.byID = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })
    }

    /// The standard rules with some periods replaced. Refuses an unknown rule id, and an override
    /// of a law rule that could end later than the law's period (a statutory limit cannot be
    /// lengthened; shortening it, as an internal target, is allowed). Policy rules take any period.
    public init(overrides: [String: Period]) throws(DeadlineError) {
        let standard = DeadlineCatalog()
        var replaced: [String: DeadlineRule] = [:]
        // Sorted so that, with several bad overrides, the same one is always reported.
        for (id, period) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let rule = standard.byID[id] else {
                throw .unknownRule(id, known: standard.rules.map(\.id))
            }
            if !rule.isPolicy, !period.isNeverLonger(than: rule.defaultPeriod) {
                throw .overrideLengthensLaw(ruleID: id, requested: period, limit: rule.defaultPeriod)
            }
            replaced[id] = rule.withPeriod(period)
        }
        self.rules = standard.rules.map { replaced[$0.id] ?? $0 }
        self.byID = Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0) })
    }

    /// The rule with this exact id.
    public func rule(_ id: String) throws(DeadlineError) -> DeadlineRule {
        guard let rule = byID[id] else { throw .unknownRule(id, known: knownNames) }
        return rule
    }

    /// A rule by id, or by family and variant: (`dsa.notice.expected-decision`, `trusted`) and
    /// (`dsa.notice.expected-decision.trusted`, nil) name the same rule. A family asked for without
    /// a variant is an error that lists the variants.
    public func rule(_ id: String, variant: String?) throws(DeadlineError) -> DeadlineRule {
        guard let variant else {
            if let rule = byID[id] { return rule }
            let choices = variants(of: id)
            if !choices.isEmpty { throw .variantRequired(family: id, variants: choices) }
            throw .unknownRule(id, known: knownNames)
        }
        if let rule = byID[id], rule.variant == variant { return rule }
        if let rule = byID[id + "." + variant], rule.variant == variant { return rule }
        guard byID[id] != nil || !variants(of: id).isEmpty else {
            throw .unknownRule(id, known: knownNames)
        }
        throw .unknownVariant(family: id, variant: variant, variants: variants(of: id))
    }

    /// The variant names of a family, in catalogue order (empty when there are none).
    public func variants(of family: String) -> [String] {
        rules.filter { $0.variant != nil && $0.family == family }.compactMap(\.variant)
    }

    /// Rule ids plus family names, for error messages.
    private var knownNames: [String] {
        var names: [String] = []
        for rule in rules {
            if rule.variant != nil, byID[rule.family] == nil, !names.contains(rule.family) {
                names.append(rule.family)
            }
            names.append(rule.id)
        }
        return names
    }
}
