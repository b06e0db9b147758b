import FlagdeskCore
import FlagdeskEngine
import FlagdeskStore
import Foundation

/// `flagdesk-bench mail [--messages N] [--documents D]`: imports N replies (default 10,000) from a
/// Maildir into a store of D sent notices (default 1,000), then the same into a store of 100 times
/// as many: the cost per message must not grow with the documents (every look-up is a point
/// query). Replies: half answer a notice by In-Reply-To, a quarter name it in the subject, a
/// quarter match nothing; one in fifty carries a 200 KB attachment. Target (issue 19): under 10 s,
/// flat memory.
struct MailBench: Bench {
    let name = "mail"
    let summary =
        "import N replies (default 10,000) from a Maildir, at D and 100xD documents [--messages N] [--documents D]"
    static let now = ISO8601.parseInstant("2026-11-02T09:00:00Z")!

    func run(_ arguments: BenchArguments) throws {
        try arguments.rejectUnknown(except: ["messages", "documents"])
        let messages = try arguments.count("messages", default: 10_000)
        let documents = try arguments.count("documents", default: 1_000)
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
            "flagdesk-mail-bench-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        print(
            "| Documents in store | Messages | Wall time (CPU time: user + system) | Messages/s | Resident memory (before -> peak) |"
        )
        print("|---|---|---|---|---|")
        for scale in [documents, documents * 100] {
            let run = folder.appendingPathComponent("d\(scale)")
            let desk = try open(run.appendingPathComponent("store"))
            let references = try desk.store.write { db in
                try BenchFixtures.addSentMessages(count: scale, now: Self.now, actor: "bench", in: db)
            }
            let maildir = try writeMaildir(run.appendingPathComponent("inbox"), count: messages, references: references)
            let before = ProcessMemory.resident()
            _ = ProcessMemory.resetPeak()
            var summary = MailImportSummary()
            let cpuBefore = ProcessMemory.cpuSeconds()
            let seconds = try measureSeconds { summary = try desk.importMail(paths: [maildir.path]) }
            // On a shared machine the wall time follows the load; the CPU time much less so.
            let cpu = ProcessMemory.cpuSeconds() - cpuBefore
            guard summary.added == messages else {
                throw BenchArguments.Invalid(description: "imported \(summary.added) of \(messages)")
            }
            print(
                "| \(grouped(scale)) | \(grouped(messages)) (\(summary.matched) matched) | "
                    + String(format: "%.2f s (%.2f CPU s)", seconds, cpu)
                    + " | \(grouped(Int(Double(messages) / seconds))) | "
                    + "\(ProcessMemory.megabytes(before)) -> \(ProcessMemory.megabytes(ProcessMemory.peak())) |")
        }
    }

    private func open(_ store: URL) throws -> Desk {
        let home = store.deletingLastPathComponent()
        return try Desk.open(
            DeskOptions(
                configPath: nil, storePath: store.path, now: Self.now,
                environment: [
                    "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path, "USER": "bench",
                ], createStore: true, newDesk: NewDesk(simulatedClock: true)))
    }

    private func writeMaildir(_ folder: URL, count: Int, references: [String]) throws -> URL {
        for sub in ["new", "cur", "tmp"] {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let attachment = Data(repeating: 0x41, count: 150_000).base64EncodedString(options: .lineLength76Characters)
        for index in 0..<count {
            let reference = references[(index * 7919) % references.count]
            var headers = [
                "From: Trust & Safety <dsa@provider.example>", "To: notices@bench.example",
                "Date: Sun, 1 Nov 2026 10:\(String(format: "%02d", index % 60)):00 +0100",
                "Message-ID: <reply-\(index)@provider.example>",
            ]
            switch index % 4 {
            case 0, 1:
                headers += ["Subject: Re: your notice", "In-Reply-To: <\(reference)@bench.example>"]
            case 2:
                headers.append("Subject: Decision on \(reference)")
            default:
                headers.append("Subject: Newsletter \(index)")
            }
            var body =
                "Thank you for your notice. We have received your report.\nThe content has been removed.\n"
                + "Case number: TS-\(index).\n"
            if index % 50 == 0 {
                headers.append("Content-Type: multipart/mixed; boundary=b")
                body =
                    "--b\nContent-Type: text/plain\n\n\(body)\n--b\nContent-Type: application/pdf\n"
                    + "Content-Transfer-Encoding: base64\n\n\(attachment)\n--b--\n"
            }
            let text = headers.joined(separator: "\n") + "\n\n" + body
            try Data(text.utf8).write(to: folder.appendingPathComponent("new/\(index).bench"))
        }
        return folder
    }
}
