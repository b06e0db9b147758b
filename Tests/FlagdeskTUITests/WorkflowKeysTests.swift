import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// Issue #17, "The whole workflow from the desk": adding an item, `s` asking how and when a
/// document was sent, commands on the marked items (mutt's `;`), and a validation panel that
/// names only fields `e` can set.
@MainActor
struct WorkflowKeysTests {
    func press(_ controller: DeskController, _ text: String) {
        for scalar in text.unicodeScalars { controller.handle(.rune(scalar)) }
    }

    func type(_ controller: DeskController, _ text: String) {
        press(controller, text)
        controller.handle(.enter)
    }

    /// Empties the bottom line's editor (C-u, as readline).
    func clearLine(_ controller: DeskController) {
        controller.handle(.end)
        for _ in 0..<80 { controller.handle(.backspace) }
    }

    // MARK: s: how and when

    @Test func sendAsksHowAndWhenAndRecordsAnEarlierTimeBesideTheRecordingTime() throws {
        let desk = try makeDesk(config: organisationConfig)
        let approved = try #require(try desk.documents(DocumentFilter(statuses: [.approved]), limit: 1).first)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(approved.reference)")
        press(controller, "s")
        let picker = try #require(controller.state.picker)
        #expect(picker.title == "How was \(approved.reference) sent?")
        #expect(picker.options.map(\.key) == SendChannel.allCases.map(\.rawValue), "the channels of send --via")
        type(controller, "manual")
        #expect(controller.state.prompt?.label.hasPrefix("When was \(approved.reference) sent?") == true)
        #expect(controller.state.prompt?.editor.text == "now", "the default is now")

        // Never later than now: refused before any question, the typed time kept.
        clearLine(controller)
        type(controller, "2026-11-24 10:00")
        #expect(controller.state.message?.text.contains("later than now") == true)
        #expect(controller.state.prompt?.editor.text == "2026-11-24 10:00", "what was typed is kept")
        clearLine(controller)
        type(controller, "2026-11-20 10:30")
        #expect(
            controller.state.prompt?.label.hasPrefix(
                "Mark \(approved.reference) as sent by you, outside Flagdesk, on 2026-11-20 10:30 UTC (recorded now)?")
                == true)
        press(controller, "n")
        #expect(try desk.document(reference: approved.reference).record.status == .approved, "n: not sent")

        controller.runCommandLine("send manual 2026-11-20 10:30")
        press(controller, "y")
        let sent = try desk.document(reference: approved.reference)
        #expect(sent.record.status == .sent, "\(String(describing: controller.state.message))")
        #expect(
            sent.record.sentAt == ISO8601.parseInstant("2026-11-20T10:30:00Z"), "the time typed is the sending time")
        let sends = sent.events.filter { $0.action == "send" }
        #expect(sends.count == 1, "sent once")
        #expect(sends.first?.at == fixedNow, "the trail records when it was recorded")
        #expect(sends.first?.payload.contains("2026-11-20T10:30:00Z") == true, "and the time typed beside it")
    }

    @Test func sendingNowAsksOnceAndTheEngineRefusesALaterTime() throws {
        let desk = try makeDesk(config: organisationConfig)
        let approved = try desk.documents(DocumentFilter(statuses: [.approved]), limit: 2)
        try #require(approved.count == 2)
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(approved[0].reference)")
        press(controller, "s")
        type(controller, "manual")
        controller.handle(.enter)
        #expect(
            controller.state.prompt?.label.hasPrefix(
                "Mark \(approved[0].reference) as sent by you, outside Flagdesk, now?")
                == true)
        press(controller, "y")
        let sent = try desk.document(reference: approved[0].reference).record
        #expect(sent.status == .sent && sent.sentAt == fixedNow)
        // The engine holds the rule for both fronts (`flagdesk send --at`).
        #expect(throws: EngineError.self) {
            try desk.send(
                reference: approved[1].reference, via: .manual, sentAt: fixedNow.addingTimeInterval(60))
        }
        #expect(try desk.document(reference: approved[1].reference).record.status == .approved)
    }

    // MARK: ; on the marked items

    @Test func holdOnTheMarkedItemsAsksOnceAndReportsItemByItem() throws {
        let desk = try makeDesk()
        let controller = try DeskController(desk: desk)
        // Three new items, none on hold yet (the demo holds some).
        let marked = try desk.items(ItemFilter(statuses: [.new]), limit: 100).filter { !$0.leaHold }.prefix(3)
            .map(\.reference).sorted()
        try #require(marked.count == 3)
        controller.state.queue.marks = Set(marked)
        _ = try desk.hold(reference: marked[0])
        press(controller, ";H")
        #expect(controller.state.prompt?.label.hasPrefix("Hold 3 marked items?") == true)
        press(controller, "n")
        #expect(try !desk.detail(reference: marked[1]).item.leaHold, "n holds nothing")
        press(controller, ";H")
        press(controller, "y")
        for reference in marked { #expect(try desk.detail(reference: reference).item.leaHold) }
        let report = try #require(controller.state.picker)
        #expect(report.options.map(\.key) == marked, "one line per item")
        #expect(report.options[0].note == "already on LEA hold")
        #expect(report.options[1].label.hasPrefix("✓"))
        let holds = try marked.map { try desk.detail(reference: $0).events.filter { $0.action == "hold" }.count }
        #expect(holds == [1, 1, 1], "each held once")
        controller.handle(.escape)
        press(controller, ";q")
        #expect(controller.state.message?.text.contains("does nothing to marked items") == true)
    }

    @Test func exportOfTheMarkedItemsKeepsExistingFiles() throws {
        let desk = try makeDesk()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let controller = try DeskController(desk: desk)
        controller.exportFolder = folder
        let withDocument = try #require(
            try desk.documents(DocumentFilter(statuses: [.sent]), limit: 1).first.flatMap {
                try desk.document(reference: $0.reference).items.first?.reference
            })
        let documents = try desk.detail(reference: withDocument).documents
        try "kept".write(
            to: folder.appendingPathComponent("\(documents[0].reference).txt"), atomically: true, encoding: .utf8)
        controller.state.queue.marks = [withDocument]
        press(controller, ";x")
        #expect(controller.state.prompt?.label.hasPrefix("Export the documents of 1 marked items") == true)
        press(controller, "y")
        let report = try #require(controller.state.picker)
        #expect(report.options.count == documents.count)
        #expect(report.options[0].note?.hasSuffix("exists: kept") == true)
        #expect(
            try String(contentsOf: folder.appendingPathComponent("\(documents[0].reference).txt"), encoding: .utf8)
                == "kept")
    }

    // MARK: a: add an item

    @Test func addingAnItemRefusesBadInputKeepingWhatWasTyped() throws {
        let desk = try makeDesk(demo: false, hostile: false)
        let controller = try DeskController(desk: desk)
        press(controller, "a")
        guard case .add = controller.state.screen else {
            Issue.record("a did not open the form")
            return
        }
        controller.handle(.enter)
        type(controller, "ftp://example.org/x")
        press(controller, "j")
        press(controller, "j")
        controller.handle(.enter)
        type(controller, "Directive 2011/36/EU Art. 2")
        press(controller, "s")
        #expect(controller.state.message?.text.hasPrefix("URL 'ftp://example.org/x' refused") == true)
        guard case .add(let kept) = controller.state.screen else {
            Issue.record("a refusal left the form")
            return
        }
        #expect(kept.url == "ftp://example.org/x" && kept.legalBasis == "Directive 2011/36/EU Art. 2")
        press(controller, "gg")
        controller.handle(.enter)
        clearLine(controller)
        type(controller, "https://www.instagram.com/p/desk-added")
        press(controller, "s")
        let added = try desk.items(ItemFilter(), limit: 10)
        #expect(added.count == 1, "\(String(describing: controller.state.message))")
        let item = try #require(added.first)
        #expect(item.legalBasis == "Directive 2011/36/EU Art. 2")
        #expect(controller.state.message?.text == "added \(item.reference) (www.instagram.com); t triages it")
        if case .queue = controller.state.screen {} else { Issue.record("not back on the queue") }

        press(controller, "a")
        controller.handle(.enter)
        type(controller, "https://www.instagram.com/p/desk-added")
        press(controller, "s")
        #expect(controller.state.message?.text.contains("already on record as \(item.reference)") == true)
        press(controller, "q")
        #expect(controller.state.prompt?.label.hasPrefix("Discard the new item typed here?") == true)
        press(controller, "n")
        if case .add = controller.state.screen {} else { Issue.record("n left the form") }
    }

    // MARK: The validation panel

    @Test func thePanelNamesOnlyFieldsEditCanSet() {
        for kind in DocumentKind.allCases {
            let settable = Set(DocumentFields.fields(of: kind).map(\.key))
            for key in ElementSource.fieldsSetting.keys.sorted() + ElementSource.places.keys.sorted() {
                let element = MissingElement(key: key, label: key, article: "", hint: "")
                if case .fields(let names) = ElementSource.of(element, kind: kind) {
                    #expect(names.allSatisfy(settable.contains), "\(kind): \(names)")
                }
            }
        }
        let notifier = MissingElement(key: "notifier-name", label: "", article: "", hint: "")
        #expect(
            ElementSource.of(notifier, kind: .dsaNotice) == .elsewhere("set in the configuration: [organisation] name"))
        let urls = MissingElement(key: "urls", label: "", article: "", hint: "")
        #expect(ElementSource.of(urls, kind: .dsaNotice) == .fields(["url"]))
    }

    @Test func aDraftCompletedInTheConfigurationIsReadyWhenShownAgain() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-reval-\(UUID().uuidString)")
        let configFolder = home.appendingPathComponent("config/flagdesk")
        try FileManager.default.createDirectory(at: configFolder, withIntermediateDirectories: true)
        func open() throws -> Desk {
            try Desk.open(
                DeskOptions(
                    configPath: nil, storePath: home.appendingPathComponent("store").path, now: fixedNow,
                    environment: [
                        "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
                        "XDG_DATA_HOME": home.appendingPathComponent("data").path, "TZ": "UTC",
                    ], createStore: true, newDesk: NewDesk(simulatedClock: true),
                    process: AccountNamed(login: "alice")))
        }
        var desk = try open()
        guard
            case .added(let item, _) = try desk.add(
                AddItemRequest(
                    url: "https://www.instagram.com/p/reval", category: .illegalOrHarmfulSpeech,
                    contentTypes: [.text], explanation: "Advert offering women; a third person arranges contact",
                    legalBasis: "Directive 2011/36/EU Art. 2", source: .hotline))
        else { throw EngineError.refused("not added") }
        var triage = TriageRequest(reference: item.reference)
        triage.category = .illegalOrHarmfulSpeech
        _ = try desk.triage(triage)
        let draft = try desk.draft(
            DraftRequest(
                kind: .dsaNotice, items: [item.reference], settings: [try FieldSetting(parsing: "bona-fide=yes")]))
        #expect(draft.record.status == .draft)
        #expect(draft.missing.map(\.key).sorted() == ["notifier-email", "notifier-name", "sender-signatory"])
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("document \(draft.record.reference)")
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 100))
        render(controller, on: screen)
        #expect(screen.snapshot().contains("— set in the configuration: [organisation] name"))
        #expect(!screen.snapshot().contains("notifier-name="), "no field e cannot set is named")

        try organisationConfig.write(
            to: configFolder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        desk = try open()
        #expect(try desk.document(reference: draft.record.reference).record.status == .draft, "reading changes nothing")
        let reopened = try DeskController(desk: desk)
        reopened.runCommandLine("document \(draft.record.reference)")
        #expect(try desk.document(reference: draft.record.reference).record.status == .ready)
        guard case .compose(let page) = reopened.state.screen else {
            Issue.record("the document did not open")
            return
        }
        #expect(page.view.record.status == .ready && page.view.missing.isEmpty)
    }
}
