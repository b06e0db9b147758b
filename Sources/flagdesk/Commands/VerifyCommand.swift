import ArgumentParser
import FlagdeskEngine

/// `flagdesk verify`: recomputes the audit chain, checks its seal and every audited row against
/// the seal key, and every evidence hash; exit 0 when intact.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the audit chain, its seal, every audited row and evidence file; exit 0 only when intact.",
        discussion: """
            Needs the seal key file (see `flagdesk keys seal-init`): without it the rows cannot be \\
            proven, and verify says so and fails. --expect-head checks that the trail still holds a \\
            head written down elsewhere (printed by verify, each backup and the annual report): only \\
            that finds a trail cut back, or replaced by whoever holds the key.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("expect-head"), help: "A chain head (sha256 hex) written down earlier.")
    var expectHead: String?

    @Flag(help: "Print the report as JSON (exit status as without).")
    var json = false

    func run() throws {
        let desk = try global.openDesk(access: .outsider)
        let progress = StagedProgress.onTerminal("verify")
        try runEngine { () throws(EngineError) in
            let report: VerifyReport
            do {
                defer { progress?.finish() }
                report = try desk.verify(
                    expectHead: expectHead.map { $0.hasPrefix("sha256:") ? String($0.dropFirst(7)) : $0 },
                    progress: StagedProgress.callback(progress))
            }
            if json {
                Output.json(VerifyJSON(report))
            } else {
                printText(report)
            }
            if !report.isIntact {
                throw .integrity("verification failed: the store has been altered or damaged, or could not be proven")
            }
        }
    }

    private func printText(_ report: VerifyReport) {
        switch report.chain {
        case .intact(let events, let head):
            Output.line("Audit chain intact: \(events) events, head sha256:\(head)")
            Output.line("  (note the head elsewhere; `verify --expect-head` finds a trail cut back before it)")
        case .broken(let id, let reason):
            Output.line("Audit chain BROKEN at event #\(id): \(reason)")
        }
        if let head = report.expectedHead {
            Output.line(
                report.expectedHeadFound
                    ? "Expected head found in the trail: sha256:\(Output.safe(head))"
                    : "Expected head NOT in the trail: sha256:\(Output.safe(head)) (the trail was cut back or replaced)"
            )
        }
        if !report.seal.checked {
            Output.line(
                "Seal NOT CHECKED: no seal key file at \(Output.safe(report.sealKeyFile ?? "?")); the rows cannot "
                    + "be proven without it")
        } else if report.seal.problems.isEmpty {
            Output.line(
                "Seal intact: \(report.seal.rowsChecked) audited rows and \(report.seal.sealEvents) seal events match the key"
            )
        }
        for problem in report.seal.problems {
            Output.line("Seal BROKEN: \(Output.safe(problem.message))")
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

/// `verify --json`: one object, camelCase, every problem located.
struct VerifyJSON: Encodable {
    struct Problem: Encodable {
        var check: String
        var entity: String?
        var reference: String?
        var fields: [String]?
        var sinceEvent: Int64?
        var message: String
    }

    var intact: Bool
    var chainIntact: Bool
    var events: Int?
    var head: String?
    var expectedHead: String?
    var expectedHeadFound: Bool?
    var sealChecked: Bool
    var sealKeyFile: String?
    var rowsChecked: Int
    var sealEvents: Int
    var evidenceChecked: Int
    var integrity: [String]
    var problems: [Problem]

    init(_ report: VerifyReport) {
        intact = report.isIntact
        var problems: [Problem] = []
        switch report.chain {
        case .intact(let count, let hash):
            chainIntact = true
            events = count
            head = hash
        case .broken(let id, let reason):
            chainIntact = false
            problems.append(Problem(check: "chain", entity: "event", reference: "#\(id)", message: reason))
        }
        expectedHead = report.expectedHead
        expectedHeadFound = report.expectedHead == nil ? nil : report.expectedHeadFound
        if report.expectedHead != nil, !report.expectedHeadFound {
            problems.append(Problem(check: "expectedHead", message: "the expected head is not in the trail"))
        }
        sealChecked = report.seal.checked
        sealKeyFile = report.sealKeyFile
        rowsChecked = report.seal.rowsChecked
        sealEvents = report.seal.sealEvents
        if !report.seal.checked {
            problems.append(Problem(check: "seal", message: "no seal key: the rows could not be checked"))
        }
        problems += report.seal.problems.map { problem in
            Problem(
                check: "seal", entity: problem.entity, reference: problem.reference,
                fields: problem.fields.isEmpty ? nil : problem.fields, sinceEvent: problem.sinceEvent,
                message: problem.message)
        }
        evidenceChecked = report.evidenceChecked
        problems += report.evidenceProblems.map { problem in
            Problem(check: "evidence", entity: "evidence", reference: "#\(problem.evidenceID)", message: problem.reason)
        }
        problems += report.trailProblems.map { Problem(check: "trail", message: $0) }
        integrity = report.integrity
        if report.integrity != ["ok"] {
            problems.append(Problem(check: "integrity", message: report.integrity.joined(separator: "; ")))
        }
        self.problems = problems
    }
}
