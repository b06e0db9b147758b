import ArgumentParser
import FlagdeskEngine

/// `flagdesk verify`: recomputes the audit chain and every evidence hash; exit 0 when intact.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the audit chain and every evidence file's hash; exit 0 only when intact.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the report as JSON (exit status as without).")
    var json = false

    func run() throws {
        let desk = try global.openDesk(access: .outsider)
        try runEngine { () throws(EngineError) in
            let report = try desk.verify()
            if json {
                Output.json(VerifyJSON(report))
            } else {
                Self.print(report)
            }
            if !report.isIntact {
                throw .integrity("verification failed: the store has been altered or damaged")
            }
        }
    }

    private static func print(_ report: VerifyReport) {
        switch report.chain {
        case .intact(let events, let head):
            Output.line("Audit chain intact: \(events) events, head sha256:\(head)")
            Output.line("  (note the head elsewhere: a removed tail can only be detected against it)")
        case .broken(let id, let reason):
            Output.line("Audit chain BROKEN at event #\(id): \(reason)")
        }
        if report.evidenceProblems.isEmpty {
            Output.line("Evidence intact: \(report.evidenceChecked) files match their SHA-256")
        }
        for problem in report.evidenceProblems {
            Output.line("Evidence BROKEN: #\(problem.evidenceID) sha256:\(problem.sha256): \(problem.reason)")
        }
        if report.trailProblems.isEmpty {
            Output.line("Records agree with the audit trail (items, documents, import digests)")
        }
        for problem in report.trailProblems {
            Output.line("Records DISAGREE with the audit trail: \(Output.safe(problem))")
        }
        if report.integrity != ["ok"] {
            Output.line("SQLite integrity check: \(report.integrity.joined(separator: "; "))")
        }
    }
}

/// `verify --json`: the same report, one field per check.
private struct VerifyJSON: Encodable {
    struct Chain: Encodable {
        let intact: Bool
        let events: Int?
        let head: String?
        let brokenAtEvent: Int64?
        let reason: String?
    }
    struct EvidenceProblem: Encodable {
        let evidenceID: Int64
        let sha256: String
        let reason: String
    }
    let intact: Bool
    let chain: Chain
    let evidenceChecked: Int
    let evidenceProblems: [EvidenceProblem]
    let trailProblems: [String]
    let integrity: [String]

    init(_ report: VerifyReport) {
        intact = report.isIntact
        switch report.chain {
        case .intact(let events, let head):
            chain = Chain(intact: true, events: events, head: head, brokenAtEvent: nil, reason: nil)
        case .broken(let id, let reason):
            chain = Chain(intact: false, events: nil, head: nil, brokenAtEvent: id, reason: reason)
        }
        evidenceChecked = report.evidenceChecked
        evidenceProblems = report.evidenceProblems.map {
            EvidenceProblem(evidenceID: $0.evidenceID, sha256: $0.sha256, reason: $0.reason)
        }
        trailProblems = report.trailProblems
        integrity = report.integrity
    }
}
