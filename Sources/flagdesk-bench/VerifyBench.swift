import FlagdeskEngine
import FlagdeskStore
import Foundation

/// `flagdesk-bench verify --reuse STORE [--part all|seal|chain|trail|integrity]`: one part of
/// `verify` (or all of it) on a store kept by `suite --keep`, alone in the process, so a
/// profiler sees only that part. Prints its wall and CPU time.
struct VerifyBench: Bench {
    let name = "verify"
    let summary =
        "verify, or one of its parts, on a kept suite store [--reuse STORE] [--part all|seal|chain|trail|integrity]"

    func run(_ arguments: BenchArguments) throws {
        try arguments.rejectUnknown(except: ["reuse", "part"])
        guard let reuse = arguments.text("reuse") else {
            throw BenchArguments.Invalid(description: "--reuse STORE is required (a store kept by suite --keep)")
        }
        let desk = try SuiteBench.open(URL(fileURLWithPath: reuse))
        let store = desk.store
        let part = arguments.text("part") ?? "all"
        let runs: [String: () throws -> Void] = [
            "all": { _ = try desk.verify() },
            "seal": { _ = try store.verifySeal() },
            "chain": { _ = try store.read { db in try AuditTrail.verify(in: db) } },
            "trail": { _ = try store.read { db in try AuditReconciliation.problems(in: db) } },
            "integrity": { _ = try store.integrityCheck() },
        ]
        guard let body = runs[part] else {
            throw BenchArguments.Invalid(description: "--part is one of \(runs.keys.sorted().joined(separator: ", "))")
        }
        print("verify --part \(part): \(try Timing(body))")
    }
}
