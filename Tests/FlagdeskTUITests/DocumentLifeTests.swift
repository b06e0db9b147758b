import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// Issue #17, "The whole workflow from the desk": the platform's answer, withdraw and close,
/// between items and documents, the approvals list, what the item and document views show,
/// and what a search says.
@MainActor
struct DocumentLifeTests {
    func press(_ controller: DeskController, _ text: String) {
        for scalar in text.unicodeScalars { controller.handle(.rune(scalar)) }
    }

    func type(_ controller: DeskController, _ text: String) {
        press(controller, text)
        controller.handle(.enter)
    }

    func opened(_ controller: DeskController) -> DocumentView? {
        if case .compose(let page) = controller.state.screen { return page.view }
        return nil
    }

    @Test func anAcknowledgementAndADecisionAreRecordedFromTheDesk() throws {
        let desk = try makeDesk()
        let sent = try #require(try desk.documents(DocumentFilter(statuses: [.sent]), limit: 1).first)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(sent.reference)")
        press(controller, "r")
        let picker = try #require(controller.state.picker)
        #expect(picker.options.first?.key == "ack")
        #expect(picker.options.contains { $0.key == "decision removed" })
        type(controller, "ack")  // filters the picker, Enter takes it
        #expect(controller.state.prompt?.label == "Record on \(sent.reference): ack, dated now? [y/N] ")
        press(controller, "n")
        #expect(try desk.document(reference: sent.reference).record.status == .sent, "n: nothing recorded")
        press(controller, "r")
        type(controller, "ack")
        press(controller, "y")
        #expect(try desk.document(reference: sent.reference).record.status == .acknowledged)
        #expect(opened(controller)?.record.status == .acknowledged, "the screen shows it")

        // DSA Art. 16(5): the decision, through the same engine call as `flagdesk record`.
        controller.runCommandLine("record decision removed")
        press(controller, "y")
        let decided = try desk.document(reference: sent.reference)
        #expect(decided.record.status == .decided && decided.record.outcome == .removed)
        #expect(decided.events.filter { $0.action == "record" }.count == 2, "each answer once")
        controller.runCommandLine("record decision maybe")
        #expect(controller.state.message?.text.hasPrefix("no decision 'maybe'") == true)
    }

    @Test func withdrawAsksForAReasonThenConfirmsAndCloseAsks() throws {
        let desk = try makeDesk()
        let drafts = try desk.documents(DocumentFilter(statuses: [.draft, .ready]), limit: 2)
        try #require(drafts.count == 2)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(drafts[0].reference)")
        press(controller, "W")
        #expect(controller.state.prompt?.label == "Why is \(drafts[0].reference) withdrawn? ")
        type(controller, "duplicate of another notice")
        #expect(
            controller.state.prompt?.label.hasPrefix("Withdraw \(drafts[0].reference) (duplicate of another notice)?")
                == true)
        press(controller, "n")
        #expect(try desk.document(reference: drafts[0].reference).record.status != .withdrawn)
        controller.runCommandLine("withdraw duplicate of another notice")
        press(controller, "y")
        let withdrawn = try desk.document(reference: drafts[0].reference).record
        #expect(withdrawn.status == .withdrawn && withdrawn.statusReason == "duplicate of another notice")

        let sent = try #require(try desk.documents(DocumentFilter(statuses: [.sent]), limit: 1).first)
        controller.runCommandLine("document \(sent.reference)")
        press(controller, "Z")
        #expect(controller.state.prompt?.label == "Why is \(sent.reference) closed without a decision? ")
        type(controller, "the platform went offline")
        #expect(controller.state.prompt?.label.hasPrefix("Close \(sent.reference)?") == true)
        press(controller, "n")
        #expect(try desk.document(reference: sent.reference).record.status == .sent)
        controller.runCommandLine("close the platform went offline")
        press(controller, "y")
        let closed = try desk.document(reference: sent.reference).record.status
        #expect(closed == .closed, "\(String(describing: controller.state.message))")
    }

    @Test func enterOnAnItemOpensItsDocumentsAndIGoesBackToTheItems() throws {
        let desk = try makeDesk()
        let document = try #require(try desk.documents(DocumentFilter(statuses: [.sent]), limit: 1).first)
        let item = try #require(try desk.document(reference: document.reference).items.first)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("open \(item.reference)")
        let documents = try desk.detail(reference: item.reference).documents
        controller.handle(.enter)
        if documents.count > 1 {
            let picker = try #require(controller.state.picker)
            #expect(picker.options.map(\.key) == documents.map(\.reference))
            type(controller, document.reference)
        }
        #expect(opened(controller)?.record.reference == document.reference)
        press(controller, "i")
        if controller.state.picker != nil { type(controller, item.reference) }
        guard case .item(let page) = controller.state.screen else {
            Issue.record("i did not open the item")
            return
        }
        #expect(page.detail.item.reference == item.reference)
    }

    @Test func aCoordinatorSeesWhatWaitsForApprovalAndOpensIt() throws {
        let desk = try makeDesk()
        let ready = try desk.documents(DocumentFilter(statuses: [.ready]), limit: 500)
        let controller = try DeskController(desk: desk)
        press(controller, "A")
        if ready.isEmpty {
            #expect(controller.state.message?.text == "nothing waits for your approval")
            return
        }
        let picker = try #require(controller.state.picker)
        #expect(picker.title.hasPrefix("Waiting for my approval (\(ready.count))"))
        #expect(picker.options.map(\.key) == ready.map(\.reference), "personal desk: no four-eyes, all of them")
        controller.handle(.enter)
        #expect(opened(controller)?.record.reference == ready[0].reference)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 80))
        render(controller, on: screen)
        #expect(screen.snapshot().contains("Drafted by \(ready[0].draftedBy)"))
    }

    @Test func theItemViewShowsIndicatorsWithReasonsTheNoteAndTheNoActionReason() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("2"))
        let reference = try #require(controller.state.queue.selectedRow?.item.reference)
        let indicator = try #require(IndicatorCatalog.all.first)
        var request = TriageRequest(reference: reference)
        request.indicators = [IndicatorChoice(key: indicator.key, reason: "same phone number as X-1")]
        request.note = "checked with the hotline"
        _ = try desk.triage(request)
        _ = try desk.closeWithoutAction(reference: reference, reason: "lawful adult sex work")
        controller.runCommandLine("open \(reference)")
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        render(controller, on: screen)
        let text = screen.snapshot()
        #expect(text.contains("No action     lawful adult sex work"))
        #expect(text.contains("✓ \(indicator.label)"))
        #expect(text.contains("same phone number as X-1"))
        #expect(text.contains("Note: checked with the hotline"))
    }

    @Test func searchSaysNotFoundAndHowManyMatch() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        press(controller, "/")
        press(controller, "zzqxnothing")
        #expect(controller.state.message?.text == "not found: no item in this tab matches 'zzqxnothing'")
        controller.handle(.escape)
        press(controller, "/")
        type(controller, "escort")
        let count = try desk.queueCount(.inbox, text: "escort")
        #expect(controller.state.message?.text == "\(count) items in this tab match 'escort'; n next, N previous")
    }
}

/// The words `r` and `:record` take, as `flagdesk record` takes them (no desk needed).
struct AnswerWordsTests {
    @Test func theAnswersParseAsTheCLIsOptionsDo() throws {
        #expect(try DeskController.parseAnswer("ack").acknowledged)
        #expect(try DeskController.parseAnswer("decision age-restricted").decision == .ageRestricted)
        // GDPR Art. 12(3): the day the controller extended its reply time to.
        #expect(
            try DeskController.parseAnswer("extension 2027-01-20").extensionUntil
                == CivilDate(year: 2027, month: 1, day: 20))
        for wrong in ["", "decision", "decision maybe", "extension 20-01-2027", "ack ack", "thanks"] {
            #expect(throws: DeskController.AnswerError.self, "'\(wrong)'") { try DeskController.parseAnswer(wrong) }
        }
    }
}
