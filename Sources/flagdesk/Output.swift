import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// All terminal output of the CLI. Text from outside (URLs, explanations, file names) goes through
/// the one sanitiser, so escape sequences in flagged content never reach the terminal.
enum Output {
    static func line(_ text: String = "") {
        print(text)
    }

    /// Prints outside text on one line, control and escape sequences made visible.
    static func safe(_ text: String) -> String {
        TerminalSanitizer.sanitize(text)
    }

    static func error(_ message: String) {
        let safeMessage = TerminalSanitizer.sanitize(message, mode: .multiLine)
        FileHandle.standardError.write(Data("flagdesk: \(safeMessage)\n".utf8))
    }

    /// A warning on stderr: the command did what it was asked, but something looks wrong.
    static func warning(_ message: String) {
        error("warning: " + message)
    }

    /// Pretty JSON with sorted keys. Control characters are escaped by the encoder; C1 controls,
    /// bidi overrides and line separators are escaped here too, so piping JSON to a terminal is safe.
    static func json<T: Encodable>(_ value: T) {
        guard let text = try? jsonText(value) else { return }
        print(text)
    }

    /// The same JSON as text, for a file (`person export`).
    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ISO8601.format(date))
        }
        return escapeUnsafeScalars(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    static func escapeUnsafeScalars(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            let v = scalar.value
            let unsafe =
                (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C || v == 0x2028 || v == 0x2029 || v == 0x7F
            if unsafe {
                out.append(contentsOf: String(format: "\\u%04X", v).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The one line a command prints when its change has waited a second for another process.
    /// What the desk ignores in the configuration, on stderr.
    @Sendable static func notice(_ message: String) {
        error("note: " + message)
    }

    @Sendable static func waitingForWriter(limit: Duration) {
        error(
            "waiting for another flagdesk process to finish writing (an import?); up to "
                + "\(limit.components.seconds) s ([store] wait_seconds)")
    }

    /// A column of at most `width` terminal cells (wide characters count twice).
    static func cell(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(DisplayWidth.truncate(safe(text), toWidth: width, ellipsis: "…"), toWidth: width)
    }
}

/// Runs a use case and turns engine errors into the documented exit codes (DESIGN.md §7).
@discardableResult
func runEngine<T>(_ body: () throws(EngineError) -> T) throws -> T {
    do {
        return try body()
    } catch {
        Output.error(error.description)
        throw ExitCode(error.exitCode)
    }
}

extension GlobalOptions {
    /// Opens the desk these options name, for a member unless `access` says otherwise.
    func openDesk(access: DeskAccess = .member) throws -> Desk {
        let options = try deskOptions(access: access)
        return try runEngine { () throws(EngineError) in try Desk.open(options) }
    }

    /// The options these flags and the environment give (a malformed `--now` is a usage error).
    func deskOptions(access: DeskAccess = .member) throws -> DeskOptions {
        DeskOptions(
            configPath: config, storePath: store, now: try instant(), environment: ProcessInfo.processInfo.environment,
            access: access, onLongWait: Output.waitingForWriter, onNotice: Output.notice)
    }

    /// The deadline rules and place of the configuration these options name (no store needed).
    func deadlineSettings() throws -> DeadlineSettings {
        try runEngine { () throws(EngineError) in
            try DeadlineSettings.load(configPath: config, environment: ProcessInfo.processInfo.environment)
        }
    }
}
