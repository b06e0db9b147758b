import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskDocuments

/// `ReportTally(notices:)`, the reference tally the store's SQL is checked against, and the
/// report built from a tally.
@Suite struct ReportTallyTests {
    static let sent = ISO8601.parseInstant("2026-03-01T10:00:00Z")!

    static func notice(
        _ provider: String?, _ outcome: DocumentOutcome?, seconds: Int?, met: Bool? = nil, keywords: [DSAKeyword] = [],
        category: DSACategory? = .violence, reminders: Int = 0, escalations: Int = 0
    ) -> ReportNotice {
        ReportNotice(
            provider: provider, category: category, keywords: keywords, outcome: outcome, sentAt: sent,
            decidedAt: seconds.map { sent.addingTimeInterval(Double($0)) }, policyDeadlineMet: met,
            reminders: reminders, escalations: escalations)
    }

    @Test func aListIsCountedByProviderCategoryKeywordAndOutcome() {
        let tally = ReportTally(notices: [
            Self.notice("a-key", .removed, seconds: 7200, met: true, keywords: [.humanTrafficking, .humanTrafficking]),
            Self.notice("a-key", nil, seconds: nil, keywords: [.humanExploitation], category: nil, reminders: 2),
            Self.notice(nil, .noAnswer, seconds: 900_000, met: false, escalations: 1),
            Self.notice("b-key", .rejected, seconds: 1, met: nil),
            Self.notice("b-key", nil, seconds: 3600, met: true),
        ])
        #expect(tally.notices == 5)
        #expect(tally.byProvider == ["a-key": 2, "b-key": 2, nil: 1])
        #expect(tally.byCategory == [.violence: 4, nil: 1])
        #expect(tally.byKeyword == [.humanTrafficking: 2, .humanExploitation: 1], "a keyword given twice counts twice")
        #expect(tally.byOutcome == [.removed: 1, .noAnswer: 1, .rejected: 1, nil: 2])
        // No answer and no outcome have no time to decision; the rest ascending.
        #expect(tally.hoursToDecision == [1.0 / 3600, 2])
        #expect(tally.policyDeadlineKnown == 3 && tally.withinPolicyDeadline == 2)
        #expect(tally.remindersSent == 2 && tally.escalationsSent == 1)
    }

    @Test func providersAreNamedAndKeysOfOneNameAddUp() {
        let tally = ReportTally(notices: [
            Self.notice("video-eu", nil, seconds: nil), Self.notice("video-us", nil, seconds: nil),
            Self.notice("other", nil, seconds: nil), Self.notice(nil, nil, seconds: nil),
        ])
        let named = tally.namingProviders { key in key.hasPrefix("video") ? "ExampleVideo" : key }
        #expect(named.byProvider == ["ExampleVideo": 2, "other": 1, nil: 1])
        #expect(named.notices == 4 && named.byOutcome == tally.byOutcome)
    }

    @Test func aProviderNamedUnknownSharesTheUnknownLine() {
        var input = AnnualReportTests.input
        input.tally.byProvider = ["unknown": 2, nil: 1, "PicShare": 3]
        let report = AnnualReport(input)
        #expect(
            report.byProvider.map { "\($0.key) \($0.label) \($0.count)" } == [
                "PicShare PicShare 3", "unknown Unknown provider 3",
            ])
    }
}
