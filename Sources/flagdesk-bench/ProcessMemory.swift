import Foundation

/// Resident memory of this process, from /proc (Linux).
enum ProcessMemory {
    /// Current resident set size in bytes (VmRSS), nil where /proc is absent.
    static func resident() -> Int? { field("VmRSS") }

    /// Peak resident set size since start, or since `resetPeak` (VmHWM).
    static func peak() -> Int? { field("VmHWM") }

    /// Resets the peak (writing 5 to /proc/self/clear_refs); false where not allowed.
    @discardableResult
    static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    private static func field(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.split(separator: " ").first { Int($0) != nil }
            return digits.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }

    /// CPU time this process has used (user + system), in seconds: on a machine shared with
    /// other work, rows per CPU second says what the code costs.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func megabytes(_ bytes: Int?) -> String {
        bytes.map { "\($0 / 1_048_576) MB" } ?? "n/a"
    }
}

/// Times the same SQL through the `sqlite3` command-line shell, the yardstick for the store's
/// own queries: the wall time of a shell running the query `runs` more times, minus that of a
/// shell running it once (start-up, schema read and a warm cache cancel out), per run.
enum SQLiteShellTimer {
    /// Fast queries are run more often, until the runs take at least half a second in all,
    /// so process start-up noise does not swamp them.
    static func perQuery(database: URL, sql: String) -> Double? {
        var runs = 30
        while true {
            guard let once = wallTime(database: database, sql: sql, repeats: 1),
                let many = wallTime(database: database, sql: sql, repeats: 1 + runs)
            else { return nil }
            if many - once >= 0.5 || runs >= 30_000 { return max(0, many - once) / Double(runs) }
            runs *= 10
        }
    }

    private static func wallTime(database: URL, sql: String, repeats: Int) -> Double? {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent(
            "flagdesk-bench-\(UUID().uuidString).sql")
        defer { try? FileManager.default.removeItem(at: script) }
        let text = String(repeating: sql.trimmingCharacters(in: .whitespacesAndNewlines) + ";\n", count: repeats)
        guard (try? Data(text.utf8).write(to: script)) != nil, let input = FileHandle(forReadingAtPath: script.path)
        else { return nil }
        defer { try? input.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-readonly", database.path]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        var ran = true
        let seconds = measureSeconds {
            do {
                try process.run()
                process.waitUntilExit()
            } catch {
                ran = false
            }
        }
        return ran && process.terminationStatus == 0 ? seconds : nil
    }
}
