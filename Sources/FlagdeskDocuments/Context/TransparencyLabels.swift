/// The DSA Transparency Database's official labels, by API key: the one table of the labels
/// letters print for source types, categories, keywords and content types (issue 16, defect 12).
///
/// Source: the Commission's code of the database, github.com/digital-services-act/transparency-database
/// (mirror of code.europa.eu), `app/Models/Statement.php` at commit 69e80a0bc8eb (2026-06-24):
/// each label is the value of the key's constant, word for word (the typographic apostrophe of
/// `STATEMENT_CATEGORY_OTHER_VIOLATION_TC` included), in the order of its `SOURCE_TYPES`,
/// `STATEMENT_CATEGORIES`, `KEYWORDS` and `CONTENT_TYPES` arrays. The schema is the one in force
/// since 1 July 2025 (Implementing Regulation (EU) 2024/2835). The database has these labels in
/// English only, so a letter in another language prints them as they are and says that they are
/// the database's official labels; `TransparencyLabelTests` holds the taxonomy to this table.
public enum TransparencyLabels {
    public static let official: [String: String] = [
        // source types (source_type): 4
        "SOURCE_ARTICLE_16": "Notice submitted in accordance with Article 16 DSA",
        "SOURCE_TRUSTED_FLAGGER": "Notice submitted by a trusted flagger",
        "SOURCE_TYPE_OTHER_NOTIFICATION": "Other type of notification",
        "SOURCE_VOLUNTARY": "Own voluntary initiative",
        // categories (category, category_addition): 16
        "STATEMENT_CATEGORY_ANIMAL_WELFARE": "Animal welfare",
        "STATEMENT_CATEGORY_CONSUMER_INFORMATION": "Consumer information infringements",
        "STATEMENT_CATEGORY_CYBER_VIOLENCE": "Cyber violence",
        "STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN": "Cyber violence against women",
        "STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS": "Data protection and privacy violations",
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH": "Illegal or harmful speech",
        "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS": "Intellectual property infringements",
        "STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS":
            "Negative effects on civic discourse or elections",
        "STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE": "Type of alleged illegal content not specified by the notifier",
        "STATEMENT_CATEGORY_OTHER_VIOLATION_TC": "Other violation of provider’s terms and conditions",
        "STATEMENT_CATEGORY_PROTECTION_OF_MINORS": "Protection of minors",
        "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY": "Risk for public security",
        "STATEMENT_CATEGORY_SCAMS_AND_FRAUD": "Scams and/or fraud",
        "STATEMENT_CATEGORY_SELF_HARM": "Self-harm",
        "STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS": "Unsafe, non-compliant or prohibited products",
        "STATEMENT_CATEGORY_VIOLENCE": "Violence",
        // keywords (category_specification): 69
        "KEYWORD_ADULT_SEXUAL_MATERIAL": "Adult sexual material",
        "KEYWORD_AGE_SPECIFIC_RESTRICTIONS": "Age-specific restrictions",
        "KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS": "Age-specific restrictions concerning minors",
        "KEYWORD_ANIMAL_HARM": "Animal harm",
        "KEYWORD_BIOMETRIC_DATA_BREACH": "Biometric data breach",
        "KEYWORD_BULLYING_AGAINST_GIRLS": "Cyber bullying and intimidation against girls",
        "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL": "Child sexual abuse material",
        "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE":
            "Child sexual abuse material containing deepfake or similar technology",
        "KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS": "Content promoting eating disorders",
        "KEYWORD_COORDINATED_HARM": "Coordinated harm",
        "KEYWORD_COPYRIGHT_INFRINGEMENT": "Copyright infringements",
        "KEYWORD_CYBER_BULLYING_INTIMIDATION": "Cyber bullying and intimidation",
        "KEYWORD_CYBER_HARASSMENT": "Cyber harassment",
        "KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN": "Cyber harassment against women",
        "KEYWORD_CYBER_INCITEMENT": "Cyber incitement to hatred or violence",
        "KEYWORD_CYBER_STALKING": "Cyber stalking",
        "KEYWORD_CYBER_STALKING_AGAINST_WOMEN": "Cyber stalking against women",
        "KEYWORD_DATA_FALSIFICATION": "Data falsification",
        "KEYWORD_DEFAMATION": "Defamation",
        "KEYWORD_DESIGN_INFRINGEMENT": "Design infringements",
        "KEYWORD_DISCRIMINATION": "Discrimination",
        "KEYWORD_FEMALE_GENDERED_DISINFORMATION": "Gendered disinformation",
        "KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT": "Geographic indications infringements",
        "KEYWORD_GEOGRAPHICAL_REQUIREMENTS": "Geographical requirements",
        "KEYWORD_GOODS_SERVICES_NOT_PERMITTED": "Goods/services not permitted to be offered on the platform",
        "KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS": "Grooming/sexual enticement of minors",
        "KEYWORD_HATE_SPEECH":
            "Illegal incitement to violence and hatred based on protected characteristics (hate speech)",
        "KEYWORD_HIDDEN_ADVERTISEMENT": "Hidden advertisement or commercial communication, including by influencers",
        "KEYWORD_HUMAN_EXPLOITATION": "Human exploitation",
        "KEYWORD_HUMAN_TRAFFICKING": "Human trafficking",
        "KEYWORD_ILLEGAL_ORGANIZATIONS": "Illegal organizations",
        "KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING": "Impersonation or account hijacking",
        "KEYWORD_INAUTHENTIC_ACCOUNTS": "Inauthentic accounts",
        "KEYWORD_INAUTHENTIC_LISTINGS": "Inauthentic listings",
        "KEYWORD_INAUTHENTIC_USER_REVIEWS": "Inauthentic user reviews",
        "KEYWORD_INCITEMENT_AGAINST_WOMEN": "Illegal incitement to violence and hatred against women",
        "KEYWORD_INCITEMENT_VIOLENCE_HATRED": "General calls or incitement to violence and/or hatred",
        "KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS": "Insufficient information on traders",
        "KEYWORD_LANGUAGE_REQUIREMENTS": "Language requirements",
        "KEYWORD_MISINFORMATION_DISINFORMATION":
            "Misinformation, disinformation, foreign information manipulation and interference",
        "KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS": "Misleading information about the consumer's rights",
        "KEYWORD_MISLEADING_INFO_GOODS_SERVICES":
            "Misleading information about the characteristics of the goods and services",
        "KEYWORD_MISSING_PROCESSING_GROUND": "Missing processing ground for data",
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING":
            "Non-consensual (intimate) material sharing, including (image-based) sexual abuse (excluding content depicting minors)",
        "KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN":
            "Non-consensual (intimate) material sharing against women, including (image-based) sexual abuse against women (excluding content depicting minors)",
        "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE":
            "Non-consensual sharing of material containing deepfake or similar technology using a third party's features (excluding content depicting minors)",
        "KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN":
            "Non-consensual sharing of material containing deepfake or similar technology using a third party's features against women (excluding content depicting minors)",
        "KEYWORD_NONCOMPLIANCE_PRICING": "Non-compliance with pricing regulations",
        "KEYWORD_NUDITY": "Nudity",
        "KEYWORD_PATENT_INFRINGEMENT": "Patent infringements",
        "KEYWORD_PHISHING": "Phishing",
        "KEYWORD_PROHIBITED_PRODUCTS": "Prohibited or restricted products",
        "KEYWORD_PYRAMID_SCHEMES": "Pyramid schemes",
        "KEYWORD_RIGHT_TO_BE_FORGOTTEN": "Right to be forgotten",
        "KEYWORD_RISK_ENVIRONMENTAL_DAMAGE": "Risk for environmental damage",
        "KEYWORD_RISK_PUBLIC_HEALTH": "Risk for public health",
        "KEYWORD_SELF_MUTILATION": "Self-mutilation",
        "KEYWORD_STALKING": "Stalking",
        "KEYWORD_SUICIDE": "Suicide",
        "KEYWORD_TERRORIST_CONTENT": "Terrorist content",
        "KEYWORD_TRADE_SECRET_INFRINGEMENT": "Trade secret infringements",
        "KEYWORD_TRADEMARK_INFRINGEMENT": "Trademark infringements",
        "KEYWORD_TRAFFICKING_WOMEN_GIRLS": "Trafficking in women and girls",
        "KEYWORD_UNLAWFUL_SALE_ANIMALS": "Unlawful sale of animals",
        "KEYWORD_UNSAFE_CHALLENGES": "Unsafe challenges",
        "KEYWORD_UNSAFE_PRODUCTS": "Unsafe or non-compliant products",
        "KEYWORD_VIOLATION_EU_LAW": "Violation of EU law relevant to civic discourse or elections",
        "KEYWORD_VIOLATION_NATIONAL_LAW": "Violation of national law relevant to civic discourse or elections",
        "KEYWORD_OTHER": "Not captured by any other keyword",
        // content types (content_type): 8
        "CONTENT_TYPE_APP": "App",
        "CONTENT_TYPE_AUDIO": "Audio",
        "CONTENT_TYPE_IMAGE": "Image",
        "CONTENT_TYPE_PRODUCT": "Product",
        "CONTENT_TYPE_SYNTHETIC_MEDIA": "Synthetic Media",
        "CONTENT_TYPE_TEXT": "Text",
        "CONTENT_TYPE_VIDEO": "Video",
        "CONTENT_TYPE_OTHER": "Other",
    ]

    /// The official label of an API key; nil for a key the database does not know.
    public static func label(_ key: String) -> String? { official[key] }
}
