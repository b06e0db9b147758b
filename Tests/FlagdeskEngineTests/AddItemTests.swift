import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

@Suite("Intake: add")
struct AddItemTests {
    private func added(_ outcome: AddOutcome) throws -> Item {
        guard case .added(let item, _) = outcome else {
            Issue.record("expected an added item, got \(outcome)")
            throw EngineError.refused("not added")
        }
        return item
    }

    @Test func addsWithNormalisedURLProviderAndPriority() throws {
        let desk = try makeDesk()
        let item = try added(
            try desk.add(
                AddItemRequest(
                    url: "  HTTPS://M.Facebook.COM:443/some/ad?id=1#top ", category: .violence,
                    keywords: [.humanTrafficking], threatToLife: true, source: .hotline)))
        #expect(item.reference == "FD-2026-000001")
        #expect(item.normalizedURL == "https://m.facebook.com/some/ad?id=1")
        #expect(item.host == "m.facebook.com")
        #expect(item.providerKey != nil, "m.facebook.com resolves by suffix to the provider of facebook.com")
        #expect(item.priority == .urgent)
        #expect(item.status == .new)
        #expect(item.createdBy == "alice" || !item.createdBy.isEmpty)
        let detail = try desk.detail(reference: "fd-2026-000001")
        #expect(detail.events.map(\.action) == ["add"])
        #expect(!detail.events[0].payload.contains("/some/ad"), "audit payloads reference records, not content")
    }

    @Test func duplicateURLIsRefusedUnlessForcedAndThenLinked() throws {
        let desk = try makeDesk()
        let first = try added(try desk.add(AddItemRequest(url: "https://example.org/a")))
        let again = try desk.add(AddItemRequest(url: "https://EXAMPLE.org/a#fragment"))
        #expect(again == .alreadyOnRecord(first))
        #expect(try desk.itemCount(ItemFilter()) == 1, "nothing was stored")
        let forced = try added(try desk.add(AddItemRequest(url: "https://example.org/a", force: true)))
        #expect(forced.duplicateOf == first.id)
        #expect(try desk.detail(reference: forced.reference).duplicateOfReference == first.reference)
    }

    @Test func badURLIsRefusedAsBadInput() throws {
        let desk = try makeDesk()
        #expect(throws: EngineError.self) { try desk.add(AddItemRequest(url: "javascript:alert(1)")) }
        do {
            _ = try desk.add(AddItemRequest(url: "not a url"))
            Issue.record("accepted a malformed URL")
        } catch {
            #expect(error.exitCode == 65)
        }
        #expect(try desk.itemCount(ItemFilter()) == 0)
    }

    @Test func evidenceIsCopiedAndRecorded() throws {
        let desk = try makeDesk()
        let file = try writeTemporaryFile("screenshot bytes")
        guard
            case .added(let item, let evidence) = try desk.add(
                AddItemRequest(url: "https://example.org/e", evidenceFiles: [file]))
        else {
            Issue.record("not added")
            return
        }
        #expect(evidence.count == 1)
        #expect(evidence[0].originalName == "capture.png")
        #expect(evidence[0].mediaType == "image/png")
        #expect(evidence[0].size == 16)
        #expect(try String(contentsOf: file, encoding: .utf8) == "screenshot bytes", "the original is untouched")
        let detail = try desk.detail(reference: item.reference)
        #expect(detail.evidence == evidence)
        #expect(detail.events.map(\.action) == ["add", "add"])
        #expect(try desk.verify().isIntact)
    }

    @Test func missingEvidenceFileLosesNothing() throws {
        let desk = try makeDesk()
        let before = try desk.verify().chain
        do {
            _ = try desk.add(
                AddItemRequest(
                    url: "https://example.org/x", evidenceFiles: [URL(fileURLWithPath: "/nonexistent/shot.png")]))
            Issue.record("accepted a missing evidence file")
        } catch {
            #expect(error.exitCode == 66)
            #expect(error.description.contains("/nonexistent/shot.png"))
        }
        #expect(try desk.itemCount(ItemFilter()) == 0)
        // Not one event (nor seal) more: the trail is as it was.
        #expect(try desk.verify().chain == before)
        #expect(try recordedEvents(desk) == 1)  // the desk's creation
    }

    @Test func unknownReferenceIsRefused() throws {
        let desk = try makeDesk()
        #expect(throws: EngineError.refused("no item FD-2026-999999 in this store")) {
            try desk.detail(reference: "FD-2026-999999")
        }
    }
}
