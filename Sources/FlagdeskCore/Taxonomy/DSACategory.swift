// DSA Transparency Database vocabulary, exact API keys (../shared/legal/REFERENCE.md §2.2).
// Schema in force since 1 July 2025 (Implementing Regulation (EU) 2024/2835).

/// The statement-of-reasons `category` (exactly one per notice; `category_addition` takes more).
public enum DSACategory: String, CaseIterable, Codable, Sendable, TaxonomyValue {
    case animalWelfare = "STATEMENT_CATEGORY_ANIMAL_WELFARE"
    case consumerInformation = "STATEMENT_CATEGORY_CONSUMER_INFORMATION"
    case cyberViolence = "STATEMENT_CATEGORY_CYBER_VIOLENCE"
    case cyberViolenceAgainstWomen = "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN"
    case dataProtectionAndPrivacyViolations = "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS"
    case illegalOrHarmfulSpeech = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    case intellectualPropertyInfringements = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"
    case negativeEffectsOnCivicDiscourseOrElections =
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS"
    case notSpecifiedNotice = "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE"
    case otherViolationTc = "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
    case protectionOfMinors = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
    case riskForPublicSecurity = "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY"
    case scamsAndFraud = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
    case selfHarm = "STATEMENT_CATEGORY_SELF_HARM"
    case unsafeAndProhibitedProducts = "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS"
    case violence = "STATEMENT_CATEGORY_VIOLENCE"

    /// The human label the Transparency Database shows for the key.
    public var label: String {
        switch self {
        case .animalWelfare: return "Animal welfare"
        case .consumerInformation: return "Consumer information infringements"
        case .cyberViolence: return "Cyber violence"
        case .cyberViolenceAgainstWomen: return "Cyber violence against women"
        case .dataProtectionAndPrivacyViolations: return "Data protection and privacy violations"
        case .illegalOrHarmfulSpeech: return "Illegal or harmful speech"
        case .intellectualPropertyInfringements: return "Intellectual property infringements"
        case .negativeEffectsOnCivicDiscourseOrElections: return "Negative effects on civic discourse or elections"
        case .notSpecifiedNotice: return "Type of alleged illegal content not specified by the notifier"
        case .otherViolationTc: return "Other violation of provider’s terms and conditions"
        case .protectionOfMinors: return "Protection of minors"
        case .riskForPublicSecurity: return "Risk for public security"
        case .scamsAndFraud: return "Scams and/or fraud"
        case .selfHarm: return "Self-harm"
        case .unsafeAndProhibitedProducts: return "Unsafe, non-compliant or prohibited products"
        case .violence: return "Violence"
        }
    }
}
