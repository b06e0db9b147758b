import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// Issue #15: what a referral says of the person, whatever its stored fields hold (a referral
/// drafted before characteristics were filtered out still renders without them).
@Suite struct ReferralWordsTests {
    @Test func aReferralPrintsLabelsCautionsAndNeverACharacteristic() throws {
        var request = Fixtures.request(.leaReferral)
        request.document.content = .leaReferral(
            ReferralContent(
                countryConcerned: "NL", summary: "A third party answers every call.",
                indicators: [
                    IndicatorChoice(key: "unodc-general.others-speak", reason: "a man answers every call"),
                    IndicatorChoice(key: "nij-online-ads.stated-ethnicity", reason: "says Latina"),
                    IndicatorChoice(key: "nij-online-ads.movement-language", reason: "new in town"),
                ], urgency: .urgent, evidence: [EvidenceReference(sha256: Fixtures.hash1)]))
        for language in ["en", "de", "es", "fr", "it", "nl"] {
            request.document.language = language
            let text = try Fixtures.renderer.render(request, format: .txt).text
            #expect(text.contains("Others speak for them when they are addressed: a man answers every call"))
            #expect(!text.contains("says Latina"), "\(language): a characteristic reached the referral")
            #expect(!text.contains("unodc-general.others-speak"), "\(language): by label, not key")
            #expect(
                text.contains("new in town (") && text.contains("counter-indicator: ads with it were 70% less likely"))
            // Dir. 2011/36/EU Art. 8 (non-punishment) and Art. 11 (assistance), in every language.
            #expect(text.contains(" 8)") && text.contains(" 11)"), "\(language)")
        }
    }
}
