import FlagdeskCore
import Foundation

@testable import FlagdeskStore

/// A store in a fresh private temporary folder, sealed with a key file beside it (as `init`
/// leaves a new desk: the key created, the empty store sealed once).
func makeTemporaryStore() throws -> Store {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-store-\(UUID().uuidString)")
    let store = try Store(folder: folder, create: true, sealKeyFile: sealKeyFile(for: folder))
    try store.createSealKey(actor: "test", action: "seal-init")
    return store
}

/// Where `makeTemporaryStore` keeps the seal key of the store in `folder`: beside it.
func sealKeyFile(for folder: URL) -> URL {
    folder.deletingLastPathComponent().appendingPathComponent("\(folder.lastPathComponent).seal.key")
}

let fixedNow = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z

func sampleItem(url: String = "https://example.com/ad/1", explanation: String = "Escort ad with control indicators")
    -> Item
{
    Item(
        url: url, normalizedURL: url, host: "example.com", providerKey: "example",
        category: .protectionOfMinors, keywords: [.humanTrafficking], contentTypes: [.text, .image],
        explanation: explanation, minor: .unknown, source: .hotline, createdAt: fixedNow, createdBy: "alice")
}
