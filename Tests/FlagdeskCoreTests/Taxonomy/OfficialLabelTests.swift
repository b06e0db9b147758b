import Testing

@testable import FlagdeskCore

/// DSA Art. 24(5) and Implementing Regulation (EU) 2024/2835: statements of reasons name their
/// category and keywords by the Transparency Database's keys; letters and the CLI print the
/// database's own label for each (issue 16, defect 12).
struct OfficialLabelTests {
    /// The official labels: `digital-services-act/transparency-database`,
    /// `app/Models/Statement.php` at commit 69e80a0bc8eb3cbfbe8246e898194c3bdf490a4b (2026-06-24),
    /// the keys of its `STATEMENT_CATEGORIES` and `KEYWORDS` arrays with their constants' values,
    /// copied here as data (key, tab, label) so the test does not read Flagdesk's own table.
    static let official: [String: String] = {
        let table = """
            STATEMENT_CATEGORY_ANIMAL_WELFARE	Animal welfare
            STATEMENT_CATEGORY_CONSUMER_INFORMATION	Consumer information infringements
            STATEMENT_CATEGORY_CYBER_VIOLENCE	Cyber violence
            STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN	Cyber violence against women
            STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS	Data protection and privacy violations
            STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH	Illegal or harmful speech
            STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS	Intellectual property infringements
            STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS	Negative effects on civic discourse or elections
            STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE	Type of alleged illegal content not specified by the notifier
            STATEMENT_CATEGORY_OTHER_VIOLATION_TC	Other violation of provider’s terms and conditions
            STATEMENT_CATEGORY_PROTECTION_OF_MINORS	Protection of minors
            STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY	Risk for public security
            STATEMENT_CATEGORY_SCAMS_AND_FRAUD	Scams and/or fraud
            STATEMENT_CATEGORY_SELF_HARM	Self-harm
            STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS	Unsafe, non-compliant or prohibited products
            STATEMENT_CATEGORY_VIOLENCE	Violence
            KEYWORD_ADULT_SEXUAL_MATERIAL	Adult sexual material
            KEYWORD_AGE_SPECIFIC_RESTRICTIONS	Age-specific restrictions
            KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS	Age-specific restrictions concerning minors
            KEYWORD_ANIMAL_HARM	Animal harm
            KEYWORD_BIOMETRIC_DATA_BREACH	Biometric data breach
            KEYWORD_BULLYING_AGAINST_GIRLS	Cyber bullying and intimidation against girls
            KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL	Child sexual abuse material
            KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE	Child sexual abuse material containing deepfake or similar technology
            KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS	Content promoting eating disorders
            KEYWORD_COORDINATED_HARM	Coordinated harm
            KEYWORD_COPYRIGHT_INFRINGEMENT	Copyright infringements
            KEYWORD_CYBER_BULLYING_INTIMIDATION	Cyber bullying and intimidation
            KEYWORD_CYBER_HARASSMENT	Cyber harassment
            KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN	Cyber harassment against women
            KEYWORD_CYBER_INCITEMENT	Cyber incitement to hatred or violence
            KEYWORD_CYBER_STALKING	Cyber stalking
            KEYWORD_CYBER_STALKING_AGAINST_WOMEN	Cyber stalking against women
            KEYWORD_DATA_FALSIFICATION	Data falsification
            KEYWORD_DEFAMATION	Defamation
            KEYWORD_DESIGN_INFRINGEMENT	Design infringements
            KEYWORD_DISCRIMINATION	Discrimination
            KEYWORD_FEMALE_GENDERED_DISINFORMATION	Gendered disinformation
            KEYWORD_GEOGRAPHICAL_REQUIREMENTS	Geographical requirements
            KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT	Geographic indications infringements
            KEYWORD_GOODS_SERVICES_NOT_PERMITTED	Goods/services not permitted to be offered on the platform
            KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS	Grooming/sexual enticement of minors
            KEYWORD_HATE_SPEECH	Illegal incitement to violence and hatred based on protected characteristics (hate speech)
            KEYWORD_HIDDEN_ADVERTISEMENT	Hidden advertisement or commercial communication, including by influencers
            KEYWORD_HUMAN_EXPLOITATION	Human exploitation
            KEYWORD_HUMAN_TRAFFICKING	Human trafficking
            KEYWORD_ILLEGAL_ORGANIZATIONS	Illegal organizations
            KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING	Impersonation or account hijacking
            KEYWORD_INAUTHENTIC_ACCOUNTS	Inauthentic accounts
            KEYWORD_INAUTHENTIC_LISTINGS	Inauthentic listings
            KEYWORD_INAUTHENTIC_USER_REVIEWS	Inauthentic user reviews
            KEYWORD_INCITEMENT_AGAINST_WOMEN	Illegal incitement to violence and hatred against women
            KEYWORD_INCITEMENT_VIOLENCE_HATRED	General calls or incitement to violence and/or hatred
            KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS	Insufficient information on traders
            KEYWORD_LANGUAGE_REQUIREMENTS	Language requirements
            KEYWORD_MISINFORMATION_DISINFORMATION	Misinformation, disinformation, foreign information manipulation and interference
            KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS	Misleading information about the consumer's rights
            KEYWORD_MISLEADING_INFO_GOODS_SERVICES	Misleading information about the characteristics of the goods and services
            KEYWORD_MISSING_PROCESSING_GROUND	Missing processing ground for data
            KEYWORD_NONCOMPLIANCE_PRICING	Non-compliance with pricing regulations
            KEYWORD_NON_CONSENSUAL_IMAGE_SHARING	Non-consensual (intimate) material sharing, including (image-based) sexual abuse (excluding content depicting minors)
            KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN	Non-consensual (intimate) material sharing against women, including (image-based) sexual abuse against women (excluding content depicting minors)
            KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE	Non-consensual sharing of material containing deepfake or similar technology using a third party's features (excluding content depicting minors)
            KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN	Non-consensual sharing of material containing deepfake or similar technology using a third party's features against women (excluding content depicting minors)
            KEYWORD_NUDITY	Nudity
            KEYWORD_OTHER	Not captured by any other keyword
            KEYWORD_PATENT_INFRINGEMENT	Patent infringements
            KEYWORD_PHISHING	Phishing
            KEYWORD_PROHIBITED_PRODUCTS	Prohibited or restricted products
            KEYWORD_PYRAMID_SCHEMES	Pyramid schemes
            KEYWORD_RIGHT_TO_BE_FORGOTTEN	Right to be forgotten
            KEYWORD_RISK_ENVIRONMENTAL_DAMAGE	Risk for environmental damage
            KEYWORD_RISK_PUBLIC_HEALTH	Risk for public health
            KEYWORD_SELF_MUTILATION	Self-mutilation
            KEYWORD_STALKING	Stalking
            KEYWORD_SUICIDE	Suicide
            KEYWORD_TERRORIST_CONTENT	Terrorist content
            KEYWORD_TRADEMARK_INFRINGEMENT	Trademark infringements
            KEYWORD_TRADE_SECRET_INFRINGEMENT	Trade secret infringements
            KEYWORD_TRAFFICKING_WOMEN_GIRLS	Trafficking in women and girls
            KEYWORD_UNLAWFUL_SALE_ANIMALS	Unlawful sale of animals
            KEYWORD_UNSAFE_CHALLENGES	Unsafe challenges
            KEYWORD_UNSAFE_PRODUCTS	Unsafe or non-compliant products
            KEYWORD_VIOLATION_EU_LAW	Violation of EU law relevant to civic discourse or elections
            KEYWORD_VIOLATION_NATIONAL_LAW	Violation of national law relevant to civic discourse or elections
            """
        var labels: [String: String] = [:]
        for line in table.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            labels[parts[0]] = parts[1]
        }
        return labels
    }()

    @Test func everyCategoryHasItsOfficialLabel() {
        let categories = Self.official.keys.filter { $0.hasPrefix(DSACategory.keyPrefix) }
        #expect(categories.count == 16)
        #expect(Set(DSACategory.allCases.map(\.rawValue)) == Set(categories))
        for category in DSACategory.allCases {
            #expect(category.label == Self.official[category.rawValue], "\(category.rawValue)")
        }
    }

    @Test func everyKeywordHasItsOfficialLabel() {
        let keywords = Self.official.keys.filter { $0.hasPrefix(DSAKeyword.keyPrefix) }
        #expect(keywords.count == 69)
        #expect(Set(DSAKeyword.allCases.map(\.rawValue)) == Set(keywords))
        for keyword in DSAKeyword.allCases {
            #expect(keyword.label == Self.official[keyword.rawValue], "\(keyword.rawValue)")
        }
    }

    /// The labels that used to be made from the constant names, spelled out: the one the issue cites.
    @Test func labelsAreNotMadeFromKeyNames() {
        #expect(DSAKeyword.violationEuLaw.label == "Violation of EU law relevant to civic discourse or elections")
        #expect(DSAKeyword.hateSpeech.label.hasSuffix("(hate speech)"))
        for keyword in DSAKeyword.allCases where keyword.label.count > 6 {
            let fromKey = keyword.shortKey.replacingOccurrences(of: "-", with: " ")
            #expect(
                keyword.label.lowercased() != fromKey || Self.official[keyword.rawValue]?.lowercased() == fromKey,
                "\(keyword.rawValue)")
        }
    }
}
