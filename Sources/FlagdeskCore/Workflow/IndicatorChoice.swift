/// One indicator the flagger ticked at triage, with their own reason: indicators support a
/// judgement, they never make it (REFERENCE §7: none of them proves trafficking).
public struct IndicatorChoice: Sendable, Equatable, Hashable, Codable {
    /// A key of `IndicatorCatalog`.
    public var key: String
    /// What the flagger saw that made them tick it.
    public var reason: String

    public init(key: String, reason: String) {
        self.key = key
        self.reason = reason
    }
}
