import ArgumentParser
import FlagdeskEngine

/// `flagdesk verify`: recomputes the audit chain and every evidence hash; exit 0 when intact.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the audit chain and every evidence file's hash; exit 0 only when intact.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let desk = try global.openDesk(access: .outsider)
        try runEngine { () throws(EngineError) in
            let report = try desk.verify()
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
            if !report.isIntact {
                throw .integrity("verification failed: the store has been altered or damaged")
            }
        }
    }
}
