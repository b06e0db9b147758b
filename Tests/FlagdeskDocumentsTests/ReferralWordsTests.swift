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

    /// Issue #16 defect 12: the checklist's labels and cautions are English; a translated
    /// referral says so when it lists any, and says nothing of them when none is listed.
    @Test(arguments: ["fr", "de", "es", "it", "nl"])
    func aTranslatedReferralSaysItsIndicatorLabelsAreEnglish(language: String) throws {
        let english = ["en anglais", "auf Englisch", "en inglés", "in inglese", "in het Engels"]
        let listed = try Fixtures.renderer.render(Fixtures.request(.leaReferral, language: language), format: .txt)
        #expect(english.contains { listed.text.contains($0) }, "\(language)")
        var request = Fixtures.request(.leaReferral, language: language)
        guard case .leaReferral(var referral) = request.document.content else { return }
        referral.indicators = []
        request.document.content = .leaReferral(referral)
        let none = try Fixtures.renderer.render(request, format: .txt)
        #expect(!english.contains { none.text.contains($0) }, "\(language)")
    }
}
