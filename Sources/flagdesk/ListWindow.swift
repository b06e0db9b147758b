import ArgumentParser
import Foundation

/// How much of a list to print. Exports and JSON are complete by default, and so is text sent
/// to a pipe or a file; only text read at a terminal stops at a page, and then it says how many
/// it left out and how to see them all (issue #17: nothing silently cut short).
struct ListWindow: ParsableArguments {
    /// A screenful and more: what text at a terminal shows unless told otherwise.
    static let terminalPage = 100

    @Option(help: "At most this many (0: all). Default: all, but \(terminalPage) for text at a terminal.")
    var limit: Int?

    @Flag(help: "Everything, even at a terminal (same as --limit 0).")
    var all = false

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 (all) or a positive number") }
        if all, let limit, limit != 0 { throw ValidationError("--all and --limit \(limit) contradict each other") }
    }

    /// The number of rows to read: `Int.max` for all.
    func rows(completeOutput: Bool, stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> Int {
        if all || limit == 0 { return Int.max }
        if let limit { return limit }
        return completeOutput || !stdoutIsTerminal ? Int.max : Self.terminalPage
    }

    /// The line that says what a shortened list left out, or nil when nothing was.
    static func leftOut(shown: Int, total: Int, noun: String) -> String? {
        guard total > shown else { return nil }
        return "… \(total - shown) more \(noun) not shown (\(shown) of \(total)): --all shows every one, "
            + "--limit N that many"
    }
}
