/// Where an indicator comes from (REFERENCE §7).
public enum IndicatorSource: String, CaseIterable, Codable, Sendable {
    /// UNODC "Human Trafficking Indicators", general indicators.
    case unodcGeneral = "unodc-general"
    /// UNODC "Human Trafficking Indicators", sexual exploitation.
    case unodcSexualExploitation = "unodc-sexual-exploitation"
    /// ILO / European Commission "Operational Indicators of Trafficking in Human Beings" (2009),
    /// adult sexual exploitation set, by dimension.
    case iloEC2009 = "ilo-ec-2009"
    /// NIJ-funded study of online escort ads (JRSA/JIRN, final report 2022; NCJ 305699).
    case nijOnlineAds = "nij-online-ads"

    public var title: String {
        switch self {
        case .unodcGeneral: return "UNODC Human Trafficking Indicators: general"
        case .unodcSexualExploitation: return "UNODC Human Trafficking Indicators: sexual exploitation"
        case .iloEC2009: return "ILO/EC Operational Indicators of Trafficking in Human Beings (2009)"
        case .nijOnlineAds: return "NIJ study of online escort ads (2022)"
        }
    }
}

/// What the evidence says an indicator is worth (REFERENCE §7 item 4, NIJ study of online ads).
public enum IndicatorStanding: String, CaseIterable, Codable, Sendable {
    /// Listed by UNODC or ILO/EC, or found predictive in the NIJ study.
    case indicator
    /// Tested and found not predictive of trafficking: a folklore red flag.
    case nonPredictive = "non-predictive"
    /// Tested and found to point away from trafficking (NIJ: "new in town" ads were 70% less likely).
    case counterIndicator = "counter-indicator"

    /// How the checklist labels it; nil for a plain indicator.
    public var label: String? {
        switch self {
        case .indicator: return nil
        case .nonPredictive: return "not predictive"
        case .counterIndicator: return "counter-indicator"
        }
    }
}

/// One entry of the triage checklist. Indicators help a person decide whether to escalate; none
/// proves trafficking (UNODC says so itself), and nothing here scores or decides.
public struct Indicator: Sendable, Equatable, Hashable {
    /// `source.short-name`, stored with the flagger's choice.
    public let key: String
    public let label: String
    public let source: IndicatorSource
    public let standing: IndicatorStanding
    /// Describes the person (ethnicity, tattoos, clothing), not what is done to them. Such
    /// characteristics never reach a referral (ReferralIndicators): in police hands they invite
    /// profiling and immigration checks of the person, whom the law treats as a possible victim
    /// (Dir. 2011/36/EU Art. 8), and alone they are lawful sex work's ordinary features.
    public let isCharacteristic: Bool
    /// Points to force, threat, control or deception: the "means" of Directive 2011/36/EU
    /// Art. 2(1). Sexual material of adults with such an indicator is no longer "adult content
    /// on its own".
    public let suggestsCoercion: Bool
    /// The caution shown next to the box in the CLI and the desk: why it matters, or why not.
    public let note: String?

    init(
        _ source: IndicatorSource, _ name: String, _ label: String, coercion: Bool = false,
        standing: IndicatorStanding = .indicator, characteristic: Bool = false, note: String? = nil
    ) {
        self.key = "\(source.rawValue).\(name)"
        self.label = label
        self.source = source
        self.standing = standing
        self.isCharacteristic = characteristic
        self.suggestsCoercion = coercion
        self.note = note
    }

    /// Not a predictive indicator: non-predictive, a counter-indicator, or a characteristic.
    /// An item whose only indicators are of this sort is not a trafficking case by default.
    public var isWeak: Bool { standing != .indicator || isCharacteristic }

    /// The labels the checklist prints after the indicator: "[counter-indicator]",
    /// "[characteristic]".
    public var tags: [String] {
        (standing.label.map { [$0] } ?? []) + (isCharacteristic ? ["characteristic, never in a referral"] : [])
    }

    /// One line: the label, its tags, and the caution.
    public var checklistText: String {
        var text = label
        if !tags.isEmpty { text += " [" + tags.joined(separator: "; ") + "]" }
        if let note { text += " — caution: " + note }
        return text
    }
}
