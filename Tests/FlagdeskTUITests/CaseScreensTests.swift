import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// The Cases tab, the case view and the People view (issue #18).
@MainActor
@Suite struct CaseScreensTests {
    func deskWithCases() throws -> (Desk, calm: Case, urgent: Case) {
        let desk = try makeDesk(demo: false, hostile: false)
        func add(_ url: String, threat: Bool = false) throws -> String {
            guard case .added(let item, _) = try desk.add(AddItemRequest(url: url, threatToLife: threat)) else {
                throw EngineError.refused("not added")
            }
            return item.reference
        }
        let calm = try desk.newCase(title: "Calm ring")
        _ = try desk.addToCase(
            calm.reference, items: [try add("https://www.instagram.com/p/1"), try add("https://x.com/a/status/2")])
        let urgent = try desk.newCase(title: "Urgent ring")
        _ = try desk.addToCase(
            urgent.reference,
            items: [
                try add("https://www.instagram.com/p/3"), try add("https://www.tiktok.com/@a/video/4", threat: true),
                try add("https://x.com/b/status/5"),
            ])
        return (desk, calm, urgent)
    }

    @Test func theCasesTabPutsThreatToLifeFirstAndOpensACaseByProvider() throws {
        let (desk, calm, urgent) = try deskWithCases()
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 100))
        controller.handle(.rune("C"))
        render(controller, on: screen)
        let text = screen.snapshot()
        let urgentLine = try #require(text.firstRange(of: urgent.reference))
        let calmLine = try #require(text.firstRange(of: calm.reference))
        #expect(urgentLine.lowerBound < calmLine.lowerBound)
        #expect(text.contains("LIFE"))
        controller.handle(.enter)
        render(controller, on: screen)
        #expect(screen.snapshot().contains("Case \(urgent.reference)  Urgent ring"))
        for provider in ["Instagram (1)", "TikTok (1)", "X (1)"] { #expect(screen.snapshot().contains(provider)) }
        controller.handle(.rune("n"))
        #expect(controller.state.message?.text.hasPrefix("drafted 3 notice(s), one per provider") == true)
        render(controller, on: screen)
        #expect(screen.snapshot().contains("Documents"))
        #expect(try desk.caseDetail(reference: urgent.reference).documents.count == 3)
    }

    @Test func casesAreBuiltFromTheCommandLineWithMarks() throws {
        let (desk, _, _) = try deskWithCases()
        guard case .added(let loose, _) = try desk.add(AddItemRequest(url: "https://www.vinted.com/items/9")) else {
            throw EngineError.refused("not added")
        }
        let controller = try DeskController(desk: desk)
        controller.runCommandLine("case-new Desk ring")
        let message = try #require(controller.state.message?.text)
        let reference = try #require(message.split(separator: ";").first?.split(separator: " ").last)
        controller.runCommandLine("search \(loose.reference)")
        controller.handle(.rune(" "))
        controller.runCommandLine("case-add \(reference)")
        #expect(controller.state.message?.text.contains("1 added") == true)
        #expect(try desk.detail(reference: loose.reference).item.caseID != nil)
    }

    @Test func thePeopleViewShowsPseudonymsAndMandatesNeverSealedValues() throws {
        let desk = try makeDesk(demo: false, hostile: false)
        var request = PersonRequest(pseudonym: "Victim A-17")
        request.mandateScopes = [.erasure]
        request.mandateExpiresOn = CivilDate(fixedNow, in: desk.zone).adding(days: 12)
        request.wishes = ["no contact by phone"]
        _ = try desk.recordPerson(request)
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 24, columns: 120))
        controller.handle(.rune("P"))
        render(controller, on: screen)
        #expect(screen.snapshot().contains("Victim A-17"))
        #expect(screen.snapshot().contains("(12d)"))
        #expect(screen.snapshot().contains("no contact by phone"))
        // The mandate also shows on the deadlines screen.
        controller.handle(.rune("D"))
        render(controller, on: screen)
        #expect(screen.snapshot().contains("mandate of Victim A-17"))
    }
}
