import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Issue #15: evidence first enforced, sex work never treated as trafficking by default, CSAM
/// never held without authority, the support hold, the referral's words. One test per rule,
/// each citing its source.
@Suite("Victims at the centre: the rules behind issue #15")
struct VictimsRuleTests {
    private let bonaFide = FieldSetting(key: "bona-fide", value: "yes")

    private func readyNotice(_ world: WorkflowWorld, _ item: Item) throws -> String {
        let view = try world.desk().draft(DraftRequest(kind: .dsaNotice, items: [item.reference], settings: [bonaFide]))
        #expect(view.record.status == .ready, "\(view.missing)")
        return view.record.reference
    }

    /// A referral to the Belgian police, drafted, approved and sent.
    private func sentReferral(_ world: WorkflowWorld, _ item: Item, urgency: String = "urgent") throws -> String {
        let view = try world.desk().draft(
            DraftRequest(
                kind: .leaReferral, items: [item.reference], recipient: "be-police",
                settings: [try FieldSetting(parsing: "urgency=\(urgency)")]))
        #expect(view.record.status == .ready, "\(view.missing)")
        _ = try world.desk(as: "alice").approve(reference: view.record.reference)
        _ = try world.desk().send(reference: view.record.reference, via: .manual)
        return view.record.reference
    }

    // MARK: Evidence first (DESIGN.md §4; DSA Art. 16; Reg. (EU) 2023/1543 Arts. 6, 11)

    /// A cry for help (threat to life): the notice is refused until a referral and a
    /// preservation request are sent, or waived by a coordinator with a reason.
    @Test func aNoticeAboutACryForHelpWaitsForTheReferralAndThePreservationRequest() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem(threatToLife: true, evidenceSecured: false)
        let notice = try readyNotice(world, item)
        let refusal = #expect(throws: EngineError.self) { try world.desk(as: "alice").approve(reference: notice) }
        #expect(refusal?.description.contains("an LEA referral for \(item.reference)") == true)
        #expect(refusal?.description.contains("a preservation request for \(item.reference)") == true)
        _ = try sentReferral(world, item, urgency: "immediate")
        let stillRefused = #expect(throws: EngineError.self) {
            try world.desk(as: "alice").approve(reference: notice)
        }
        #expect(stillRefused?.description.contains("an LEA referral") == false)
        // Only a coordinator waives, and only with a reason.
        #expect(throws: EngineError.self) {
            try world.desk(as: "bob").waive(reference: item.reference, step: .preservation, reason: "asked")
        }
        #expect(throws: EngineError.self) {
            try world.desk(as: "alice").waive(reference: item.reference, step: .preservation, reason: "  ")
        }
        _ = try world.desk(as: "alice").waive(
            reference: item.reference, step: .preservation, reason: "the police preserved it themselves")
        #expect(try world.desk(as: "alice").approve(reference: notice).record.status == .approved)
        #expect(try world.desk().send(reference: notice, via: .manual).record.status == .sent)
        let waive = try #require(
            try world.desk().detail(reference: item.reference).events.first { $0.action == "waive" })
        #expect(waive.payload.contains("the police preserved it themselves"))
        #expect(waive.actor == "alice")
    }

    /// A referral for a threat to life needs the facts (its summary), not a ticked indicator:
    /// calling the police must never be harder than the takedown (DSA Art. 18(1), recital 52).
    @Test func aThreatToLifeReferralNeedsTheFactsNotAnIndicator() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk()
        let evidence = try writeTemporaryFile("passport held, cannot leave, asks for help")
        guard
            case .added(let item, _) = try desk.add(
                AddItemRequest(url: "https://www.instagram.com/p/help-1", evidenceFiles: [evidence]))
        else { throw EngineError.refused("not added") }
        var triage = TriageRequest(reference: item.reference)
        triage.keywords = [.humanTrafficking]
        triage.threatToLife = true
        _ = try desk.triage(triage)
        let bare = try desk.draft(DraftRequest(kind: .leaReferral, items: [item.reference], recipient: "be-police"))
        #expect(!bare.missing.map(\.key).contains("indicators"), "no indicator asked for a threat to life")
        let summary = try #require(bare.missing.first { $0.key == "summary" })
        #expect(summary.hint.contains("state the facts"))
        let edited = try desk.edit(
            reference: bare.record.reference,
            settings: [
                try FieldSetting(parsing: "summary=Passport held by the manager; she cannot leave and asks for help")
            ])
        #expect(edited.record.status == .ready, "\(edited.missing)")
    }

    /// The proposal reads the triage checklist: an adult item with "documents held" ticked gets
    /// evidence first; without it, no notice is proposed for adult material alone.
    @Test func theProposalReadsTheTriageIndicators() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk()
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: "https://www.instagram.com/p/adult-7"))
        else { throw EngineError.refused("not added") }
        var triage = TriageRequest(reference: item.reference)
        triage.keywords = [.adultSexualMaterial]
        _ = try desk.triage(triage)
        #expect(try desk.proposals(reference: item.reference).isEmpty, "adult material alone: no proposal")
        triage.indicators = [
            IndicatorChoice(key: "unodc-general.documents-held", reason: "the manager keeps the passports")
        ]
        _ = try desk.triage(triage)
        #expect(
            try desk.proposals(reference: item.reference).map(\.kind) == [
                .preservationRequest, .leaReferral, .dsaNotice,
            ])
    }

    /// A referral nobody acknowledged is chased (a reminder proposed), and the chase ends when
    /// it is acknowledged: follow-ups like any other document.
    @Test func anUnacknowledgedReferralIsChased() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let referral = try sentReferral(world, item)
        let view = try world.desk().document(reference: referral)
        #expect(view.deadlines.contains { $0.ruleID == "reminder.referral" && $0.status == "open" })
        #expect(try world.desk(at: fixedNow.adding(days: 1)).escalate(dryRun: true).proposals.isEmpty)
        let late = try world.desk(at: fixedNow.adding(days: 5)).escalate(dryRun: true)
        #expect(late.proposals.map(\.kind) == [.reminder])
        #expect(late.proposals.first?.parentReference == referral)
        var ack = ResponseRecord()
        ack.acknowledged = true
        _ = try world.desk(at: fixedNow.adding(days: 4)).record(reference: referral, ack)
        #expect(try world.desk(at: fixedNow.adding(days: 5)).escalate(dryRun: true).proposals.isEmpty)
    }

    /// Reg. (EU) 2023/1543 Art. 11: a preservation request is chased until acknowledged.
    @Test func anUnacknowledgedPreservationRequestIsChased() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem(threatToLife: true)
        let settings = WorkflowWorld.preservationSettings
        let draft = try world.desk().draft(
            DraftRequest(kind: .preservationRequest, items: [item.reference], settings: settings))
        _ = try world.desk(as: "alice").approve(reference: draft.record.reference)
        _ = try world.desk().send(reference: draft.record.reference, via: .manual)
        let late = try world.desk(at: fixedNow.adding(days: 4)).escalate(dryRun: true)
        #expect(late.proposals.contains { $0.kind == .reminder && $0.parentReference == draft.record.reference })
    }

    // MARK: Sex work is never treated as trafficking by default (Dir. 2011/36/EU Art. 2)

    /// An independent worker's ad: no legal basis. The notice is approved only with a
    /// confirmation in words, which the trail records.
    @Test func aNoticeWithoutLegalBasisNeedsTheNotSexWorkConfirmation() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk()
        let evidence = try writeTemporaryFile("own contact, screens clients")
        guard
            case .added(let item, _) = try desk.add(
                AddItemRequest(url: "https://www.instagram.com/p/worker-1", evidenceFiles: [evidence]))
        else { throw EngineError.refused("not added") }
        var triage = TriageRequest(reference: item.reference)
        triage.category = .otherViolationTc
        triage.contentTypes = [.text]
        triage.explanation = "Escort advert against the platform's terms."
        triage.indicators = [IndicatorChoice(key: "nij-online-ads.client-screening", reason: "screens clients")]
        _ = try desk.triage(triage)
        let notice = try readyNotice(world, item)
        let refusal = #expect(throws: EngineError.self) { try world.desk(as: "alice").approve(reference: notice) }
        #expect(refusal?.description.contains("--confirm-not-sex-work") == true)
        #expect(refusal?.description.contains("names no legal basis") == true)
        let approved = try world.desk(as: "alice").approve(
            reference: notice, notSexWork: "the ad offers a service the platform bans; no claim of exploitation")
        #expect(approved.record.status == .approved)
        let event = try #require(approved.events.first { $0.action == "approve" })
        #expect(event.payload.contains("not_sex_work") && event.payload.contains("the platform bans"))
    }

    /// "Moved between locations" ticked for "new in town" is the NIJ counter-indicator: an item
    /// whose only indicators are weak needs the confirmation even with a legal basis.
    @Test func onlyWeakIndicatorsNeedTheConfirmationToo() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk()
        let item = try world.triagedItem()
        var triage = TriageRequest(reference: item.reference)
        triage.indicators = [
            IndicatorChoice(key: "nij-online-ads.movement-language", reason: "new in town"),
            IndicatorChoice(key: "nij-online-ads.visible-tattoos", reason: "tattoo on the arm"),
        ]
        let outcome = try desk.triage(triage)
        #expect(outcome.warnings.contains { $0.contains("[counter-indicator]") && $0.contains("70% less likely") })
        #expect(outcome.warnings.contains { $0.contains("[not predictive; characteristic, never in a referral]") })
        let notice = try readyNotice(world, item)
        let refusal = #expect(throws: EngineError.self) { try world.desk(as: "alice").approve(reference: notice) }
        #expect(refusal?.description.contains("only indicators are non-predictive") == true)
        // A predictive indicator beside them lifts the doubt.
        triage.indicators! += [IndicatorChoice(key: "unodc-general.documents-held", reason: "passport kept")]
        _ = try desk.triage(triage)
        #expect(try world.desk(as: "alice").approve(reference: notice).record.status == .approved)
    }

    /// The referral prints indicators by label, drops characteristics of the person, and says
    /// the person is a possible victim: non-punishment (Dir. 2011/36/EU Art. 8) and assistance
    /// (Art. 11).
    @Test func theReferralSpeaksOfAPossibleVictimAndNeverOfCharacteristics() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        var triage = TriageRequest(reference: item.reference)
        triage.indicators = [
            IndicatorChoice(key: "unodc-general.others-speak", reason: "a man answers every call"),
            IndicatorChoice(key: "nij-online-ads.stated-ethnicity", reason: "says Latina"),
            IndicatorChoice(key: "unodc-sexual-exploitation.few-clothes", reason: "lingerie in all photos"),
            IndicatorChoice(key: "nij-online-ads.age-under-23", reason: "says 21"),
        ]
        _ = try world.desk().triage(triage)
        let view = try world.desk().draft(
            DraftRequest(
                kind: .leaReferral, items: [item.reference], recipient: "be-police",
                settings: [try FieldSetting(parsing: "urgency=urgent")]))
        let text = view.rendered.text
        #expect(text.contains("- Others speak for them when they are addressed: a man answers every call"))
        #expect(!text.contains("unodc-general.others-speak"), "by label, not key")
        #expect(!text.contains("says Latina"))
        #expect(!text.contains("lingerie"))
        #expect(text.contains("Stated age under 23: says 21 (caution: not predictive"))
        #expect(text.contains("Directive 2011/36/EU, Article 8"))
        #expect(text.contains("Directive 2011/36/EU, Article 11"))
    }

    // MARK: CSAM is never held without authority (Dir. 2011/93/EU Art. 5)

    @Test func childSexualAbuseMaterialKeepsItsHashButNeverItsBytes() throws {
        let world = try WorkflowWorld()
        let desk = try world.desk()
        let file = try writeTemporaryFile("bytes that must not be held", name: "image.jpg")
        guard
            case .added(let item, let evidence) = try desk.add(
                AddItemRequest(
                    url: "https://www.instagram.com/p/csam-1", keywords: [.childSexualAbuseMaterial],
                    evidenceFiles: [file]))
        else { throw EngineError.refused("not added") }
        let row = try #require(evidence.first)
        #expect(row.withheldReason?.contains("Directive 2011/93/EU Art. 5") == true)
        #expect(row.sha256.count == 64)
        #expect(!FileManager.default.fileExists(atPath: desk.evidenceFiles.url(forSHA256: row.sha256).path))
        #expect(try desk.verify().isIntact, "a withheld file is not a missing file")
        let backup = temporaryFolder("backup").appendingPathComponent("b")
        let report = try world.desk(as: "alice").backup(to: backup)
        #expect(!report.manifest.evidence.contains { $0.sha256 == row.sha256 })
        _ = item
    }

    @Test func anAuthorisedOrganisationHoldsTheBytes() throws {
        let world = try WorkflowWorld(
            config: WorkflowWorld.standardConfig + "\n[network]\nauthorised_to_hold_csam = true\n")
        let desk = try world.desk()
        let file = try writeTemporaryFile("bytes a hotline may hold", name: "image.jpg")
        guard
            case .added(_, let evidence) = try desk.add(
                AddItemRequest(
                    url: "https://www.instagram.com/p/csam-2", keywords: [.childSexualAbuseMaterial],
                    evidenceFiles: [file]))
        else { throw EngineError.refused("not added") }
        let row = try #require(evidence.first)
        #expect(row.withheldReason == nil)
        #expect(FileManager.default.fileExists(atPath: desk.evidenceFiles.url(forSHA256: row.sha256).path))
    }

    // MARK: The support pathway (Dir. 2011/36/EU Art. 11)

    /// The support worker asks to wait: the notice stays, like under the LEA hold; a flagger
    /// places the hold, only a coordinator lifts it.
    @Test func aSupportHoldBlocksTheNotice() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        let notice = try readyNotice(world, item)
        _ = try world.desk(as: "alice").approve(reference: notice)
        #expect(
            try world.desk(as: "bob").supportHold(
                reference: item.reference, on: true, reason: "her support worker asks to wait a week"))
        #expect(
            throws: EngineError.refused(
                "\(notice) cannot be sent: \(item.reference) is on support hold "
                    + "(the person's support worker asked to wait)")
        ) { try world.desk().send(reference: notice, via: .manual) }
        #expect(throws: EngineError.self) {
            try world.desk(as: "bob").supportHold(reference: item.reference, on: false, reason: "done")
        }
        _ = try world.desk(as: "alice").supportHold(reference: item.reference, on: false, reason: "she is safe")
        #expect(try world.desk().send(reference: notice, via: .manual).record.status == .sent)
    }

    /// A referral to a victim-support service or NRM needs the person, their consent and how
    /// it was given, and how they may be contacted (Dir. 2011/36/EU Art. 11).
    @Test func aSupportReferralGoesOnlyWithConsentAndContactConditions() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        var triage = TriageRequest(reference: item.reference)
        triage.person = "Linden-17"
        _ = try world.desk().triage(triage)
        #expect(try world.desk().proposals(reference: item.reference).map(\.kind).contains(.supportReferral))
        let draft = try world.desk().draft(DraftRequest(kind: .supportReferral, items: [item.reference]))
        #expect(draft.record.recipientKey == "be-payoke" || draft.record.recipientKey == "be-pag-asa")
        #expect(Set(draft.missing.map(\.key)) == ["consent", "contact-conditions"])
        _ = try initKeyFileVault(try world.desk(as: "alice"))  // contact conditions are stored sealed
        let ready = try world.desk().edit(
            reference: draft.record.reference,
            settings: [
                try FieldSetting(parsing: "consent=yes"),
                try FieldSetting(parsing: "consent-record=spoken, witnessed by her support worker"),
                try FieldSetting(parsing: "contact-conditions=only through her support worker; never by phone"),
            ])
        #expect(ready.record.status == .ready, "\(ready.missing)")
        #expect(ready.rendered.text.contains("Directive 2011/36/EU, Article 11"))
        #expect(ready.rendered.text.contains("Linden-17"))
        // Not to the police: an LEA is not a support service.
        let wrong = try world.desk().draft(
            DraftRequest(kind: .supportReferral, items: [item.reference], recipient: "be-police"))
        #expect(wrong.missing.map(\.key).contains("recipient"))
    }

    // MARK: Retention (GDPR Art. 5(1)(c), (e))

    /// Lawful adult sex work closed as no action goes after `[retention] no_action` (30 days by
    /// default), not the five-year evidence period that a resolved item keeps.
    @Test func noActionItemsArePurgedAfterThirtyDays() throws {
        let world = try WorkflowWorld()
        let adult = try world.triagedItem("https://www.instagram.com/p/independent-1")
        let resolved = try world.triagedItem("https://www.instagram.com/p/removed-2")
        _ = try world.desk().closeWithoutAction(reference: adult.reference, reason: "lawful adult sex work")
        _ = try world.desk().resolve(reference: resolved.reference)
        let early = try world.desk(as: "alice", at: fixedNow.adding(days: 20)).purge(dryRun: true)
        #expect(early.itemReferences.isEmpty)
        let late = try world.desk(as: "alice", at: fixedNow.adding(days: 31)).purge(dryRun: false)
        #expect(late.itemReferences == [adult.reference])
        #expect(late.evidenceRows == 1)
        #expect(try world.desk().detail(reference: adult.reference).item.purgedAt != nil)
        #expect(try world.desk().detail(reference: resolved.reference).item.purgedAt == nil)
    }

    // MARK: Words

    /// The intake source is "self report"; old stores' value still reads.
    @Test func theIntakeSourceSaysSelfReport() {
        #expect(ItemSource(rawValue: "victim") == .selfReport)
        #expect(ItemSource(text: "self-report") == .selfReport)
        #expect(ItemSource.selfReport.label == "self report")
    }
}
