import ArgumentParser
import FlagdeskCore
import FlagdeskDocuments
import FlagdeskEngine
import Foundation

/// `flagdesk export DOC --format txt|md|eml|json|pdf [--out PATH] [--force]`.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a document as text, Markdown, an e-mail (.eml), JSON or a printable PDF letter.",
        discussion: """
            A sent document exports its frozen text, byte for byte. Without --out the export goes to \
            standard output (made safe to display when that is a terminal). The PDF is the text export \
            under the organisation's letterhead (a sent document's text as sent, with its SHA-256), \
            made with WeasyPrint (apt-get install weasyprint); it is never written to a terminal.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The document's reference, e.g. N-2026-00042.")
    var reference: String

    @Option(help: "The export's format.")
    var format = ExportChoice.txt

    @Option(help: "Write to this file (created 0600; an existing file is refused without --force).")
    var out: String?

    @Flag(help: "Replace an existing --out file.")
    var force = false

    func run() throws {
        let desk = try global.openDesk()
        if let out { try runEngine { () throws(EngineError) in try desk.refuseOwnFile(out) } }
        guard let textFormat = format.textFormat else { return try exportPDF(desk) }
        let rendered = try runEngine { () throws(EngineError) in
            try desk.export(reference: reference, format: textFormat)
        }
        warnMissing(rendered.missingKeys)
        try OutputFile.emit(rendered.text, to: out, force: force)
    }

    private func exportPDF(_ desk: Desk) throws {
        if out == nil, isatty(STDOUT_FILENO) == 1 {
            Output.error("a PDF is not for the terminal: give --out FILE, or redirect the output")
            throw ExitCode(64)
        }
        let letter = try runEngine { () throws(EngineError) in try desk.exportPDF(reference: reference) }
        warnMissing(letter.missingKeys)
        try OutputFile.emit(letter.pdf, to: out, force: force)
    }

    private func warnMissing(_ keys: [String]) {
        guard !keys.isEmpty else { return }
        Output.error(
            "warning: \(reference.uppercased()) has no value yet for "
                + keys.joined(separator: ", ") + " (shown as [missing: ...])")
    }
}

/// Where exports go: standard output, or a file written safely. A file is never overwritten
/// silently (refused unless --force), is written under a temporary name in the same folder and
/// then linked or renamed into place (a failed write never leaves half a file), mode 0600
/// (DESIGN.md §8).
enum OutputFile {
    /// Bytes that are not text (a PDF): to the file, or unchanged to a pipe.
    static func emit(_ data: Data, to path: String?, force: Bool) throws {
        guard let path else { return FileHandle.standardOutput.write(data) }
        try place(at: path, force: force) { temporary in
            guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
        Output.line("Wrote \(Output.safe(path))")
    }

    static func emit(_ text: String, to path: String?, force: Bool) throws {
        guard let path else {
            if isatty(STDOUT_FILENO) == 1 {
                // A person reading: control and escape sequences from outside text are shown, not run.
                print(TerminalSanitizer.sanitize(text, mode: .multiLine), terminator: text.hasSuffix("\n") ? "" : "\n")
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
            return
        }
        try place(at: path, force: force) { temporary in
            guard FileManager.default.createFile(atPath: temporary.path, contents: Data(text.utf8)) else {
                throw CocoaError(.fileWriteUnknown)
            }
        }
        Output.line("Wrote \(Output.safe(path))")
    }

    /// Has `produce` write a temporary file next to `path`, then puts it in place: the engine's
    /// `SafeFileWriter`, the one the desk's `x` uses too.
    static func place(at path: String, force: Bool, _ produce: (URL) throws -> Void) throws {
        // An exit the producer chose (an unknown reference) stays that exit, not a write error.
        var exit: ExitCode?
        do {
            try SafeFileWriter.place(at: path, replacing: force) { temporary in
                do {
                    try produce(temporary)
                } catch let chosen as ExitCode {
                    exit = chosen
                    throw chosen
                }
            }
        } catch .exists(_) {
            Output.error("\(path) exists; use --force to replace it")
            throw ExitCode(1)
        } catch {
            if let exit { throw exit }
            Output.error(error.description)
            throw ExitCode(74)
        }
    }

}
