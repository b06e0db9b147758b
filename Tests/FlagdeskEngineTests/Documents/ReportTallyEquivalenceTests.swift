import Crypto
import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// The annual report (DSA Art. 22(3)) counted by the store's SQL tally: the same figures as the
/// notices tallied one by one, the same text as before the tally, and the same notice figures on
/// the TUI's report screen.
@Suite struct ReportTallyEquivalenceTests {
    func period(_ from: CivilDate, _ to: CivilDate, in desk: Desk) -> (start: Date, end: Date) {
        (from.startInstant(in: desk.zone), to.adding(days: 1).startInstant(in: desk.zone))
    }

    func storeTally(_ desk: Desk, _ period: (start: Date, end: Date)) throws -> ReportTally {
        try desk.store.read { db in try desk.reportTally(sentFrom: period.start, to: period.end, in: db) }
    }

    @Test func theFixtureHoldsEveryCaseTheReportCounts() throws {
        let desk = try ReportFixture.desk()
        let year = period(ReportFixture.year2026.from, ReportFixture.year2026.to, in: desk)
        let notices = try ReportFixture.referenceNotices(desk, from: year.start, to: year.end)
        #expect(notices.count == 15)
        #expect(Set(notices.map(\.provider)) == ["Instagram", "YouTube", "not-in-directory", nil])
        #expect(Set(notices.map(\.category)).contains(nil))
        #expect(Set(notices.flatMap(\.keywords)).count == 3)
        #expect(Set(notices.compactMap(\.outcome)) == Set(DocumentOutcome.allCases))
        #expect(notices.contains { $0.outcome == nil })
        #expect(Set(notices.map(\.policyDeadlineMet)) == [true, false, nil])
        #expect(
            notices.contains { notice in
                notice.decidedAt.map { $0.timeIntervalSince(notice.sentAt).truncatingRemainder(dividingBy: 3600) != 0 }
                    ?? false
            })
        #expect(notices.map(\.reminders).reduce(0, +) == 4)
        #expect(notices.map(\.escalations).reduce(0, +) == 4)
        let allNotices = try desk.store.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE kind = 'dsa-notice'")
        }
        #expect(allNotices == 19, "two notices outside the period and two never sent")
    }

    @Test(arguments: [
        (CivilDate(year: 2026, month: 1, day: 1)!, CivilDate(year: 2026, month: 12, day: 31)!),
        (CivilDate(year: 2026, month: 3, day: 1)!, CivilDate(year: 2026, month: 3, day: 29)!),
        (CivilDate(year: 2026, month: 2, day: 2)!, CivilDate(year: 2026, month: 2, day: 2)!),
        (CivilDate(year: 2025, month: 12, day: 31)!, CivilDate(year: 2025, month: 12, day: 31)!),
        (CivilDate(year: 2020, month: 1, day: 1)!, CivilDate(year: 2020, month: 12, day: 31)!),
    ])
    func theStoreTallyIsTheTallyOfTheNoticesOneByOne(from: CivilDate, to: CivilDate) throws {
        let desk = try ReportFixture.desk()
        let period = period(from, to, in: desk)
        let reference = ReportTally(
            notices: try ReportFixture.referenceNotices(desk, from: period.start, to: period.end))
        #expect(try storeTally(desk, period) == reference)
    }

    @Test func theTallyCountsWhatTheFixtureHolds() throws {
        let desk = try ReportFixture.desk()
        let tally = try storeTally(desk, period(ReportFixture.year2026.from, ReportFixture.year2026.to, in: desk))
        #expect(tally.notices == 15)
        #expect(tally.byProvider == ["Instagram": 7, "YouTube": 6, "not-in-directory": 1, nil: 1])
        #expect(tally.byCategory == [.violence: 7, .protectionOfMinors: 4, .cyberViolence: 2, nil: 2])
        #expect(tally.byKeyword == [.humanTrafficking: 8, .childSexualAbuseMaterial: 4, .humanExploitation: 3])
        #expect(tally.byOutcome[nil] == 4, "no outcome, and an outcome the code does not know")
        #expect(tally.byOutcome[.removed] == 4)
        // 10 h 30 min 15 s, and 100 h 1 s: whole seconds, exactly as parsed instants give them.
        #expect(tally.hoursToDecision.count == 9)
        #expect(tally.hoursToDecision.contains(10 + 30.0 / 60 + 15.0 / 3600))
        #expect(tally.hoursToDecision.last == Double(100 * 3600 + 1) / 3600)
        #expect(tally.hoursToDecision == tally.hoursToDecision.sorted())
        #expect(tally.policyDeadlineKnown == 6 && tally.withinPolicyDeadline == 3)
        #expect(tally.remindersSent == 4 && tally.escalationsSent == 4)
    }

    /// The text each format had when the report was built from one struct per notice (recorded
    /// from that code on this fixture).
    static let markdownBeforeTheTally = """
        # Trusted flagger report 2026-01-01 to 2026-12-31: Stichting Veilig Online

        Report under Article 22(3) of Regulation (EU) 2022/2065 (Digital Services Act).
        Trusted-flagger status awarded by ACM.
        Area of expertise: Trafficking in human beings and sexual exploitation.

        | Figure | Value |
        |---|---:|
        | Notices sent (DSA Art. 16) | 15 |
        | Provider acted on the content | 9 |
        | Provider did not act (rejected, no answer) | 2 |
        | No decision yet | 4 |
        | Median time to decision (hours) | 30.3 |
        | 90th percentile time to decision (hours) | 100.0 |
        | Decided within the policy deadline (3 of 6) | 50.0 % |
        | Reminders sent | 4 |
        | Escalations sent (DSA Art. 20 and Art. 53 complaints) | 4 |

        ## Notices by hosting service provider (Art. 22(3)(a))

        | | Notices |
        |---|---:|
        | Instagram | 7 |
        | YouTube | 6 |
        | Unknown provider | 1 |
        | not-in-directory | 1 |

        ## Notices by type of allegedly illegal content (Art. 22(3)(b))

        | | Notices |
        |---|---:|
        | Violence | 7 |
        | Protection of minors | 4 |
        | Cyber violence | 2 |
        | No category given | 2 |

        ## Notices by keyword (Transparency Database)

        | | Notices |
        |---|---:|
        | Human trafficking | 8 |
        | Child sexual abuse material | 4 |
        | Human exploitation | 3 |

        ## Notices by action taken by the provider (Art. 22(3)(c))

        | | Notices |
        |---|---:|
        | no decision yet | 4 |
        | removed | 4 |
        | access disabled | 1 |
        | age-restricted | 1 |
        | demoted | 1 |
        | no answer | 1 |
        | partly acted on | 1 |
        | rejected | 1 |
        | visibility restricted | 1 |

        ## Independence (Art. 22(2)(b))

        Funded by public grants only; no platform funding or board seats.

        This report contains no personal data. Generated 2027-01-15T10:00:00Z.

        """
    static let digestsBeforeTheTally: [ReportFormat: String] = [
        // Since the one CSV writer: a field holding ";" is quoted too (spreadsheets split on it).
        .csv: "eff8c1098646f24937c0e9c565e176efe95df1038913cde91f5f1672e97e05ff",
        .json: "a62a1e581c6ed561996e46efca3c0f6bf0f39e58f0052b6b3baf217bc4b58af9",
        .html: "0f325ab637a742a881d1dbe00339b162e57691b984ecfa877f4eb66d26e0e5b6",
        .md: "b33bf5250e531e46bf3ae9632bf0c9d2c00cb53bfef0328902e5d248b870765f",
    ]

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    @Test func theRenderedReportIsTheSameAsBeforeTheTally() throws {
        let desk = try ReportFixture.desk()
        let year = try desk.report(from: ReportFixture.year2026.from, to: ReportFixture.year2026.to)
        #expect(try ReportWriter.write(year, format: .md) == Self.markdownBeforeTheTally)
        for format in ReportFormat.allCases {
            let text = try ReportWriter.write(year, format: format)
            #expect(Self.sha256(text) == Self.digestsBeforeTheTally[format], "\(format): \(text.prefix(4000))")
        }
        let march = try desk.report(
            from: CivilDate(year: 2026, month: 3, day: 1)!, to: CivilDate(year: 2026, month: 3, day: 29)!)
        #expect(
            Self.sha256(try ReportWriter.write(march, format: .json))
                == "6c6d63eb2bba33556ccc5fbc68b47d912cd03c423a756c31aa5997dd0676f0d8")
    }

    @Test func theReportScreenShowsTheNoticeFiguresOfTheReport() throws {
        let desk = try ReportFixture.desk()
        let report = try desk.report(from: ReportFixture.year2026.from, to: ReportFixture.year2026.to)
        let figures = try desk.reportFigures(year: 2026)
        #expect(figures.noticesSent == report.notices)
        func counts(_ bars: [ReportBar]) -> [Int] { bars.map(\.count) }
        #expect(counts(figures.byProvider) == report.byProvider.map(\.count))
        #expect(counts(figures.byCategory) == report.byCategory.map(\.count))
        #expect(counts(figures.byOutcome) == report.byAction.map(\.count))
        #expect(
            figures.byProvider.map(\.label) == ["Instagram", "YouTube", "not-in-directory", "outside the directory"])
        #expect(
            figures.byCategory.map(\.label) == [
                "Violence", "Protection of minors", "Cyber violence", "no category given",
            ])
        // An outcome the code does not know is no decision, as in the report.
        #expect(figures.byOutcome.first { $0.label == "no decision yet" }?.count == 4)
        #expect(figures.itemsByCategory.isEmpty, "the fixture records no items")
    }
}
