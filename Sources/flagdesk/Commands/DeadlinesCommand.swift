import ArgumentParser
import FlagdeskCore
import FlagdeskEngine
import Foundation

/// `flagdesk deadlines [--within DURATION] [--overdue]`: open deadlines, most urgent first.
struct DeadlinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadlines",
        abstract: "List open deadlines, most urgent first (threat to life at the top), with rule and next step.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "Only those due within this long, e.g. '7 days', '48 hours', '2 weeks'.")
    var within: String?

    @Flag(help: "Only overdue deadlines.")
    var overdue = false

    @OptionGroup var window: ListWindow

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Explain how each date was counted.")
    var explain = false

    @Option(help: "text (default) or ics: an RFC 5545 calendar with alarms, one event per deadline.")
    var format = DeadlineFormat.text

    func run() throws {
        let interval = try within.map(DurationOption.parse)
        let desk = try global.openDesk()
        let query = DeadlineQuery(
            within: interval, overdueOnly: overdue, limit: window.rows(completeOutput: json || format == .ics))
        if format == .ics {
            try runEngine { () throws(EngineError) in
                FileHandle.standardOutput.write(Data(try desk.deadlineCalendar(query).utf8))
                guard query.limit != DeadlineQuery.all else { return }
                let total = try desk.deadlineCount(query)
                if let leftOut = ListWindow.leftOut(shown: min(total, query.limit), total: total, noun: "deadlines") {
                    Output.error(leftOut)
                }
            }
            return
        }
        try runEngine { () throws(EngineError) in
            let rows = try desk.deadlines(query)
            let total = rows.count < query.limit ? rows.count : try desk.deadlineCount(query)
            let leftOut = ListWindow.leftOut(shown: rows.count, total: total, noun: "open deadlines")
            if json {
                Output.json(rows.map(DeadlineJSON.init))
                if let leftOut { Output.error(leftOut) }
                return
            }
            // Mandates that lapse within 30 days: JSON keeps its array of document deadlines.
            let mandates = overdue ? [] : try desk.mandatesExpiring()
            if rows.isEmpty { Output.line("No open deadlines.") }
            for mandate in mandates { Output.line(MandateOutputLine.text(mandate)) }
            for row in rows {
                let flag = row.threatToLife ? "THREAT TO LIFE  " : ""
                Output.line(
                    "\(flag)\(row.documentReference)  \(row.documentKind.rawValue)  "
                        + DeadlineOutputLine.text(row, zone: desk.zone))
                Output.line(
                    "    \(Output.safe(row.ruleTitle)); items \(row.itemReferences.joined(separator: " "))"
                        + (row.recipientName.map { "; to \(Output.safe($0))" } ?? "")
                        + (row.nextSteps.isEmpty
                            ? "" : "; next: " + row.nextSteps.map(\.rawValue).joined(separator: ", ")))
                if explain {
                    for step in row.explanation.split(separator: "\n") {
                        Output.line("      \(Output.safe(String(step)))")
                    }
                }
            }
            if let leftOut { Output.line(leftOut) }
        }
    }
}

/// A mandate near its end, as `deadlines` and the deadlines screen word it.
enum MandateOutputLine {
    static func text(_ mandate: MandateExpiry) -> String {
        let left = mandate.daysLeft == 0 ? "ends today" : "ends in \(mandate.daysLeft) day(s)"
        return "MANDATE  \(Output.safe(mandate.pseudonym))  \(left) (\(mandate.expiresOn)); scopes "
            + mandate.scopes.map(\.rawValue).joined(separator: ",") + "; renew it before a request relies on it"
    }
}

/// "7 days", "48 hours", "2 weeks" as seconds (whole days of 24 hours: a look-ahead window,
/// not a legal period).
enum DurationOption {
    static func parse(_ text: String) throws -> TimeInterval {
        let period: Period
        do {
            period = try Period(parsing: text)
        } catch {
            throw ValidationError("--within '\(Output.safe(text))' is not a duration such as '7 days' or '48 hours'")
        }
        switch period.unit {
        case .hours: return TimeInterval(period.amount) * 3600
        case .days, .workingDays: return TimeInterval(period.amount) * 86400
        case .weeks: return TimeInterval(period.amount) * 7 * 86400
        case .months: return TimeInterval(period.amount) * 31 * 86400
        case .years: return TimeInterval(period.amount) * 366 * 86400
        }
    }
}

/// `flagdesk escalate [--dry-run]`: drafts the next steps of the escalation ladder.
struct EscalateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "escalate",
        abstract: "Draft the follow-ups the escalation ladder calls for (never sends; running twice adds nothing).")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("dry-run"), help: "Only list what would be drafted.")
    var dryRun = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        let desk = try global.openDesk()
        let report = try runEngine { () throws(EngineError) in try desk.escalate(dryRun: dryRun) }
        if json {
            Output.json(
                EscalationJSON(
                    dryRun: dryRun,
                    proposals: report.proposals.map {
                        EscalationJSON.Proposal(
                            kind: $0.kind.rawValue, parent: $0.parentReference, reason: $0.reason, rule: $0.ruleID)
                    }, drafted: report.drafted.map(\.reference),
                    refused: zip(report.proposals, report.outcomes).compactMap { proposal, outcome in
                        guard case .refused(let reason) = outcome else { return nil }
                        return EscalationJSON.Refusal(
                            kind: proposal.kind.rawValue, parent: proposal.parentReference, reason: reason)
                    }))
            return
        }
        if report.proposals.isEmpty { Output.line("Nothing to escalate.") }
        for (index, proposal) in report.proposals.enumerated() {
            let outcome: String
            switch index < report.outcomes.count ? report.outcomes[index] : nil {
            case .drafted(let record): outcome = "drafted \(record.reference)"
            case .refused(let reason): outcome = "not drafted (\(Output.safe(reason)))"
            case nil: outcome = "would draft"
            }
            Output.line(
                "\(outcome): \(proposal.kind.rawValue) after \(proposal.parentReference) — \(Output.safe(proposal.reason))"
            )
        }
        let refused = report.outcomes.filter { if case .refused = $0 { true } else { false } }.count
        if refused > 0 {
            Output.error("\(refused) of \(report.proposals.count) follow-ups were refused; the others were drafted")
            throw ExitCode(1)
        }
    }
}

private struct EscalationJSON: Encodable {
    struct Proposal: Encodable {
        let kind: String
        let parent: String
        let reason: String
        let rule: String?
    }
    struct Refusal: Encodable {
        let kind: String
        let parent: String
        let reason: String
    }
    let dryRun: Bool
    let proposals: [Proposal]
    let drafted: [String]
    let refused: [Refusal]
}
