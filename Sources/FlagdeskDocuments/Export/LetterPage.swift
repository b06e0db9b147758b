import FlagdeskCore

/// A letter laid out for print: the organisation's letterhead, the letter's text exactly as
/// exported (its line breaks kept, long lines wrapped), and a footer with the reference and the
/// page number on every page. The page is self-contained HTML for `PDFConverter`: no script, no
/// link, no image, no remote resource, so the converter has nothing to fetch; every value comes
/// through `OutputSanitizer.html`, so flagged content can open no tag.
public struct LetterPage: Sendable, Equatable {
    /// The sender's name and details, one per line (name and legal form, postal address, e-mail).
    public var letterhead: [String]
    public var reference: String
    public var subject: String
    /// The letter as the text export gives it (for a sent document, its text as sent).
    public var body: String
    /// One line under the text, e.g. the frozen text's SHA-256 for a sent document.
    public var footnote: String?
    /// BCP 47 language of the letter (the `lang` of the page: hyphenation and fonts follow it).
    public var language: String

    public init(
        letterhead: [String], reference: String, subject: String, body: String, footnote: String?, language: String
    ) {
        self.letterhead = letterhead
        self.reference = reference
        self.subject = subject
        self.body = body
        self.footnote = footnote
        self.language = language
    }

    public func html() -> String {
        let escape = OutputSanitizer.html
        let lines = letterhead.filter { !$0.isEmpty }.map { "<div>\(escape($0))</div>" }
        let head = lines.isEmpty ? "" : "<header>\n\(lines.joined(separator: "\n"))\n</header>\n"
        let note = footnote.map { "<p class=\"note\">\(escape($0))</p>\n" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(escape(language))">
            <head>
            <meta charset="utf-8">
            <title>\(escape(reference)) \(escape(subject))</title>
            <style>
            \(Self.style(footer: reference))
            </style>
            </head>
            <body>
            \(head)<main>\(escape(body))</main>
            \(note)</body>
            </html>

            """
    }

    /// A4 with 2 cm margins; the body keeps the text's own line breaks (`pre-wrap`) in a serif
    /// face with wide script coverage; the footer repeats the reference on every page. Inside
    /// `<style>` entities are not decoded and a quote would end the CSS string, so the reference
    /// keeps only letters, digits and hyphens (all a reference has: `N-2026-00042`).
    private static func style(footer reference: String) -> String {
        let quoted = String(
            String.UnicodeScalarView(
                reference.unicodeScalars.filter {
                    $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-")
                }))
        return """
            @page { size: A4; margin: 2cm 2cm 2.5cm 2cm;
              @bottom-center { content: "\(quoted) \\2014  " counter(page) " / " counter(pages);
                font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #444; } }
            body { font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: 10.5pt; line-height: 1.35; }
            header { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; border-bottom: 0.5pt solid #444;
              padding-bottom: 4pt; margin-bottom: 14pt; }
            header div:first-child { font-size: 12pt; font-weight: bold; }
            main { white-space: pre-wrap; overflow-wrap: anywhere; }
            .note { font-size: 8pt; color: #444; margin-top: 18pt; overflow-wrap: anywhere; }
            """
    }
}
