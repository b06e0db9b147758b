import FlagdeskCore
import FlagdeskEngine
import Foundation
import Testing

@testable import FlagdeskTUI

/// 2026-11-23T09:00:00Z, a Monday.
let fixedNow = ISO8601.parseInstant("2026-11-23T09:00:00Z")!

/// Text no terminal may ever receive raw: OSC 52 (clipboard), a C1 CSI, a bidi override that
/// turns `fdp.exe` into `exe.pdf`, a line separator, and a BEL.
let hostileExplanation =
    "Ad text \u{1B}]52;c;SGVsbG8=\u{07} then \u{9B}31mred\u{9B}0m and invoice\u{202E}fdp.exe"
    + " 東京の広告 👩‍👩‍👧 café\u{2028}next"

/// The machine's own account under another name, so screens never show whoever runs the tests
/// (the actor is the operating system's account, never an environment variable).
struct AccountNamed: ProcessInspector {
    let login: String
    private let system = SystemProcessInspector()

    var effectiveUID: UInt32 { system.effectiveUID }
    func login(ofUID uid: UInt32) -> String? { uid == effectiveUID ? login : system.login(ofUID: uid) }
    func uid(ofLogin name: String) -> UInt32? { name == login ? effectiveUID : system.uid(ofLogin: name) }
    func ownerUID(ofFile path: String) -> UInt32? { system.ownerUID(ofFile: path) }
    func parentProcess() -> ParentProcess? { nil }
}

/// A desk on a fresh temporary store: the seeded demo (240 items), plus one hostile, wide-text
/// item flagged as a threat to life so that it heads the queue.
/// `config`: a config.toml written where the desk looks for it.
func makeDesk(demo: Bool = true, hostile: Bool = true, config: String? = nil) throws -> Desk {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-tui-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    if let config {
        let folder = home.appendingPathComponent("config/flagdesk")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try config.write(to: folder.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
    }
    let environment = [
        "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
        "XDG_DATA_HOME": home.appendingPathComponent("data").path, "TZ": "UTC",
    ]
    let desk = try Desk.open(
        DeskOptions(
            configPath: nil, storePath: home.appendingPathComponent("store").path, now: fixedNow,
            environment: environment, createStore: true, newDesk: NewDesk(simulatedClock: true),
            process: AccountNamed(login: "alice")))
    if demo { _ = try desk.fillDemo() }
    if hostile {
        _ = try desk.add(
            AddItemRequest(
                url: "https://例え.jp/広告/東京?id=1", keywords: [.humanTrafficking],
                contentTypes: [.image], explanation: hostileExplanation, threatToLife: true, source: .hotline))
    }
    return desk
}

/// The organisation a notice names (DSA Art. 16(2)(c), Art. 22): without it nothing is sent.
let organisationConfig = """
    [organisation]
    name = "Example Hotline asbl"
    email = "notices@example.org"
    signatory = "A. Coordinator"
    [organisation.trusted_flagger]
    awarding_dsc = "BIPT"
    area_of_expertise = "Trafficking in human beings and sexual exploitation"
    """

/// Selects the hostile item (found by the full-text search, as a user would).
@MainActor
func selectHostileItem(_ controller: DeskController) {
    controller.runCommandLine("search café")
}

/// Views in tests show a fixed store path (the real one is a random temporary folder).
let testIdentity = DeskIdentity(user: "alice", role: "coordinator", store: "/srv/flagdesk")

@MainActor
func render(_ controller: DeskController, on screen: MemoryScreen) {
    controller.screenSize = screen.size
    controller.handle(.resize)
    DeskView(
        state: controller.state, context: controller.viewContext, keymap: controller.keymap, identity: testIdentity
    )
    .draw(on: screen)
}

/// Scalars that must never reach a terminal cell: C0 (but not in markers), DEL, C1, bidi
/// controls, line and paragraph separators.
@MainActor
func rawControlScalars(in screen: MemoryScreen) -> [Unicode.Scalar] {
    var found: [Unicode.Scalar] = []
    for row in 0..<screen.size.rows {
        for column in 0..<screen.size.columns {
            for scalar in screen.cell(at: TerminalPosition(row: row, column: column)).text.unicodeScalars {
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x2028
                    || value == 0x2029
                {
                    found.append(scalar)
                }
            }
        }
    }
    return found
}

/// Golden screens in `Snapshots/`: a missing or different file fails; run the tests with
/// FLAGDESK_RECORD_SNAPSHOTS=1 to write them after checking the change by eye.
@MainActor
func expectSnapshot(_ screen: MemoryScreen, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = folder.appendingPathComponent("\(name).txt")
    let actual = screen.snapshot() + "\n"
    if ProcessInfo.processInfo.environment["FLAGDESK_RECORD_SNAPSHOTS"] == "1" {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    let expected = try? String(contentsOf: file, encoding: .utf8)
    #expect(expected == actual, "screen \(name) differs from Snapshots/\(name).txt", sourceLocation: sourceLocation)
}
