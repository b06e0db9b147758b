import FlagdeskCore
import FlagdeskEngine
import FlagdeskTUI
import Foundation

/// `flagdesk-bench desk --reuse STORE`: the desk on a big store (one kept by `suite --keep`,
/// 1,000,000 items): the first frame (opening the store, the controller's first window and
/// counts, drawing into an in-memory 132x43 screen), five times, each on a freshly opened
/// desk; then each view of this round (deadlines, approvals, people, replies), the queue and its
/// Due tab opened by its key
/// and walked with j/k and page keys, every keystroke timed with its redraw. Targets (issue
/// #17): first frame < 0.3 s, keystroke p99 < 16 ms.
struct DeskBench: Bench {
    let name = "desk"
    let summary = "first frame and keystrokes of the desk's views on a kept store --reuse STORE [--keys K]"

    func run(_ arguments: BenchArguments) throws {
        try arguments.rejectUnknown(except: ["reuse", "keys"])
        guard let reuse = arguments.text("reuse") else {
            throw BenchFailure("desk needs --reuse STORE (make one with `suite --items 1000000 --keep FOLDER`)")
        }
        let keys = try arguments.count("keys", default: 400)
        let store = URL(fileURLWithPath: reuse)
        try MainActor.assumeIsolated {
            var frames: [FirstFrame] = []
            for _ in 0..<5 { frames.append(try FirstFrame(store)) }
            let median = frames.sorted { $0.total < $1.total }[2]
            print(
                "first frame (open, first window and counts, draw), 5 runs: median \(Self.ms(median.total)) "
                    + "(open \(Self.ms(median.open)), controller \(Self.ms(median.controller)), "
                    + "draw \(Self.ms(median.draw))), max \(Self.ms(frames.map(\.total).max() ?? 0)) (target < 300 ms)")
            let (desk, controller, screen) = try Self.firstFrame(store)
            let items = try desk.queueCount(.inbox) + (try desk.queueCount(.closed))
            print("store: \(grouped(items)) items")
            let views: [(String, Key, KeyContext)] = [
                ("deadlines (D)", .rune("D"), .deadlines), ("approvals (A)", .rune("A"), .compose),
                ("people (P)", .rune("P"), .people), ("replies (M)", .rune("M"), .replies),
                ("queue (1)", .rune("1"), .queue), ("Due tab (4)", .rune("4"), .queue),
            ]
            for (label, key, _) in views {
                // Back to the queue, as a user would (`1` switches tabs only on the queue).
                for _ in 0..<5 where !Self.onQueue(controller) { controller.handle(.escape) }
                controller.handle(.rune("1"))
                let open = measureSeconds { Self.press(key, controller, screen, desk) }
                let rows = Self.rowsText(controller)
                var script: [Key] = []
                while script.count < keys {
                    script += Array(repeating: .rune("j"), count: 40) + [.pageDown, .rune("G")]
                    script += Array(repeating: .rune("k"), count: 40) + [.pageUp, .rune("g")]
                }
                var samples: [Double] = []
                for key in script.prefix(keys) {
                    samples.append(measureSeconds { Self.press(key, controller, screen, desk) })
                }
                samples.sort()
                let message = controller.state.message.map { " (\($0.text.prefix(60)))" } ?? ""
                print(
                    "\(label): opened in \(Self.ms(open))\(rows); \(samples.count) keys, median "
                        + "\(Self.ms(samples[samples.count / 2])), p99 \(Self.ms(samples[samples.count * 99 / 100])), "
                        + "max \(Self.ms(samples.last ?? 0)) (target p99 < 16 ms)\(message)")
            }
        }
    }

    /// One first frame, timed by part.
    @MainActor
    struct FirstFrame {
        var open = 0.0
        var controller = 0.0
        var draw = 0.0
        var total: Double { open + controller + draw }

        init(_ store: URL) throws {
            var desk: Desk?
            open = try measureSeconds { desk = try SuiteBench.open(store) }
            var made: DeskController?
            controller = try measureSeconds { made = try DeskController(desk: desk!) }
            let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
            draw = measureSeconds { DeskBench.draw(made!, screen, desk!) }
        }
    }

    /// Opens the desk on `store` and draws the first frame, as `flagdesk` does at startup.
    @MainActor
    static func firstFrame(_ store: URL) throws -> (Desk, DeskController, MemoryScreen) {
        let desk = try SuiteBench.open(store)
        let controller = try DeskController(desk: desk)
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        draw(controller, screen, desk)
        return (desk, controller, screen)
    }

    @MainActor
    static func press(_ key: Key, _ controller: DeskController, _ screen: MemoryScreen, _ desk: Desk) {
        controller.screenSize = screen.size
        controller.handle(key)
        draw(controller, screen, desk)
    }

    @MainActor
    static func draw(_ controller: DeskController, _ screen: MemoryScreen, _ desk: Desk) {
        DeskLoop(
            controller: controller, screen: screen,
            identity: DeskIdentity(user: "bench", role: "coordinator", store: "-")
        ).draw()
    }

    /// What the view holds, as its first line says.
    @MainActor
    static func rowsText(_ controller: DeskController) -> String {
        let screen = MemoryScreen(size: TerminalSize(rows: 43, columns: 132))
        DeskLoop(
            controller: controller, screen: screen,
            identity: DeskIdentity(user: "bench", role: "coordinator", store: "-")
        ).draw()
        let first = screen.snapshot().split(separator: "\n").first.map { String($0.prefix(70)) } ?? ""
        return " [\(first.trimmingCharacters(in: .whitespaces))]"
    }

    @MainActor
    static func onQueue(_ controller: DeskController) -> Bool {
        if case .queue = controller.state.screen { true } else { false }
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}

struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
