import FlagdeskCore

/// Markdown export: the subject as a title, then the letter with its line breaks kept (a line
/// break inside a paragraph is two trailing spaces in Markdown, or addresses would run together).
/// Content is safe as Markdown (`OutputSanitizer.markdown`): no raw control, no live HTML.
enum MarkdownWriter {
    static func write(subject: String, text: String) -> String {
        var out = "# \(OutputSanitizer.markdown(subject))\n\n"
        // "\r\n" is one Character in Swift: split after making line ends LF.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let next = index + 1 < lines.count ? lines[index + 1] : ""
            let breaksHard = !line.isEmpty && !next.isEmpty
            out +=
                OutputSanitizer.markdown(String(line)) + (breaksHard ? "  " : "")
                + (index + 1 < lines.count ? "\n" : "")
        }
        return out.hasSuffix("\n") ? out : out + "\n"
    }
}
