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

/// One entry of the triage checklist. Indicators help a person decide whether to escalate; none
/// proves trafficking (UNODC says so itself), and nothing here scores or decides.
public struct Indicator: Sendable, Equatable, Hashable {
    /// `source.short-name`, stored with the flagger's choice.
    public let key: String
    public let label: String
    public let source: IndicatorSource
    /// Tested and found not predictive, or pointing away from trafficking (NIJ): a folklore red
    /// flag the UI warns against.
    public let isCounterIndicator: Bool
    /// Points to force, threat, control or deception: the "means" of Directive 2011/36/EU
    /// Art. 2(1). Sexual material of adults with such an indicator is no longer "adult content
    /// on its own".
    public let suggestsCoercion: Bool
    /// Why it matters or why not, shown next to the box.
    public let note: String?

    init(
        _ source: IndicatorSource, _ name: String, _ label: String, coercion: Bool = false, counter: Bool = false,
        note: String? = nil
    ) {
        self.key = "\(source.rawValue).\(name)"
        self.label = label
        self.source = source
        self.isCounterIndicator = counter
        self.suggestsCoercion = coercion
        self.note = note
    }
}
