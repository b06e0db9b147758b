import FlagdeskCore
import Foundation
import Testing

@Suite("Escalation planning")
struct EscalationTests {
    typealias F = WorkflowFixtures
    let planner = EscalationPlanner(zone: F.brussels)

    /// Sent Monday 2 November 2026, 10:00 Brussels.
    static let notice = DocumentSnapshot(
        id: 10, reference: "N-2026-00010", kind: .dsaNotice, status: .sent, sentAt: F.instant("2026-11-02T09:00:00Z"))
    static let reminderDue = OpenDeadline(
        documentID: 10, ruleID: "reminder.notice", due: F.instant("2026-11-09T22:59:59Z"))

    func plan(_ documents: [DocumentSnapshot], _ deadlines: [OpenDeadline] = [], at now: String) -> [EscalationProposal]
    {
        planner.proposals(documents: documents, deadlines: deadlines, now: F.instant(now))
    }

    @Test("silence past the stored deadline proposes a reminder, not before")
    func reminderAfterDeadline() throws {
        #expect(plan([Self.notice], [Self.reminderDue], at: "2026-11-09T22:59:59Z") == [])
        let proposals = plan([Self.notice], [Self.reminderDue], at: "2026-11-09T23:00:00Z")
        let proposal = try #require(proposals.first)
        #expect(proposals.count == 1)
        #expect(proposal.kind == .reminder && proposal.parentID == 10 && proposal.ruleID == "reminder.notice")
        #expect(proposal.reason.contains("N-2026-00010 has no answer"))
        var acknowledged = Self.notice
        acknowledged.status = .acknowledged
        #expect(plan([acknowledged], [Self.reminderDue], at: "2026-11-10T08:00:00Z").map(\.kind) == [.reminder])
    }

    @Test("without a stored deadline the rule is computed from the sending instant")
    func computedFromSending() {
        // reminder.notice: 7 days, moved off weekends: Monday 9 November, end of day in Brussels.
        #expect(plan([Self.notice], at: "2026-11-09T22:00:00Z") == [])
        #expect(plan([Self.notice], at: "2026-11-09T23:30:00Z").map(\.kind) == [.reminder])
    }

    @Test("a period in the ladder is counted from sending, moved off the weekend")
    func periodDelay() {
        let ladder = [
            EscalationStep(from: .dsaNotice, trigger: .noResponse, after: .period("5 days"), propose: [.reminder])
        ]
        let planner = EscalationPlanner(ladder: ladder, zone: F.brussels)
        // 2 Nov + 5 days = Saturday 7 Nov, moved to Monday 9 Nov.
        #expect(
            planner.proposals(documents: [Self.notice], deadlines: [], now: F.instant("2026-11-08T12:00:00Z")) == [])
        let fired = planner.proposals(documents: [Self.notice], deadlines: [], now: F.instant("2026-11-10T12:00:00Z"))
        #expect(fired.map(\.kind) == [.reminder])
        #expect(fired.first?.ruleID == nil)
    }

    @Test("a decided document does not get reminders; a recorded 'no answer' escalates at once")
    func decidedAndNoAnswer() {
        var decided = Self.notice
        decided.status = .decided
        decided.outcome = .removed
        #expect(plan([decided], [Self.reminderDue], at: "2026-12-01T00:00:00Z") == [])
        decided.outcome = .noAnswer
        #expect(plan([decided], at: "2026-11-03T00:00:00Z").map(\.kind) == [.reminder])
    }

    @Test("a rejected notice proposes an Art. 20 complaint inside the six-month window only")
    func rejectedNotice() {
        let rejected = F.decidedNotice  // notified 2026-05-20
        #expect(plan([rejected], at: "2026-11-20T22:00:00Z").map(\.kind) == [.dsaComplaint])
        #expect(plan([rejected], at: "2026-11-21T00:00:00Z") == [])
        var partial = rejected
        partial.outcome = .partial
        #expect(plan([partial], at: "2026-06-01T00:00:00Z").map(\.kind) == [.dsaComplaint])
    }

    @Test("an unanswered erasure request proposes a reminder and a DPA complaint")
    func erasureSilence() {
        let erasure = DocumentSnapshot(
            id: 20, reference: "E-2026-00020", kind: .gdprErasure, status: .sent,
            sentAt: F.instant("2026-01-31T10:00:00Z"))
        // GDPR Art. 12(3): one month from 31 January = 28 February (a Saturday), moved to 2 March.
        #expect(plan([erasure], at: "2026-03-01T12:00:00Z") == [])
        let fired = plan([erasure], at: "2026-03-03T12:00:00Z")
        #expect(fired.map(\.kind) == [.reminder, .dpaComplaint])
        #expect(fired.allSatisfy { $0.parentID == 20 && $0.ruleID == "gdpr.art12.response" })
    }

    @Test("a preservation request warns the LEA contact ten days before the 60-day end")
    func preservationEnding() {
        let preservation = DocumentSnapshot(
            id: 30, reference: "P-2026-00030", kind: .preservationRequest, status: .acknowledged,
            sentAt: F.instant("2026-09-01T08:00:00Z"))
        // 60 days from 1 September end on 31 October; the warning is due on 21 October.
        #expect(plan([preservation], at: "2026-10-20T21:00:00Z") == [])
        let fired = plan([preservation], at: "2026-10-20T22:30:00Z")
        #expect(fired.map(\.kind) == [.reminder])
        #expect(fired.first?.ruleID == "eevidence.preservation-warning")
        // A stored (e.g. extended) warning wins over the computed one.
        let extended = OpenDeadline(
            documentID: 30, ruleID: "eevidence.preservation-warning", due: F.instant("2026-11-20T22:59:59Z"))
        #expect(plan([preservation], [extended], at: "2026-10-25T12:00:00Z") == [])
        // A period ladder counts back from the end of the duty.
        let ladder = [
            EscalationStep(
                from: .preservationRequest, trigger: .preservationEnding, after: .period("3 days"), propose: [.reminder]
            )
        ]
        let planner = EscalationPlanner(ladder: ladder, zone: F.brussels)
        #expect(
            planner.proposals(documents: [preservation], deadlines: [], now: F.instant("2026-10-27T12:00:00Z")) == [])
        #expect(
            planner.proposals(documents: [preservation], deadlines: [], now: F.instant("2026-10-28T12:00:00Z")).count
                == 1)
    }

    @Test("idempotent: an existing draft of the same kind after the same parent is not proposed again")
    func idempotent() {
        let now = "2026-11-12T00:00:00Z"
        let reminder = DocumentSnapshot(
            id: 11, reference: "R-2026-00011", kind: .reminder, status: .draft, parentID: 10)
        #expect(plan([Self.notice, reminder], [Self.reminderDue], at: now) == [])
        var withdrawn = reminder
        withdrawn.status = .withdrawn
        #expect(plan([Self.notice, withdrawn], [Self.reminderDue], at: now).map(\.kind) == [.reminder])
        // A reminder after another document does not count.
        var elsewhere = reminder
        elsewhere.parentID = 99
        #expect(plan([Self.notice, elsewhere], [Self.reminderDue], at: now).map(\.kind) == [.reminder])
    }

    @Test("closed and withdrawn documents never escalate")
    func finishedDocuments() {
        for status in [DocumentStatus.closed, .withdrawn, .draft, .approved] {
            var document = Self.notice
            document.status = status
            #expect(plan([document], [Self.reminderDue], at: "2026-12-01T00:00:00Z") == [], "\(status)")
        }
    }

    @Test("seeded random desks: drafting every proposal and planning again proposes nothing")
    func randomIdempotence() {
        var generator = SeededGenerator(seed: 2026)
        let kinds = DocumentKind.allCases
        let statuses = DocumentStatus.allCases
        let base = F.instant("2026-01-01T00:00:00Z")
        var proposed = 0
        for round in 0..<200 {
            var documents: [DocumentSnapshot] = []
            for id in 1...Int64.random(in: 1...8, using: &generator) {
                let status = statuses.randomElement(using: &generator)!
                let sent = base.addingTimeInterval(Double(Int.random(in: 0...200, using: &generator)) * 86_400)
                let parent =
                    id > 1 && Bool.random(using: &generator) ? Int64.random(in: 1..<id, using: &generator) : nil
                documents.append(
                    DocumentSnapshot(
                        id: id, reference: "D-\(id)", kind: kinds.randomElement(using: &generator)!, status: status,
                        parentID: parent,
                        outcome: status == .decided ? DocumentOutcome.allCases.randomElement(using: &generator) : nil,
                        sentAt: status.hasBeenSent ? sent : nil, decisionNotifiedAt: status == .decided ? sent : nil))
            }
            let now = base.addingTimeInterval(Double(Int.random(in: 0...400, using: &generator)) * 86_400)
            let first = planner.proposals(documents: documents, deadlines: [], now: now)
            proposed += first.count
            let pairs = first.map { "\($0.parentID)>\($0.kind.rawValue)" }
            #expect(Set(pairs).count == pairs.count, "round \(round): duplicate proposals")
            var nextID = Int64(100)
            for proposal in first {
                documents.append(
                    DocumentSnapshot(
                        id: nextID, reference: "D-\(nextID)", kind: proposal.kind, status: .draft,
                        parentID: proposal.parentID))
                nextID += 1
            }
            #expect(planner.proposals(documents: documents, deadlines: [], now: now) == [], "round \(round)")
        }
        #expect(proposed > 50, "the generator must exercise the ladder")
    }

    @Test("delays parse as a period or a rule id of the catalogue")
    func delayParsing() {
        #expect(EscalationDelay(parsing: " 5 days ") == .period(.days(5)))
        #expect(EscalationDelay(parsing: "48 hours") == .period(.hours(48)))
        #expect(EscalationDelay(parsing: "reminder.notice") == .rule("reminder.notice"))
        #expect(EscalationDelay(parsing: "dsa.notice.expected-decision") == .rule("dsa.notice.expected-decision"))
        for bad in ["5 dayz", "0 days", "reminder.notcie", "", "Reminder.Notice"] {
            #expect(EscalationDelay(parsing: bad) == nil, "\(bad)")
        }
        #expect(EscalationDelay.period("1 month").description == "1 month")
    }

    @Test("every rule the default ladder waits on exists in the catalogue")
    func defaultLadderRules() {
        for step in EscalationStep.defaultLadder {
            if let after = step.after { #expect(EscalationDelay(parsing: after.description) == after) }
        }
    }
}
