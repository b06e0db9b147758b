import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

@Suite struct AnnualReportTests {
    static let sent = ISO8601.parseInstant("2026-03-01T10:00:00Z")!

    static func notice(
        _ provider: String?, _ outcome: DocumentOutcome?, hours: Double?, met: Bool?, reminders: Int = 0,
        escalations: Int = 0, category: DSACategory? = .protectionOfMinors, keywords: [DSAKeyword] = [.humanTrafficking]
    ) -> ReportNotice {
        ReportNotice(
            provider: provider, category: category, keywords: keywords, outcome: outcome, sentAt: sent,
            decidedAt: hours.map { sent.addingTimeInterval($0 * 3600) }, policyDeadlineMet: met,
            reminders: reminders, escalations: escalations)
    }

    static let input = ReportInput(
        from: CivilDate(year: 2026, month: 1, day: 1)!, to: CivilDate(year: 2026, month: 12, day: 31)!,
        organisation: "Stichting Veilig Online", awardedBy: "ACM", areaOfExpertise: "trafficking",
        independenceStatement: "No platform funding.", generatedAt: Fixtures.now,
        tally: ReportTally(notices: [
            notice("ExampleVideo", .removed, hours: 10, met: true),
            notice("ExampleVideo", .rejected, hours: 30, met: false, reminders: 1, escalations: 1),
            notice("ExampleVideo", .disabled, hours: 20, met: true, keywords: [.humanTrafficking, .humanExploitation]),
            notice("PicShare", .partial, hours: 40, met: true, category: .cyberViolence, keywords: []),
            notice("PicShare", .noAnswer, hours: 500, met: false, reminders: 2),
            notice(nil, nil, hours: nil, met: nil),
        ]))

    @Test func countsByProviderCategoryKeywordAndAction() {
        let report = AnnualReport(Self.input)
        #expect(report.notices == 6)
        #expect(
            report.byProvider.map { "\($0.label)=\($0.count)" } == [
                "ExampleVideo=3", "PicShare=2", "Unknown provider=1",
            ])
        #expect(report.byCategory.first?.key == "STATEMENT_CATEGORY_PROTECTION_OF_MINORS")
        #expect(report.byCategory.first?.count == 5)
        #expect(report.byKeyword.map(\.count) == [5, 1])
        #expect(report.providerActed == 3)
        #expect(report.providerDidNotAct == 2)
        #expect(report.pending == 1)
        #expect(
            Dictionary(uniqueKeysWithValues: report.byAction.map { ($0.key, $0.count) }) == [
                "removed": 1, "rejected": 1, "disabled": 1, "partial": 1, "no-answer": 1, "pending": 1,
            ])
    }

    @Test func timeToDecisionLeavesOutNoAnswerAndPending() {
        let report = AnnualReport(Self.input)
        // Decided: 10, 20, 30, 40 hours. Median (20+30)/2; nearest-rank p90 = 4th of 4.
        #expect(report.decided == 4)
        #expect(report.medianHoursToDecision == 25)
        #expect(report.p90HoursToDecision == 40)
        #expect(report.policyDeadlineKnown == 5)
        #expect(report.withinPolicyDeadline == 3)
        #expect(report.shareWithinPolicyDeadline == 0.6)
        #expect(report.remindersSent == 3)
        #expect(report.escalationsSent == 1)
    }

    @Test func percentilesFollowTheNearestRank() {
        let values = (1...10).map(Double.init)
        #expect(AnnualReport.percentile(90, of: values) == 9)
        #expect(AnnualReport.percentile(90, of: [5]) == 5)
        #expect(AnnualReport.median([1, 2, 9]) == 2)
        #expect(AnnualReport.percentile(90, of: []) == nil)
    }

    @Test(arguments: ReportFormat.allCases)
    func everyFormatCarriesTheFiguresAndTheIndependenceStatement(format: ReportFormat) throws {
        let text = try ReportWriter.write(AnnualReport(Self.input), format: format)
        #expect(text.contains("No platform funding."))
        #expect(text.contains("ExampleVideo"))
        #expect(text.contains("PicShare"))
        #expect(text.contains("2026-01-01") && text.contains("2026-12-31"))
    }

    @Test func theHTMLIsOneSelfContainedFileWithSVGBars() throws {
        var input = Self.input
        input.organisation = "<script>alert(1)</script>"
        let html = try ReportWriter.write(AnnualReport(input), format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count == 5)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"))
        #expect(html.contains("<p>Area of expertise: trafficking.</p>"))
    }

    @Test func theCSVHasOneRowPerFigureAndCount() throws {
        let csv = try ReportWriter.write(AnnualReport(Self.input), format: .csv)
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "section,key,label,value")
        #expect(rows.contains("by_provider,ExampleVideo,ExampleVideo,3"))
        #expect(rows.contains("summary,median_hours_to_decision,Median time to decision (hours),25"))
        #expect(
            rows.contains(
                "summary,share_within_policy_deadline,\"Decided within the policy deadline, percent (3 of 5)\",60"))
        // Every summary value is a number a spreadsheet can sum (or empty when there is none).
        for row in rows where row.hasPrefix("summary,") {
            let value = String(row.split(separator: ",", omittingEmptySubsequences: false).last ?? "")
            #expect(value.isEmpty || Double(value) != nil, "\(row)")
        }
    }

    @Test func aFigureWithoutDataIsAnEmptyCSVCell() throws {
        var report = AnnualReport(Self.input)
        report.medianHoursToDecision = nil
        let csv = try ReportWriter.write(report, format: .csv)
        #expect(csv.contains("summary,median_hours_to_decision,Median time to decision (hours),\r\n"))
        #expect(ReportWriter.plainNumber(12.25) == "12.3" && ReportWriter.plainNumber(7) == "7")
    }
}
