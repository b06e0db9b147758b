import FlagdeskCore
import Foundation

/// Writes the annual report as Markdown, CSV, JSON or one self-contained HTML page.
public enum ReportWriter {
    public static func write(_ report: AnnualReport, format: ReportFormat) throws -> String {
        switch format {
        case .md: return markdown(report)
        case .csv: return csv(report)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.keyEncodingStrategy = .convertToSnakeCase
            return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
        case .html: return ReportHTML.write(report)
        }
    }

    /// The headline figures, as (label, value) pairs, shared by every format.
    static func figures(_ report: AnnualReport) -> [(key: String, label: String, value: String)] {
        [
            ("notices", "Notices sent (DSA Art. 16)", "\(report.notices)"),
            ("provider_acted", "Provider acted on the content", "\(report.providerActed)"),
            ("provider_did_not_act", "Provider did not act (rejected, no answer)", "\(report.providerDidNotAct)"),
            ("pending", "No decision yet", "\(report.pending)"),
            ("median_hours_to_decision", "Median time to decision (hours)", hours(report.medianHoursToDecision)),
            ("p90_hours_to_decision", "90th percentile time to decision (hours)", hours(report.p90HoursToDecision)),
            (
                "share_within_policy_deadline",
                "Decided within the policy deadline (\(report.withinPolicyDeadline) of \(report.policyDeadlineKnown))",
                percent(report.shareWithinPolicyDeadline)
            ),
            ("reminders_sent", "Reminders sent", "\(report.remindersSent)"),
            ("escalations_sent", "Escalations sent (DSA Art. 20 and Art. 53 complaints)", "\(report.escalationsSent)"),
        ]
    }

    /// The three breakdowns DSA Art. 22(3) names, plus keywords.
    static func breakdowns(_ report: AnnualReport) -> [(key: String, title: String, counts: [ReportCount])] {
        [
            ("by_provider", "Notices by hosting service provider (Art. 22(3)(a))", report.byProvider),
            ("by_category", "Notices by type of allegedly illegal content (Art. 22(3)(b))", report.byCategory),
            ("by_keyword", "Notices by keyword (Transparency Database)", report.byKeyword),
            ("by_action", "Notices by action taken by the provider (Art. 22(3)(c))", report.byAction),
        ]
    }

    static func title(_ report: AnnualReport) -> String {
        "Trusted flagger report \(report.from) to \(report.to)"
            + (report.organisation.map { ": \($0)" } ?? "")
    }

    static func markdown(_ report: AnnualReport) -> String {
        let safe = OutputSanitizer.markdown
        var lines = ["# \(safe(title(report)))", ""]
        lines.append("Report under Article 22(3) of Regulation (EU) 2022/2065 (Digital Services Act).")
        if let awardedBy = report.awardedBy { lines.append("Trusted-flagger status awarded by \(safe(awardedBy)).") }
        if let area = report.areaOfExpertise { lines.append("Area of expertise: \(safe(area)).") }
        lines += ["", "| Figure | Value |", "|---|---:|"]
        for figure in figures(report) { lines.append("| \(cell(figure.label)) | \(figure.value) |") }
        for breakdown in breakdowns(report) {
            lines += ["", "## \(breakdown.title)", "", "| | Notices |", "|---|---:|"]
            if breakdown.counts.isEmpty { lines.append("| none | 0 |") }
            for count in breakdown.counts { lines.append("| \(cell(count.label)) | \(count.count) |") }
        }
        lines += [
            "", "## Independence (Art. 22(2)(b))", "", safe(report.independenceStatement ?? "No statement configured."),
        ]
        lines += ["", "This report contains no personal data. Generated \(report.generatedAt).", ""]
        return lines.joined(separator: "\n")
    }

    static func csv(_ report: AnnualReport) -> String {
        var rows = [["section", "key", "label", "value"]]
        rows.append(["period", "from", "First day", report.from])
        rows.append(["period", "to", "Last day", report.to])
        for figure in figures(report) { rows.append(["summary", figure.key, figure.label, figure.value]) }
        for breakdown in breakdowns(report) {
            for count in breakdown.counts { rows.append([breakdown.key, count.key, count.label, "\(count.count)"]) }
        }
        rows.append(["independence", "statement", "Independence (Art. 22(2)(b))", report.independenceStatement ?? ""])
        return CSVWriter.lines(rows)
    }

    static func hours(_ value: Double?) -> String { value.map(oneDecimal) ?? "n/a" }

    static func percent(_ share: Double?) -> String { share.map { oneDecimal($0 * 100) + " %" } ?? "n/a" }

    /// One decimal, locale-independent.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// A Markdown table cell: safe as Markdown, pipes escaped, line breaks flattened.
    private static func cell(_ text: String) -> String {
        OutputSanitizer.markdown(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(
            of: "\n", with: " ")
    }
}
