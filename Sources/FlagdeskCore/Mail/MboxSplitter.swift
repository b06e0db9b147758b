/// Splits an mbox file (RFC 4155) into messages as its bytes stream in, holding at most one
/// line's first five bytes and one empty line: a message of any size passes through in the
/// caller's chunks, so memory stays flat. A message starts after a `From ` line that opens the
/// file or follows an empty line; that line and the empty line before it are separators, not
/// message bytes. Body lines escaped as `>From ` are kept as written (the stored evidence is the
/// message as the mailbox held it).
public struct MboxSplitter {
    public enum Event {
        case begin
        case data(ArraySlice<UInt8>)
        case end
    }

    private var inMessage = false
    private var atLineStart = true
    private var previousLineEmpty = true
    private var skippingSeparator = false
    private var head: [UInt8] = []
    private var heldEmptyLine: [UInt8] = []
    private static let from = Array("From ".utf8)

    public init() {}

    public mutating func feed(_ chunk: ArraySlice<UInt8>, _ sink: (Event) -> Void) {
        var index = chunk.startIndex
        while index < chunk.endIndex {
            if skippingSeparator {
                guard let newline = chunk[index...].firstIndex(of: 0x0A) else { return }
                skippingSeparator = false
                atLineStart = true
                previousLineEmpty = false
                index = newline + 1
                continue
            }
            if atLineStart {
                let byte = chunk[index]
                head.append(byte)
                index += 1
                if byte == 0x0A {
                    let empty = head.count == 1 || (head.count == 2 && head[0] == 0x0D)
                    if empty {
                        emit(heldEmptyLine[...], sink)
                        heldEmptyLine = head
                    } else {
                        emitHead(sink)
                    }
                    head.removeAll(keepingCapacity: true)
                    previousLineEmpty = empty
                    continue
                }
                if head.count <= 5, Self.from.starts(with: head) {
                    guard head.count == 5 else { continue }
                    if previousLineEmpty {
                        if inMessage { sink(.end) }
                        inMessage = true
                        sink(.begin)
                        heldEmptyLine.removeAll(keepingCapacity: true)
                        head.removeAll(keepingCapacity: true)
                        skippingSeparator = true
                        continue
                    }
                }
                emitHead(sink)
                head.removeAll(keepingCapacity: true)
                atLineStart = false
                continue
            }
            // Inside a line: pass everything up to and including its end through at once.
            if let newline = chunk[index...].firstIndex(of: 0x0A) {
                emit(chunk[index...newline], sink)
                index = newline + 1
                atLineStart = true
                previousLineEmpty = false
            } else {
                emit(chunk[index...], sink)
                index = chunk.endIndex
            }
        }
    }

    /// Ends the last message (a trailing empty line is a separator and is dropped).
    public mutating func finish(_ sink: (Event) -> Void) {
        if !head.isEmpty { emitHead(sink) }
        head.removeAll()
        if inMessage { sink(.end) }
        inMessage = false
    }

    private mutating func emitHead(_ sink: (Event) -> Void) {
        emit(heldEmptyLine[...], sink)
        heldEmptyLine.removeAll(keepingCapacity: true)
        emit(head[...], sink)
    }

    private func emit(_ bytes: ArraySlice<UInt8>, _ sink: (Event) -> Void) {
        if inMessage, !bytes.isEmpty { sink(.data(bytes)) }
    }
}
