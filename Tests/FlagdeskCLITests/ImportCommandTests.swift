import Foundation
import Testing

/// End-to-end: `flagdesk import` through the real binary.
@Suite("CLI: import")
struct ImportCommandTests {
    let now = "--now=2026-05-04T09:00:00Z"

    private func initialized() throws -> String {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-import-\(UUID().uuidString)"
        ).path
        let run = try BinaryRunner.run(["init", "--simulated-clock", "--store", store, now])
        #expect(run.exitCode == 0, "init failed: \(run.stderr)")
        return store
    }

    private func file(_ content: String, _ name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-import-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(content.utf8).write(to: url)
        return url.path
    }

    private func itemCount(_ store: String) throws -> Int {
        let list = try BinaryRunner.run(["list", "--store", store, "--json", "--limit", "1000000", now])
        #expect(list.exitCode == 0, "\(list.stderr)")
        let items = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any]
        return items?.count ?? -1
    }

    @Test func importPrintsASummaryAndStores() throws {
        let store = try initialized()
        let csv = try file(
            "\u{FEFF}Link;Keywords;Threat to life\r\nhttps://a.example.test/1;human-trafficking;x\r\nhttps://a.example.test/1;;\r\n",
            "partner.csv")
        let run = try BinaryRunner.run(["import", csv, "--store", store, "--source", "partner", now])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("partner.csv (CSV, ';'-separated)"))
        #expect(run.stdout.contains("Rows 2: added 1, linked as duplicates 1, rejected 0"))
        #expect(run.stdout.contains("Stored FD-2026-000001 to FD-2026-000002"))
        #expect(try itemCount(store) == 2)
        let show = try BinaryRunner.run(["show", "FD-2026-000002", "--json", "--store", store, now])
        #expect(show.stdout.contains("\"duplicateOf\" : \"FD-2026-000001\""))
        #expect(try BinaryRunner.run(["verify", "--store", store, now]).exitCode == 0)
    }

    @Test func rejectedRowsStoreNothingAndAreListed() throws {
        let store = try initialized()
        let csv = try file(
            "url,minor\nhttps://b.example.test/1,no\nnot a url,\nhttps://b.example.test/2,perhaps\n", "bad.csv")
        let rejects = FileManager.default.temporaryDirectory.appendingPathComponent("rejects-\(UUID().uuidString).csv")
            .path
        let run = try BinaryRunner.run(["import", csv, "--rejects", rejects, "--store", store, now])
        #expect(run.exitCode == 65)
        #expect(run.stdout.contains("  line 3: URL refused"))
        #expect(run.stdout.contains("  line 4: minor must be yes, no or unknown"))
        #expect(run.stderr.contains("2 of 3 rows rejected; nothing was stored"))
        #expect(try itemCount(store) == 0)
        let written = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(written.hasPrefix("rejected_line,rejected_reason,url,minor\r\n3,"))

        let dry = try BinaryRunner.run(["import", csv, "--dry-run", "--store", store, now])
        #expect(dry.exitCode == 65)
        #expect(dry.stdout.contains("would be added 1"))

        let partial = try BinaryRunner.run(["import", csv, "--partial", "--json", "--store", store, now])
        #expect(partial.exitCode == 0, "\(partial.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(partial.stdout.utf8)) as? [String: Any])
        #expect(summary["added"] as? Int == 1)
        #expect(summary["rejected"] as? Int == 2)
        #expect(summary["stored"] as? Bool == true)
        #expect(try itemCount(store) == 1)
    }

    @Test func unknownFormatAndMissingFile() throws {
        let store = try initialized()
        let format = try BinaryRunner.run(["import", "x.csv", "--format", "xml", "--store", store, now])
        #expect(format.exitCode == 64)
        let missing = try BinaryRunner.run(["import", "/nonexistent/x.csv", "--store", store, now])
        #expect(missing.exitCode == 66)
        let mapping = try BinaryRunner.run([
            "import", try file("url\n", "e.csv"), "--mapping", "iccam", "--store", store, now,
        ])
        #expect(mapping.exitCode == 78)
        #expect(mapping.stderr.contains("no import mapping 'iccam'"))
    }

    /// A real kill -9 in the middle of a large import: the store is as it was before.
    @Test func killedImportLeavesTheStoreAsBefore() throws {
        let store = try initialized()
        let before = try BinaryRunner.run(["add", "https://kept.example.test/", "--store", store, now])
        #expect(before.exitCode == 0)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let big = folder.appendingPathComponent("big.csv")
        var text = "url,explanation,keywords\n"
        text.reserveCapacity(40_000_000)
        for index in 0..<400_000 {
            text +=
                "https://host\(index % 997).example.test/ad/\(index),advert number \(index) with indicators,human-trafficking\n"
        }
        try Data(text.utf8).write(to: big)

        let process = Process()
        process.executableURL = try BinaryRunner.binaryURL()
        process.arguments = ["import", big.path, "--store", store, now]
        process.environment = ["TZ": "UTC", "LANG": "C.UTF-8", "HOME": folder.path, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The import's one transaction opens before the first row is read; wait until it has
        // worked on rows for a while (CPU time, so a loaded machine does not fool the test).
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline, Self.cpuSeconds(process.processIdentifier) < 2 {
            usleep(20_000)
        }
        #expect(process.isRunning, "the import finished before it could be killed; make the file larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        #expect(try itemCount(store) == 1)
        let verify = try BinaryRunner.run(["verify", "--store", store, now])
        #expect(verify.exitCode == 0, "\(verify.stdout)\(verify.stderr)")
        // The desk's creation and the add, with the seal's own: the new desk's seal-init and first
        // seal, and one seal after each. The killed import left no event and no unsealed row.
        #expect(verify.stdout.contains("Audit chain intact: 6 events"), "\(verify.stdout)")
        // The desk's settings, its one member and the item.
        #expect(verify.stdout.contains("Seal intact: 3 audited rows"), "\(verify.stdout)")
        let next = try BinaryRunner.run(["add", "https://next.example.test/", "--store", store, now])
        #expect(next.stdout == "FD-2026-000002\n")
    }

    /// User plus system CPU time of a running process, from /proc/PID/stat (Linux).
    static func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return 0 }
        // Fields after the command name: state is field 3; utime and stime are 14 and 15.
        let fields = stat[stat.index(after: end)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
