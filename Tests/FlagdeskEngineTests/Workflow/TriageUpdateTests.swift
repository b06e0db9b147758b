import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// A triage changes what it names and leaves the rest as it is (TriageRequest: nil fields are
/// left alone). A partial triage once cleared the category, legal basis and explanation, and a
/// note alone wiped the indicator checklist.
@Suite struct TriageUpdateTests {
    @Test func aTriageNamingOneFieldLeavesTheOthers() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let desk = try world.desk()
        var linkOnly = TriageRequest(reference: item.reference)
        linkOnly.person = "V-9"
        let linked = try desk.triage(linkOnly).item
        #expect(linked.category == .violence)
        #expect(linked.legalBasis == "Directive 2011/36/EU Art. 2")
        #expect(linked.explanation == "Advert for women controlled by a third party; indicators of trafficking.")
        #expect(linked.keywords == [.humanTrafficking])
        #expect(linked.contentTypes == [.image, .text])
        #expect(linked.personID != nil)

        var blank = TriageRequest(reference: item.reference)
        blank.explanation = "   "
        blank.legalBasis = ""
        let unchanged = try desk.triage(blank).item
        #expect(unchanged.explanation == linked.explanation && unchanged.legalBasis == linked.legalBasis)

        var recategorised = TriageRequest(reference: item.reference)
        recategorised.category = .illegalOrHarmfulSpeech
        let changed = try desk.triage(recategorised).item
        #expect(changed.category == .illegalOrHarmfulSpeech)
        #expect(changed.explanation == linked.explanation)
    }

    @Test func aNoteAloneKeepsTheIndicatorsAndIndicatorsAloneKeepTheNote() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let desk = try world.desk()
        let checklist = [IndicatorChoice(key: "unodc-general.others-speak", reason: "a man answers every call")]
        #expect(try desk.detail(reference: item.reference).triage.indicators == checklist)

        var note = TriageRequest(reference: item.reference)
        note.note = "same phone number as FD-2026-000001"
        _ = try desk.triage(note)
        var triage = try desk.detail(reference: item.reference).triage
        #expect(triage.indicators == checklist)
        #expect(triage.note == "same phone number as FD-2026-000001")

        var indicators = TriageRequest(reference: item.reference)
        indicators.indicators = []
        _ = try desk.triage(indicators)
        triage = try desk.detail(reference: item.reference).triage
        #expect(triage.indicators.isEmpty)
        #expect(triage.note == "same phone number as FD-2026-000001")

        var clear = TriageRequest(reference: item.reference)
        clear.note = ""
        _ = try desk.triage(clear)
        #expect(try desk.detail(reference: item.reference).triage == TriageRecord())
    }
}
