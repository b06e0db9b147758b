import Foundation

/// Turns a `LetterPage` into PDF with WeasyPrint, Debian's `weasyprint` package (HTML and CSS to
/// PDF, kept by CourtBouillon). Chosen over groff's `gropdf`, the lighter candidate, because
/// letters name people and places in every script: measured here, groff's PDF fonts dropped the
/// `ź` of "Łódź" and all CJK text with a mere warning, while WeasyPrint shapes text with Pango
/// and the system's fonts. The page is written to a private folder and converted file to file,
/// so no pipe can block; the page references nothing, so nothing is fetched.
struct PDFConverter {
    /// Where to look for the converter: the process's PATH (under sudo, the sudoers secure_path).
    var searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"

    func convert(html: String) throws(EngineError) -> Data {
        guard let executable = locate("weasyprint") else {
            throw .refused(
                "PDF export needs WeasyPrint, which is not installed (Debian and Ubuntu: apt-get install weasyprint); "
                    + "the text, Markdown, e-mail and JSON exports need nothing else")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flagdesk-pdf-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .refused("cannot prepare the PDF export: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("letter.html")
        let output = folder.appendingPathComponent("letter.pdf")
        let errors = folder.appendingPathComponent("errors.txt")
        guard FileManager.default.createFile(atPath: page.path, contents: Data(html.utf8)),
            FileManager.default.createFile(atPath: errors.path, contents: nil),
            let errorHandle = try? FileHandle(forWritingTo: errors)
        else { throw .refused("cannot prepare the PDF export in \(folder.path)") }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--encoding", "utf-8", "--base-url", folder.path, page.path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        do {
            try process.run()
        } catch {
            throw .refused("WeasyPrint could not be started (\(error.localizedDescription))")
        }
        process.waitUntilExit()
        try? errorHandle.close()
        let pdf = try? Data(contentsOf: output)
        guard process.terminationStatus == 0, let pdf, pdf.starts(with: Array("%PDF-".utf8)) else {
            let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let lastLine = said.split(whereSeparator: \.isNewline).last.map(String.init) ?? "no message"
            throw .refused(
                "WeasyPrint could not make the PDF (exit \(process.terminationStatus)): "
                    + String(lastLine.prefix(300)))
        }
        return pdf
    }

    private func locate(_ name: String) -> URL? {
        for folder in searchPath.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
