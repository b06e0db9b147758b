import FlagdeskCore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine
@testable import FlagdeskStore

/// `flagdesk backup` and `flagdesk restore`: a demo desk goes out and comes back equal; a
/// tampered backup is refused with what failed; an open writer does not stop a backup.
@Suite("Backup and restore")
struct BackupRestoreTests {
    /// What must survive a round trip.
    struct Fingerprint: Equatable {
        var items: Int
        var documents: Int
        var chain: ChainVerdict
        var evidence: [String]
        var heldFiles: [String: String]
    }

    private func fingerprint(_ desk: Desk) throws -> Fingerprint {
        let (items, documents, evidence) = try desk.store.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM items") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0,
                try String.fetchAll(db, sql: "SELECT sha256 FROM evidence WHERE purged_at IS NULL ORDER BY id")
            )
        }
        var held: [String: String] = [:]
        for hash in Set(evidence) {
            held[hash] = desk.evidenceFiles.hashOfHeldFile(sha256: hash)
        }
        return Fingerprint(
            items: items, documents: documents, chain: try desk.verify().chain, evidence: evidence, heldFiles: held)
    }

    /// Another process's view of `store`, holding the seal key of the desk that was backed up
    /// (`sealKeyFile`: a backup never carries it).
    private func restoreOptions(store: URL, sealKeyFile: URL?, as login: String = "alice") -> DeskOptions {
        let home = temporaryFolder("home")
        var environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("c").path, "USER": login,
        ]
        environment["FLAGDESK_SEAL_KEY"] = sealKeyFile?.path
        return DeskOptions(configPath: nil, storePath: store.path, now: fixedNow, environment: environment)
    }

    private func demoBackup() throws -> (desk: Desk, backup: URL) {
        let desk = try makeDesk()
        _ = try desk.fillDemo(count: 60)
        let backup = temporaryFolder("backups").appendingPathComponent("monday")
        _ = try desk.backup(to: backup)
        return (desk, backup)
    }

    private func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func aDemoDeskComesBackEqual() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo(count: 60)
        let original = try fingerprint(desk)
        let backup = temporaryFolder("backups").appendingPathComponent("monday")
        let written = try desk.backup(to: backup)
        #expect(written.manifest.evidence.count == original.heldFiles.count)
        let target = temporaryFolder("restored").appendingPathComponent("store")
        let report = try StoreRestore.restore(
            from: backup, options: restoreOptions(store: target, sealKeyFile: desk.store.sealKeyFile))
        #expect(report.verification.verifies)
        let copy = try Desk.open(restoreOptions(store: target, sealKeyFile: desk.store.sealKeyFile))
        // Counts, the chain up to its head and every evidence hash; the original has since
        // recorded the backup itself.
        #expect(try fingerprint(copy) == original)
        #expect(try copy.verify().isIntact)
        #expect(try mode(target) == 0o700)
        #expect(try mode(target.appendingPathComponent("flagdesk.sqlite")) == 0o600)
    }

    @Test func theBackupIsPrivateCheckedAndHoldsNoKeyFile() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo(count: 30)
        let keyFile = desk.store.folder.appendingPathComponent("flagdesk.key")
        try Data("secret key material".utf8).write(to: keyFile)
        let backup = temporaryFolder("backups").appendingPathComponent("b")
        let report = try desk.backup(to: backup)
        #expect(report.verification.verifies)
        #expect(report.verification.integrity == ["ok"])
        #expect(report.verification.evidenceVerified == report.manifest.evidence.count)
        #expect(report.keyFileNote.contains("back up the key file separately"))
        #expect(try mode(backup) == 0o700)
        let walker = try #require(FileManager.default.enumerator(atPath: backup.path))
        var names: [String] = []
        while let relative = walker.nextObject() as? String {
            let url = backup.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
            #expect(try mode(url) == (isFolder.boolValue ? 0o700 : 0o600), "\(relative)")
            names.append(relative)
        }
        #expect(!names.contains { $0.contains("key") })
        #expect(names.contains("manifest.json") && names.contains("flagdesk.sqlite"))
        #expect(!names.contains { $0.hasSuffix("-wal") || $0.hasSuffix("-journal") })
    }

    /// DSA Art. 22(6)-(7): the trail must prove who took a copy of everything. The record is
    /// written before the manifest that makes the copy restorable; when it cannot be written,
    /// no restorable copy is left behind.
    @Test func theTrailRecordsTheBackupBeforeTheCopyIsRestorable() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo(count: 10)
        let backup = temporaryFolder("backups").appendingPathComponent("ordered")
        var manifestExistedAtRecording: Bool?
        _ = try desk.store.backup(
            to: backup, by: "alice", at: fixedNow,
            beforeManifest: { _ in
                manifestExistedAtRecording = FileManager.default.fileExists(
                    atPath: backup.appendingPathComponent(BackupManifest.fileName).path)
            })
        #expect(manifestExistedAtRecording == false)

        let failed = temporaryFolder("backups").appendingPathComponent("failed")
        struct TrailUnwritable: Error {}
        #expect(throws: StoreError.self) {
            _ = try desk.store.backup(
                to: failed, by: "alice", at: fixedNow, beforeManifest: { _ in throw TrailUnwritable() })
        }
        #expect(!FileManager.default.fileExists(atPath: failed.appendingPathComponent(BackupManifest.fileName).path))
        #expect(BackupFiles.isAbsentOrEmpty(failed))

        let recorded = temporaryFolder("backups").appendingPathComponent("recorded")
        let report = try desk.backup(to: recorded)
        let last = try desk.store.read { db in try AuditTrail.events(entity: "store", entityID: "backup", in: db) }.last
        #expect(last?.payload.contains(report.manifest.database.sha256) == true, "\(String(describing: last))")
    }

    /// Long work says how far it has come: each stage of a backup reports, in order.
    @Test func aBackupReportsItsProgressByStage() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo(count: 10)
        final class Stages: @unchecked Sendable {
            var seen: [String] = []
        }
        let stages = Stages()
        let watch: ProgressReport = { progress in
            if stages.seen.last != progress.stage { stages.seen.append(progress.stage) }
        }
        _ = try desk.backup(to: temporaryFolder("backups").appendingPathComponent("p"), progress: watch)
        #expect(
            stages.seen == [
                "copying the database", "copying evidence", "checking the copy's database",
                "checking the copy's evidence",
            ])
    }

    /// verify, too: the trail, every evidence file counted, then the wait for the checks beside.
    @Test func aVerifyReportsItsProgressByStage() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo(count: 10)
        let seen = WorkProgressLog()
        #expect(try desk.verify(progress: seen.record).isIntact)
        let held = try desk.store.read { db in try EvidenceRecords.heldCount(in: db) }
        #expect(
            seen.stages == [
                "checking the audit trail", "hashing evidence files", "waiting for SQLite's check and the row seals",
            ])
        #expect(seen.reports == held + 2, "one report per evidence file")
    }

    @Test func aBackupIntoANonEmptyFolderOrByAFlaggerIsRefused() throws {
        let desk = try makeDesk()
        let used = temporaryFolder("used")
        try Data("mine".utf8).write(to: used.appendingPathComponent("notes.txt"))
        #expect(throws: EngineError.self) { _ = try desk.backup(to: used) }
        #expect(try String(contentsOf: used.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")

        let world = try WorkflowWorld()
        let bob = try world.desk(as: "bob")
        #expect {
            _ = try bob.backup(to: temporaryFolder("b").appendingPathComponent("x"))
        } throws: { error in
            (error as? EngineError)?.description.contains("only a coordinator can back up") == true
        }
    }

    /// Copies the backup, breaks the copy with `tamper`, and returns the refusal's message.
    private func refusal(_ backup: URL, sealKeyFile: URL?, _ tamper: (URL) throws -> Void) throws -> String {
        let copy = temporaryFolder("tampered").appendingPathComponent("b")
        try FileManager.default.copyItem(at: backup, to: copy)
        try tamper(copy)
        let target = temporaryFolder("target").appendingPathComponent("store")
        do throws(EngineError) {
            _ = try StoreRestore.restore(from: copy, options: restoreOptions(store: target, sealKeyFile: sealKeyFile))
        } catch {
            #expect(error.exitCode == 1)
            #expect(!FileManager.default.fileExists(atPath: target.path), "nothing restored")
            return error.description
        }
        Issue.record("a tampered backup was restored")
        return ""
    }

    @Test func aTamperedBackupIsRefusedSayingWhatFailed() throws {
        let (desk, backup) = try demoBackup()
        let key = desk.store.sealKeyFile
        let manifest = try JSONDecoder().decode(
            BackupManifest.self, from: Data(contentsOf: backup.appendingPathComponent("manifest.json")))
        let evidence = try #require(manifest.evidence.first)

        let flipped = try refusal(backup, sealKeyFile: key) { copy in
            let url = copy.appendingPathComponent(evidence.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            var bytes = try Data(contentsOf: url)
            bytes[0] ^= 0x01
            try bytes.write(to: url)
        }
        #expect(flipped.contains("evidence file \(evidence.path) does not match its SHA-256"))

        let missing = try refusal(backup, sealKeyFile: key) { copy in
            try FileManager.default.removeItem(at: copy.appendingPathComponent(evidence.path))
        }
        #expect(missing.contains("evidence file \(evidence.path) is missing"))

        let edited = try refusal(backup, sealKeyFile: key) { copy in
            let database = try DatabaseQueue(path: copy.appendingPathComponent("flagdesk.sqlite").path)
            try database.write { db in
                try db.execute(sql: "DROP TRIGGER events_append_only_update")
                try db.execute(sql: "UPDATE events SET actor = 'mallory' WHERE id = 3")
            }
            try database.close()
        }
        #expect(edited.contains("audit chain broken at event #3"))
        #expect(edited.contains("does not match the SHA-256 in the manifest"))

        let linked = try refusal(backup, sealKeyFile: key) { copy in
            let url = copy.appendingPathComponent(evidence.path)
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/etc/hostname")
        }
        #expect(linked.contains("is a link or a special file"))

        // A manifest edited by whoever holds only the backup fails its seal; one sealed again
        // with the desk's key (by its holder) still may not name a file outside the layout.
        var forged = manifest
        forged.evidence[0].path = "../../../etc/passwd"
        let unsealed = try refusal(backup, sealKeyFile: key) { copy in
            try JSONEncoder().encode(forged).write(to: copy.appendingPathComponent("manifest.json"))
        }
        #expect(unsealed.contains("manifest.json does not match its seal"))
        let keyFile = try #require(key)
        let sealKey = try #require(try SealKeyFile.read(at: keyFile, storeFolder: desk.store.folder))
        forged.seal = try BackupSeal.compute(forged, key: sealKey)
        let escaping = try refusal(backup, sealKeyFile: key) { copy in
            try JSONEncoder().encode(forged).write(to: copy.appendingPathComponent("manifest.json"))
        }
        #expect(escaping.contains("names a file outside the backup's layout"))

        // Without the desk's seal key the manifest's seal cannot be checked: nothing is restored.
        let keyless = try refusal(backup, sealKeyFile: nil) { _ in }
        #expect(keyless.contains("cannot be checked without the desk's seal key file"))
    }

    @Test func aRestoreNeverOverwritesAStore() throws {
        let (desk, backup) = try demoBackup()
        do throws(EngineError) {
            _ = try StoreRestore.restore(
                from: backup, options: restoreOptions(store: desk.store.folder, sealKeyFile: desk.store.sealKeyFile))
            Issue.record("restored over a store")
        } catch {
            #expect(error.description.contains("is not empty"))
            #expect(error.description.contains("Move it away first"))
        }
        #expect(try desk.verify().isIntact)

        // Roles come from the restored desk: another account (even claiming someone through a
        // forged SUDO_USER) is not its coordinator, and what it restored is removed again.
        let target = temporaryFolder("t").appendingPathComponent("s")
        var asBob = restoreOptions(store: target, sealKeyFile: desk.store.sealKeyFile)
        asBob.process = FakeProcess(account: "bob", underSudo: false)
        asBob.environment["SUDO_USER"] = desk.actor
        #expect {
            _ = try StoreRestore.restore(from: backup, options: asBob)
        } throws: { error in
            guard case .refused(let message) = error as? EngineError else { return false }
            return message.contains("personal desk; bob cannot")
        }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func aBackupWorksWhileAnotherConnectionIsWriting() throws {
        let desk = try makeDesk()
        _ = try desk.fillDemo(count: 30)
        let other = try Store(folder: desk.store.folder, create: false)
        let started = DispatchSemaphore(value: 0)
        let committed = DispatchSemaphore(value: 0)
        // A second connection (a TUI, an import) holds a write transaction open for 2 seconds.
        let writer = Thread {
            try? other.write { db in
                try AuditTrail.append(
                    AuditEntry(actor: "tui", at: fixedNow, entity: "item", entityID: "x", action: "note"), in: db)
                started.signal()
                Thread.sleep(forTimeInterval: 2)
            }
            committed.signal()
        }
        writer.start()
        started.wait()
        let backup = temporaryFolder("backups").appendingPathComponent("during")
        let report = try desk.backup(to: backup)
        committed.wait()
        #expect(report.verification.verifies)
        guard case .intact(let events, _) = try desk.verify().chain else {
            Issue.record("chain broken")
            return
        }
        // The copy is the snapshot taken while the other transaction was still open: it has
        // neither that event nor the backup's own.
        #expect(report.manifest.chainEvents == events - 2)
    }
}
