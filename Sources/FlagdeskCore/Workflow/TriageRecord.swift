/// What triage records: the indicators the flagger ticked, each with their own reason, and a
/// note. Nothing scores or decides (DESIGN.md §4): the record documents a person's judgement.
public struct TriageRecord: Sendable, Equatable, Codable {
    public var indicators: [IndicatorChoice]
    public var note: String?

    public init(indicators: [IndicatorChoice] = [], note: String? = nil) {
        self.indicators = indicators
        self.note = note
    }

    /// Refuses a record with an unknown indicator, a repeated one, or one without a reason.
    public func validated(reference: String) throws(WorkflowRefusal) -> TriageRecord {
        var seen: Set<String> = []
        for choice in indicators {
            guard IndicatorCatalog.indicator(choice.key) != nil else {
                throw refusal(
                    reference, .invalidValue, "'\(DisplaySafe.quote(choice.key))' is not an indicator of the checklist")
            }
            guard seen.insert(choice.key).inserted else {
                throw refusal(reference, .invalidValue, "indicator \(choice.key) is listed twice")
            }
            guard !isBlank(choice.reason) else {
                throw refusal(
                    reference, .reasonRequired, "indicator \(choice.key) needs the flagger's reason: what was seen")
            }
        }
        return self
    }

    /// Weak choices (non-predictive, counter-indicators, characteristics), with the caution to
    /// show: folklore red flags that the evidence does not support (NIJ study, REFERENCE §7).
    public var warnings: [String] {
        indicators.compactMap { choice in
            guard let indicator = IndicatorCatalog.indicator(choice.key), indicator.isWeak else { return nil }
            return indicator.checklistText
        }
    }

    private func refusal(_ reference: String, _ cause: WorkflowRefusal.Cause, _ text: String) -> WorkflowRefusal {
        WorkflowRefusal(subject: reference, cause: cause, message: "\(reference): \(text)")
    }
}
