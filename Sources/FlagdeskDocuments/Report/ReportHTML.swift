import FlagdeskCore

/// The annual report as one self-contained HTML page: inline style, inline SVG bar charts, no
/// script, no external resource (it is published and sent to the DSC as a single file).
enum ReportHTML {
    static func write(_ report: AnnualReport) -> String {
        let title = escape(ReportWriter.title(report))
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>
            body { font-family: sans-serif; max-width: 50rem; margin: 2rem auto; color: #222; }
            table { border-collapse: collapse; }
            td, th { padding: 0.2rem 0.8rem; border-bottom: 1px solid #ddd; text-align: left; }
            td.n { text-align: right; }
            svg text { font-size: 12px; font-family: sans-serif; }
            </style>
            </head>
            <body>
            <h1>\(title)</h1>
            <p>Report under Article 22(3) of Regulation (EU) 2022/2065 (Digital Services Act).</p>

            """
        if let awardedBy = report.awardedBy {
            html += "<p>Trusted-flagger status awarded by \(escape(awardedBy)).</p>\n"
        }
        html += "<table>\n"
        for figure in ReportWriter.figures(report) {
            html += "<tr><th>\(escape(figure.label))</th><td class=\"n\">\(escape(figure.value))</td></tr>\n"
        }
        html += "</table>\n"
        for breakdown in ReportWriter.breakdowns(report) {
            html += "<h2>\(escape(breakdown.title))</h2>\n" + bars(breakdown.counts)
        }
        html +=
            "<h2>Independence (Art. 22(2)(b))</h2>\n<p>"
            + escape(report.independenceStatement ?? "No statement configured.") + "</p>\n"
        html += "<p>This report contains no personal data. Generated \(escape(report.generatedAt)).</p>\n"
        html += "</body>\n</html>\n"
        return html
    }

    /// A horizontal bar chart: one labelled bar per line, widths proportional to the counts.
    static func bars(_ counts: [ReportCount]) -> String {
        guard let largest = counts.map(\.count).max(), largest > 0 else { return "<p>None.</p>\n" }
        let rowHeight = 22
        let labelWidth = 300
        let barWidth = 300
        let height = counts.count * rowHeight + 4
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barWidth + 60)\" height=\"\(height)\" "
            + "role=\"img\">\n"
        for (index, count) in counts.enumerated() {
            let y = index * rowHeight + 2
            let width = max(1, count.count * barWidth / largest)
            // Long labels are cut to fit the label column; the full text is the element's title.
            let label = count.label.count > 46 ? count.label.prefix(45) + "…" : count.label
            svg += "<text x=\"0\" y=\"\(y + 15)\"><title>\(escape(count.label))</title>\(escape(String(label)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"16\" fill=\"#3b6ea5\"/>"
            svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(count.count)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func escape(_ text: String) -> String { OutputSanitizer.html(text) }
}
