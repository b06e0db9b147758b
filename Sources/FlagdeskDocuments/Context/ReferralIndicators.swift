import FlagdeskCore

/// The indicators a referral prints: by label (a police reader does not know the checklist's
/// keys), a weak one with its caution, and never a characteristic of the person (ethnicity,
/// tattoos, clothing): those describe who is advertised, not what is done to them, and in police
/// hands they invite profiling of a person the law treats as a possible victim (Dir. 2011/36/EU
/// Art. 8). The triage record keeps them for the flagger's own judgement.
enum ReferralIndicators {
    static func lines(_ choices: [IndicatorChoice]) -> [[String: Any]] {
        choices.compactMap { choice in
            let indicator = IndicatorCatalog.indicator(choice.key)
            if indicator?.isCharacteristic == true { return nil }
            var line: [String: Any] = [
                "key": choice.key, "label": indicator?.label ?? choice.key, "reason": choice.reason,
            ]
            if let indicator, indicator.standing != .indicator {
                let standing = indicator.standing.label ?? ""
                line["caution"] = indicator.note.map { "\(standing): \($0)" } ?? standing
            }
            return line
        }
    }
}
