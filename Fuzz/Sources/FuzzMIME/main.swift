import FlagdeskCore
import FuzzSupport

/// The MIME reader and the mbox splitter (issue #19: replies by e-mail are hostile input). The
/// first byte is a chunk size. Properties: reading never traps and stays within its limits;
/// what it decodes, once sanitised, holds no escape or control character; an mbox splits into
/// the same messages whether it arrives whole or in chunks.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzMIME(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = FuzzInput(data, count)
    let chunk = Int(input.byte()) + 1
    let bytes = input.rest
    let message = MIMEReader.read(bytes)
    require(message.attachments.count <= MIMEReader.maxParts, "more attachments than the part limit")
    require(message.text.utf8.count <= MIMEReader.maxTextBytes * 4, "text beyond the text limit")
    for text in [message.subject, message.from, message.text] + message.attachments.compactMap(\.name) {
        let shown = TerminalSanitizer.sanitize(text, mode: .multiLine)
        require(
            !shown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 },
            "a control character survived the sanitiser: \(shown.debugDescription)")
    }
    _ = ReplyClues(message)
    let whole = split(bytes, chunk: max(1, bytes.count))
    let chunked = split(bytes, chunk: chunk)
    require(whole == chunked, "mbox split differs in chunks of \(chunk): \(whole.count) vs \(chunked.count) messages")
    return 0
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

runFuzzer(fuzzMIME)
