import FlagdeskCore
import Foundation
import Testing

/// The `mime` fuzz target's seeds (and any input that once broke it) through the same checks.
struct MIMEFuzzCorpusTests {
    @Test func theMIMECorpusReadsAndSplitsTheSameInChunks() throws {
        let inputs = FuzzCorpusTests.inputs("mime")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let chunk = Int(bytes.first ?? 0) + 1
            let rest = Array(bytes.dropFirst())
            let message = MIMEReader.read(rest)
            for text in [message.subject, message.from, message.text] {
                #expect(!TerminalSanitizer.sanitize(text, mode: .multiLine).contains("\u{1B}"), "\(name)")
            }
            #expect(split(rest, chunk: max(1, rest.count)) == split(rest, chunk: chunk), "\(name)")
        }
    }

    func split(_ bytes: [UInt8], chunk: Int) -> [[UInt8]] {
        var splitter = MboxSplitter()
        var messages: [[UInt8]] = []
        let sink: (MboxSplitter.Event) -> Void = { event in
            switch event {
            case .begin: messages.append([])
            case .data(let data): messages[messages.count - 1] += data
            case .end: break
            }
        }
        var start = 0
        while start < bytes.count {
            splitter.feed(bytes[start..<min(bytes.count, start + chunk)], sink)
            start += chunk
        }
        splitter.finish(sink)
        return messages
    }
}
