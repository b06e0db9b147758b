/// The triage checklist (REFERENCE §7), in display order.
public enum IndicatorCatalog {
    public static let all: [Indicator] = unodcGeneral + unodcSexualExploitation + iloDimensions + nijOnlineAds

    private static let byKey = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })

    public static func indicator(_ key: String) -> Indicator? { byKey[key] }

    /// The chosen indicators that point to exploitation: neither weak (non-predictive, a
    /// counter-indicator) nor a characteristic of the person.
    public static func predictive(_ choices: [IndicatorChoice]) -> [IndicatorChoice] {
        choices.filter { indicator($0.key).map { !$0.isWeak } ?? false }
    }

    /// Whether any chosen indicator points to coercion.
    public static func suggestsCoercion(_ choices: [IndicatorChoice]) -> Bool {
        choices.contains { indicator($0.key)?.suggestsCoercion == true }
    }

    private static let unodcGeneral: [Indicator] = [
        Indicator(.unodcGeneral, "not-free-to-leave", "Not free to leave or come and go as they wish", coercion: true),
        Indicator(.unodcGeneral, "movement-controlled", "Movements are controlled by others", coercion: true),
        Indicator(.unodcGeneral, "fear-anxiety", "Shows fear or anxiety"),
        Indicator(
            .unodcGeneral, "violence-threats", "Subjected to violence or threats against them or their family",
            coercion: true),
        Indicator(.unodcGeneral, "documents-held", "Identity documents held by someone else", coercion: true),
        Indicator(.unodcGeneral, "unaware-of-address", "Does not know their home or work address"),
        Indicator(.unodcGeneral, "others-speak", "Others speak for them when they are addressed", coercion: true),
        Indicator(.unodcGeneral, "debt-bondage", "Owes a debt they cannot pay off", coercion: true),
        Indicator(.unodcGeneral, "little-or-no-pay", "Receives little or no pay"),
        Indicator(.unodcGeneral, "excessive-hours", "Works excessively long hours"),
        Indicator(.unodcGeneral, "substandard-housing", "Lives in substandard housing"),
        Indicator(.unodcGeneral, "no-medical-care", "Has no access to medical care"),
        Indicator(.unodcGeneral, "limited-family-contact", "Has limited or no contact with family"),
        Indicator(.unodcGeneral, "false-promises", "Was recruited with false promises"),
    ]

    private static let unodcSexualExploitation: [Indicator] = [
        Indicator(
            .unodcSexualExploitation, "moved-between-locations", "Is moved between brothels or locations by others",
            coercion: true,
            note: "Being moved by others; not the same as 'new in town' wording in an ad (see NIJ movement language)"),
        Indicator(.unodcSexualExploitation, "escorted", "Is escorted to and from work", coercion: true),
        Indicator(
            .unodcSexualExploitation, "ownership-marks", "Tattoos or marks indicating 'ownership' by exploiters",
            coercion: true, note: "Branding marks, not tattoos in general (see NIJ visible tattoos)"),
        Indicator(.unodcSexualExploitation, "few-days-off", "Works long hours with few if any days off"),
        Indicator(.unodcSexualExploitation, "sleeps-at-work", "Sleeps at the workplace"),
        Indicator(.unodcSexualExploitation, "group-living", "Lives or travels in a group"),
        Indicator(
            .unodcSexualExploitation, "few-clothes", "Has few clothes, mostly clothes worn for sex work",
            characteristic: true,
            note: "Lingerie or work clothes in an ad are ordinary in lawful sex work; it speaks only with other signs"),
        Indicator(.unodcSexualExploitation, "sex-words-only", "Knows only sex-related words in the local language"),
        Indicator(.unodcSexualExploitation, "no-own-cash", "Has no cash of their own"),
        Indicator(.unodcSexualExploitation, "no-identity-document", "Cannot show an identity document"),
        Indicator(.unodcSexualExploitation, "bought-or-sold", "Evidence of being bought or sold", coercion: true),
        Indicator(
            .unodcSexualExploitation, "controlled-group", "Groups of women under the control of others", coercion: true),
        Indicator(
            .unodcSexualExploitation, "ethnicity-ads", "Ads offering women of a particular ethnicity or nationality",
            characteristic: true,
            note: "Says who is advertised, not what is done to them; never a reason on its own"),
    ]

    /// The six dimensions of the ILO/EC sets; the Delphi grading (strong, medium, weak) is not
    /// reproduced, and no combination rule is applied (REFERENCE §7: unconfirmed).
    private static let iloDimensions: [Indicator] = [
        Indicator(.iloEC2009, "deceptive-recruitment", "Deceptive recruitment (about the work, pay or conditions)"),
        Indicator(
            .iloEC2009, "coercive-recruitment", "Coercive recruitment (force, abduction, threats)", coercion: true),
        Indicator(.iloEC2009, "recruitment-vulnerability", "Recruitment by abuse of vulnerability"),
        Indicator(.iloEC2009, "exploitative-conditions", "Exploitative conditions of work"),
        Indicator(
            .iloEC2009, "coercion-at-destination", "Coercion at destination (confinement, threats, debt)",
            coercion: true),
        Indicator(.iloEC2009, "vulnerability-at-destination", "Abuse of vulnerability at destination"),
    ]

    /// Tested on ads: four significant predictors, and markers that are not predictive or point
    /// the other way (REFERENCE §7 item 4).
    private static let nijOnlineAds: [Indicator] = [
        Indicator(.nijOnlineAds, "trustworthy-language", "'Trustworthy' or 'professional' provider language"),
        Indicator(.nijOnlineAds, "obscured-phone", "Obscured phone number"),
        Indicator(
            .nijOnlineAds, "stated-ethnicity", "Stated ethnicity or race of the provider", characteristic: true,
            note: "A predictor in the NIJ study of ads, yet it describes the person, not what is done to them"),
        Indicator(.nijOnlineAds, "youth-language", "Language suggesting youth"),
        Indicator(
            .nijOnlineAds, "age-under-23", "Stated age under 23", standing: .nonPredictive,
            note: "Not predictive of trafficking in the NIJ study: do not rely on it"),
        Indicator(
            .nijOnlineAds, "movement-language", "Movement language ('new in town', 'limited time')",
            standing: .counterIndicator,
            note: "ads with it were 70% less likely to involve trafficking (NIJ study)"),
        Indicator(
            .nijOnlineAds, "client-screening", "Client-screening language", standing: .counterIndicator,
            note: "Points to a worker choosing clients: not predictive of trafficking in the NIJ study"),
        Indicator(
            .nijOnlineAds, "young-looking-photos", "Young-looking photos", standing: .nonPredictive,
            note: "Not predictive of trafficking in the NIJ study; a possible minor is a separate flag"),
        Indicator(
            .nijOnlineAds, "visible-tattoos", "Visible tattoos in photos", standing: .nonPredictive,
            characteristic: true,
            note: "Not predictive of trafficking in the NIJ study (unlike ownership marks, UNODC)"),
    ]
}
