import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Demo desk")
struct DemoDeskTests {
    @Test func fillsAnEmptyStoreWithAVariedDeterministicDesk() throws {
        let desk = try makeDesk()
        let summary = try desk.fillDemo()
        #expect(summary.items >= 200)
        #expect(try desk.itemCount(ItemFilter()) == summary.items)
        for status in ItemStatus.allCases {
            #expect((summary.byStatus[status] ?? 0) > 0, "demo has items in status \(status)")
            #expect(try desk.itemCount(ItemFilter(statuses: [status])) == summary.byStatus[status])
        }
        let providers = Set(try desk.items(ItemFilter(), limit: 1000).compactMap(\.providerKey))
        #expect(providers.count >= 5)
        #expect(try desk.verify().isIntact)
        let again = try makeDesk()
        #expect(try again.fillDemo() == summary, "same seed, same desk")
    }

    @Test func holdsDocumentsInEveryStateWithOverdueDeadlinesAndFrozenText() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo()
        let documents = try desk.documents(DocumentFilter(), limit: 10_000)
        for status in DocumentStatus.allCases {
            #expect(documents.contains { $0.status == status }, "demo has a \(status.rawValue) document")
        }
        for kind: DocumentKind in [.dsaNotice, .leaReferral, .preservationRequest, .reminder] {
            #expect(documents.contains { $0.kind == kind }, "demo has a \(kind.rawValue)")
        }
        for sent in documents where sent.status.hasBeenSent {
            #expect(sent.frozen != nil)
        }
        #expect(!(try desk.deadlines(DeadlineQuery(overdueOnly: true))).isEmpty, "some deadlines are overdue")
        #expect(try desk.escalate(dryRun: true).proposals.isEmpty, "the demo already drafted what the ladder asks")
        #expect(try desk.verify().isIntact)
    }

    @Test func lawfulAdultSexWorkIsNeverFlagged() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo()
        let closed = try desk.items(ItemFilter(statuses: [.noAction]), limit: 1000)
        #expect(!closed.isEmpty)
        for item in closed {
            #expect(item.category == nil)
            let trafficking = item.keywords.contains { $0.isTrafficking }
            #expect(!trafficking)
        }
    }

    @Test func refusesANonEmptyStore() throws {
        let desk = try makeDesk()
        _ = try desk.add(AddItemRequest(url: "https://example.org/a"))
        #expect(throws: EngineError.self) { try desk.fillDemo() }
    }
}
