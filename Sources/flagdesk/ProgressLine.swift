import FlagdeskCore
import Foundation

/// Progress of long work, on standard error and only when that is a terminal (a pipe, a log
/// file or cron gets none): rows done, of how many, the rate and the time left, redrawn on one
/// line at most four times a second and erased at the end.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let unit: String
    private let total: Int?
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false
    private let write: (String) -> Void

    /// nil when standard error is not a terminal: nothing to show.
    static func onTerminal(_ label: String, unit: String, total: Int?) -> ProgressLine? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return ProgressLine(label, unit: unit, total: total) { FileHandle.standardError.write(Data($0.utf8)) }
    }

    init(_ label: String, unit: String, total: Int?, write: @escaping (String) -> Void) {
        self.label = label
        self.unit = unit
        self.total = total
        self.write = write
    }

    func update(_ done: Int, now: Date = Date()) {
        lock.lock()
        defer { lock.unlock() }
        guard now.timeIntervalSince(lastDraw) >= 0.25 else { return }
        lastDraw = now
        drawn = true
        write(
            "\r\u{1B}[K"
                + Self.text(label: label, unit: unit, done: done, total: total, elapsed: now.timeIntervalSince(start)))
    }

    /// Erases the line, so the command's own output starts on a clean line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\r\u{1B}[K") }
    }

    /// `import: 120,000 of ~1,000,000 rows, 52,300 rows/s, 17 s left`.
    static func text(label: String, unit: String, done: Int, total: Int?, elapsed: TimeInterval) -> String {
        // Work that cannot be counted yet (a check under way) shows only what it is.
        if total == nil, done == 0 { return "\(label)..." }
        var line = "\(label): \(grouped(done))"
        if let total { line += " of ~\(grouped(max(total, done)))" }
        line += " \(unit)"
        guard elapsed > 0, done > 0 else { return line }
        let rate = Double(done) / elapsed
        line += ", \(grouped(Int(rate))) \(unit)/s"
        if let total, total > done {
            line += ", \(duration(Double(total - done) / rate)) left"
        }
        return line
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    /// 1234567 as `1,234,567` (locale-independent).
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// Line breaks in a file: a quick estimate of its rows for "time left" (a quoted field's
    /// line breaks count too; the estimate is marked `~`).
    static func estimatedRows(of file: URL) -> Int? {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? handle.close() }
        var lines = 0
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            lines += chunk.withUnsafeBytes { bytes in bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 } }
        }
        return max(lines - 1, 0)
    }
}

/// Progress of work in stages (`backup: copying the database`, then `copying evidence`): one
/// line at a time, a new stage replaces the line of the one before.
final class StagedProgress: @unchecked Sendable {
    private let command: String
    private let lock = NSLock()
    private var stage: String?
    private var line: ProgressLine?

    /// nil when standard error is not a terminal: nothing to show.
    static func onTerminal(_ command: String) -> StagedProgress? {
        isatty(STDERR_FILENO) == 1 ? StagedProgress(command) : nil
    }

    private init(_ command: String) { self.command = command }

    func report(_ progress: WorkProgress) {
        lock.lock()
        if progress.stage != stage {
            line?.finish()
            stage = progress.stage
            line = ProgressLine.onTerminal("\(command): \(progress.stage)", unit: progress.unit, total: progress.total)
        }
        let current = line
        lock.unlock()
        current?.update(progress.done)
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        line?.finish()
    }

    /// What the engine calls (nil when there is no terminal to show it on).
    static func callback(_ progress: StagedProgress?) -> ProgressReport? {
        guard let progress else { return nil }
        return { progress.report($0) }
    }
}
