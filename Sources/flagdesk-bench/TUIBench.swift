import FlagdeskCore
import FlagdeskEngine
import FlagdeskTUI
import Foundation

/// `flagdesk-bench tui [--count N] [--keys K]`: a demo store of N items (default 1,000,000), the
/// queue drawn into an in-memory 132x43 screen, and K keystrokes moving the selection (down,
/// page down, end, up, home, tab changes, a search): time per keystroke including the redraw,
/// and resident memory. Target (issue 6): under 16 ms per keystroke.
struct TUIBench: Bench {
    let name = "tui"
    let summary = "queue keystrokes over an N-item store (default 1,000,000) [--count N] [--keys K]"

    func run(_ arguments: BenchArguments) throws {
        try arguments.rejectUnknown(except: ["count", "keys"])
        let count = try arguments.count("count", default: 1_000_000)
        let keys = try arguments.count("keys", default: 3_000)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-bench-tui-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = ISO8601.parseInstant("2026-11-23T09:00:00Z")!
        let desk = try Desk.open(
            DeskOptions(
                configPath: nil, storePath: folder.path, now: now,
                environment: ["HOME": folder.path], createStore: true, newDesk: NewDesk(simulatedClock: true)))
        let fillSeconds = try measureSeconds { _ = try desk.fillDemo(count: count) }
        print("store: \(grouped(count)) items written in \(String(format: "%.1f", fillSeconds)) s")
        try MainActor.assumeIsolated {
            try Self.measureKeys(desk: desk, keys: keys)
        }
    }

    @MainActor
    private static func measureKeys(desk: Desk, keys: Int) throws {
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        var controller: DeskController?
        let openSeconds = try measureSeconds { controller = try DeskController(desk: desk) }
        guard let controller else { return }
        let loop = DeskLoop(
            controller: controller, screen: screen, identity: DeskIdentity(user: "bench", role: "flagger", store: "-"))
        print("open (first window and counts): \(milliseconds(openSeconds)) ms")
        // A working session: mostly j, with page moves, jumps to both ends and tab changes.
        var script: [Key] = []
        while script.count < keys {
            script += Array(repeating: .rune("j"), count: 300) + [.pageDown, .pageDown, .pageDown, .rune("G")]
            script += Array(repeating: .rune("k"), count: 300) + [.pageUp, .rune("g"), .rune("2"), .rune("j")]
            script += [.rune("3"), .rune("j"), .rune("4"), .rune("5"), .rune("6"), .rune("1")]
        }
        script = Array(script.prefix(keys))
        var samples: [Double] = []
        samples.reserveCapacity(script.count)
        for key in script {
            samples.append(
                measureSeconds {
                    controller.screenSize = screen.size
                    controller.handle(key)
                    loop.draw()
                })
        }
        let sorted = samples.sorted()
        let mean = samples.reduce(0, +) / Double(samples.count)
        print(
            "keystrokes: \(samples.count), mean \(milliseconds(mean)) ms, median \(milliseconds(sorted[sorted.count / 2])) ms, "
                + "p99 \(milliseconds(sorted[sorted.count * 99 / 100])) ms, max \(milliseconds(sorted.last ?? 0)) ms "
                + "(target < 16 ms)")
        let search = measureSeconds { controller.runCommandLine("search passport") }
        print("search jump (full text): \(milliseconds(search)) ms")
        print("resident memory: \(residentMemory())")
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.2f", seconds * 1000)
    }

    /// VmRSS and VmHWM (peak) from /proc/self/status (Linux).
    private static func residentMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "n/a" }
        let wanted = status.split(separator: "\n").filter { $0.hasPrefix("VmRSS") || $0.hasPrefix("VmHWM") }
        return wanted.map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .joined(separator: ", ")
    }
}
