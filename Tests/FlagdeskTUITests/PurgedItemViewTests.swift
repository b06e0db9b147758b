import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// A purged item on the item screen and in the queue's preview: what was erased and when, never
/// an empty URL line or a dash that passes for "no explanation given".
@MainActor
struct PurgedItemViewTests {
    @Test func theItemScreenAndThePreviewSayWhatWasErasedAndWhen() throws {
        let desk = try makeDesk(demo: false, hostile: false)
        guard
            case .added(let item, _) = try desk.add(
                AddItemRequest(url: "https://www.example.test/p/numbat-7", explanation: "numbat sighting by her cousin")
            )
        else {
            Issue.record("not added")
            return
        }
        _ = try desk.closeWithoutAction(reference: item.reference, reason: "not illegal")
        let later = ISO8601.parseInstant("2033-01-02T10:00:00Z")!
        let reopened = try Desk.open(
            DeskOptions(
                configPath: nil, storePath: desk.store.folder.path, now: later,
                environment: [
                    "HOME": desk.store.folder.deletingLastPathComponent().path,
                    "FLAGDESK_SEAL_KEY": try #require(desk.store.sealKeyFile).path,
                ],
                process: AccountNamed(login: "alice")))
        _ = try reopened.purge(dryRun: false)
        let detail = try reopened.detail(reference: item.reference)
        let lines = ItemView(page: ItemPage(detail: detail), context: ViewContext(desk: reopened)).lines(width: 100)
            .map(\.text)
        let text = lines.joined(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("Purged") && $0.contains("URL, explanation and triage notes erased") })
        #expect(text.contains("erased by the retention purge"))
        #expect(!text.contains("numbat") && !text.contains("cousin") && !lines.contains { $0.hasPrefix("URL") })
        #expect(ItemText.purged(detail.item, zone: reopened.zone)?.hasPrefix("2033-01-02") == true)
        #expect(ItemText.purged(item, zone: desk.zone) == nil, "as added, before the purge")
    }
}
