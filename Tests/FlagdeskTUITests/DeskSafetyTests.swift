import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// Issue #17, "Irreversible actions ask, and nothing typed is lost": each key that changes state
/// shows its question, "n" changes nothing (read back through the engine), "y" does it once.
@MainActor
struct DeskSafetyTests {
    func press(_ controller: DeskController, _ text: String) {
        for scalar in text.unicodeScalars { controller.handle(.rune(scalar)) }
    }

    func promptLabel(_ controller: DeskController) -> String? { controller.state.prompt?.label }

    /// A sent document of the demo with no reminder waiting, and one of its items.
    func sentNotice(_ desk: Desk) throws -> DocumentRecord {
        let sent = try desk.documents(DocumentFilter(statuses: [.sent]), limit: 200)
        return try #require(
            sent.first { record in
                (try? desk.documents(
                    DocumentFilter(statuses: [.draft, .ready, .approved], kinds: [.reminder], parentID: record.id),
                    limit: 1))?.isEmpty == true
            }, "the demo has a sent document without a reminder")
    }

    func reminders(of parent: DocumentRecord, _ desk: Desk) throws -> Int {
        try desk.documents(DocumentFilter(kinds: [.reminder], parentID: parent.id), limit: 100).count
    }

    @Test func holdAsksNoChangesNothingYesHoldsOnce() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("2"))  // Triage: new items, none on hold
        let reference = try #require(controller.state.queue.selectedRow?.item.reference)
        let events = try desk.detail(reference: reference).events.count

        press(controller, "H")
        #expect(promptLabel(controller)?.hasPrefix("Put \(reference) on LEA hold?") == true)
        press(controller, "n")
        #expect(controller.state.prompt == nil)
        #expect(controller.state.message?.text == "cancelled")
        #expect(try desk.detail(reference: reference).item.leaHold == false, "n changed nothing")
        #expect(try desk.detail(reference: reference).events.count == events)

        press(controller, "H")
        press(controller, "y")
        #expect(try desk.detail(reference: reference).item.leaHold, "y held it")
        #expect(try desk.detail(reference: reference).events.count == events + 1, "once")

        controller.runCommandLine("hold \(reference)")
        #expect(promptLabel(controller)?.hasPrefix("Release \(reference) from the LEA hold?") == true)
        press(controller, "y")
        #expect(try desk.detail(reference: reference).item.leaHold == false)
    }

    @Test func whileTheTerminalIsTooSmallKeysDoNothingButQQuits() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("2"))
        let reference = try #require(controller.state.queue.selectedRow?.item.reference)
        controller.screenSize = TerminalSize(rows: 10, columns: 40)
        press(controller, "jHtcX:")
        #expect(controller.state.prompt == nil && controller.state.picker == nil)
        if case .queue = controller.state.screen {} else { Issue.record("a key acted on a hidden screen") }
        #expect(controller.state.queue.selectedRow?.item.reference == reference, "j did not move either")
        #expect(try desk.detail(reference: reference).item.leaHold == false)
        press(controller, "q")
        #expect(controller.isFinished)
    }

    @Test func leavingAChangedTriageFormAsksFirst() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("2"))
        let reference = try #require(controller.state.queue.selectedRow?.item.reference)
        let before = try desk.detail(reference: reference).item

        // Unchanged: q leaves at once.
        press(controller, "t")
        press(controller, "q")
        if case .queue = controller.state.screen {} else { Issue.record("an unchanged form did not close") }

        // Threat to life ticked, then q, Esc and C-c: each asks, n keeps the form and its change.
        press(controller, "t")
        let threat = try #require(TriageForm.fields.firstIndex(of: .threatToLife))
        for _ in 0..<threat { press(controller, "j") }
        controller.handle(.enter)
        for key in [Key.rune("q"), .escape, .control("c")] {
            controller.handle(key)
            #expect(promptLabel(controller)?.hasPrefix("Discard the unsaved triage of \(reference)?") == true)
            press(controller, "n")
            guard case .triage(let form) = controller.state.screen else {
                Issue.record("n left the form")
                return
            }
            #expect(form.threatToLife != before.threatToLife, "the change is kept")
        }
        press(controller, "q")
        press(controller, "y")
        if case .queue = controller.state.screen {} else { Issue.record("y did not discard") }
        #expect(try desk.detail(reference: reference).item == before, "nothing was saved")
    }

    @Test func sendAsksAndMarksSentOnce() throws {
        let desk = try makeDesk(config: organisationConfig)
        let approved = try #require(try desk.documents(DocumentFilter(statuses: [.approved]), limit: 1).first)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(approved.reference)")
        // s asks how (a picker), when (Enter: now), then the question.
        press(controller, "s")
        press(controller, "manual")
        controller.handle(.enter)
        controller.handle(.enter)
        #expect(promptLabel(controller)?.hasPrefix("Mark \(approved.reference) as sent by you") == true)
        press(controller, "n")
        #expect(try desk.document(reference: approved.reference).record.status == .approved, "n: not sent")
        controller.runCommandLine("send manual now")
        press(controller, "y")
        let sent = try desk.document(reference: approved.reference)
        #expect(sent.record.status == .sent, "\(String(describing: controller.state.message))")
        #expect(sent.events.filter { $0.action == "send" }.count == 1, "sent once")
    }

    @Test func exportAsksBeforeReplacingAFile() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        controller.exportFolder = folder
        let document = try #require(try desk.documents(DocumentFilter(), limit: 1).first)
        controller.runCommandLine("document \(document.reference)")
        let file = folder.appendingPathComponent("\(document.reference).txt")

        press(controller, "x")  // no file yet: written without a question
        #expect(controller.state.prompt == nil)
        let text = try String(contentsOf: file, encoding: .utf8)
        try "kept".write(to: file, atomically: true, encoding: .utf8)
        press(controller, "x")
        #expect(promptLabel(controller) == "\(file.path) exists: replace it? [y/N] ")
        press(controller, "n")
        #expect(try String(contentsOf: file, encoding: .utf8) == "kept", "n: the file is untouched")
        press(controller, "x")
        press(controller, "y")
        #expect(try String(contentsOf: file, encoding: .utf8) == text, "y: replaced")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func remindMarkedDraftsOneReminderPerDocumentNeverASecond() throws {
        let desk = try makeDesk()
        let notice = try sentNotice(desk)
        let items = try desk.document(reference: notice.reference).items.map(\.reference)
        let controller = try DeskController(desk: desk)
        controller.state.queue.marks = Set(items)
        controller.runCommandLine("remind-marked")
        press(controller, "n")
        #expect(try reminders(of: notice, desk) == 0, "n: nothing drafted")
        controller.runCommandLine("remind-marked")
        press(controller, "y")
        #expect(try reminders(of: notice, desk) == 1)
        // Item by item, as hold and export of marked items report.
        let drafted = try #require(controller.state.picker)
        #expect(drafted.title.contains("\(items.count) marked items: \(items.count) done, 0 not"), "\(drafted.title)")
        #expect(drafted.options.map(\.key) == items.sorted())
        #expect(
            drafted.options.allSatisfy {
                $0.note?.contains("drafted F-") == true && $0.note?.contains(notice.reference) == true
            })
        controller.handle(.escape)
        controller.runCommandLine("remind-marked")
        press(controller, "y")
        #expect(try reminders(of: notice, desk) == 1, "a ready reminder is not drafted again")
        let again = try #require(controller.state.picker)
        #expect(again.title.contains("0 done"), "\(again.title)")
        #expect(again.options.allSatisfy { $0.note?.contains("already drafted for \(notice.reference)") == true })
    }

    @Test func draftNextOffersBothDocumentsOfALadderStepAndNeverDraftsTwice() throws {
        let desk = try makeDesk()
        let notice = try sentNotice(desk)
        let controller = try DeskController(desk: desk)
        controller.handle(.rune("D"))
        guard case .deadlines(var page) = controller.state.screen else {
            Issue.record("D did not open the deadlines")
            return
        }
        // A ladder step proposing two documents, as kinds (issue #17: "reminder, dpa-complaint"
        // once crossed as one string and `d` failed).
        var row = try #require(page.rows.first)
        row.documentReference = notice.reference
        row.nextSteps = [.reminder, .dsaComplaint]
        page.rows = [row]
        page.selected = 0
        controller.state.screen = .deadlines(page)
        press(controller, "d")
        let picker = try #require(controller.state.picker)
        #expect(picker.options.map(\.key) == ["reminder", "dsa-complaint"])
        controller.handle(.enter)
        guard case .compose(let drafted) = controller.state.screen else {
            Issue.record("no reminder drafted: \(String(describing: controller.state.message))")
            return
        }
        #expect(drafted.view.record.kind == .reminder)
        #expect(try reminders(of: notice, desk) == 1)
        press(controller, "q")
        press(controller, "d")
        controller.handle(.enter)
        #expect(try reminders(of: notice, desk) == 1, "the ready reminder is opened, not drafted again")
        #expect(controller.state.message?.text.contains("already drafted") == true)
    }
}
