import Foundation
import Testing

@testable import FlagdeskStore

@Suite("Store files")
struct StorePermissionsTests {
    @Test func createsPrivateFolderAndDatabase() throws {
        let store = try makeTemporaryStore()
        let folderMode =
            try FileManager.default.attributesOfItem(atPath: store.folder.path)[.posixPermissions] as? NSNumber
        let fileMode =
            try FileManager.default.attributesOfItem(atPath: store.databaseURL.path)[.posixPermissions] as? NSNumber
        #expect(folderMode?.intValue == 0o700)
        #expect(fileMode?.intValue == 0o600)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func refusesAStoreOthersCanRead() throws {
        let store = try makeTemporaryStore()
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store.folder.path)
        #expect {
            _ = try Store(folder: store.folder, create: false)
        } throws: { error in
            guard case .insecurePermissions(_, let mode, let fix) = error as? StoreError else { return false }
            return mode == "755" && fix.hasPrefix("chmod 700")
        }
    }

    @Test func missingStoreIsNotCreatedUnlessAsked() {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("absent-\(UUID().uuidString)")
        #expect(throws: StoreError.self) { _ = try Store(folder: folder, create: false) }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
