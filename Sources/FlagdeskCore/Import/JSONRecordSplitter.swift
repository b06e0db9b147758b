import Foundation

/// The text of one JSON record (an array element, or one line of NDJSON) and the line it
/// starts on. Decoding happens later, one record at a time.
public struct JSONRecordText: Sendable, Equatable {
    public var line: Int
    public var bytes: [UInt8]

    public init(line: Int, bytes: [UInt8]) {
        self.line = line
        self.bytes = bytes
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A JSON file whose structure is broken where records can no longer be told apart.
public struct JSONStructureError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let reason: String

    public var description: String { "line \(line): \(reason)" }
}

/// Splits a stream of bytes into records without holding the file: either one JSON array of
/// objects (`[ {...}, {...} ]`, pretty-printed or not), or NDJSON (one object per line). The
/// split only tracks nesting and strings; each record's own JSON is checked when it is decoded,
/// so one broken record is rejected on its own line while the rest are read.
public struct JSONRecordSplitter: Sendable {
    public enum Layout: Sendable, Equatable {
        /// Decide from the first character: `[` an array, anything else NDJSON.
        case detect
        case array
        case lines
    }

    public static let maximumRecordBytes = 1 << 20

    public private(set) var layout: Layout
    private var current: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var depth = 0
    private var inString = false
    private var escaped = false
    private var started = false
    private var arrayClosed = false

    public init(layout: Layout = .detect) {
        self.layout = layout
    }

    public mutating func feed(_ bytes: some Collection<UInt8>, emit: (JSONRecordText) throws -> Void) throws {
        for byte in bytes {
            if !started {
                // Skip a byte-order mark and leading white space before deciding the layout.
                if byte == 0xEF || byte == 0xBB || byte == 0xBF || Self.isSpace(byte) {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    continue
                }
                started = true
                if layout == .detect { layout = byte == UInt8(ascii: "[") ? .array : .lines }
                if layout == .array {
                    guard byte == UInt8(ascii: "[") else {
                        throw JSONStructureError(line: line, reason: "a JSON import file must start with [ or {")
                    }
                    continue
                }
            }
            switch layout {
            case .lines, .detect: try splitLines(byte, emit: emit)
            case .array: try splitArray(byte, emit: emit)
            }
        }
    }

    public mutating func finish(emit: (JSONRecordText) throws -> Void) throws {
        switch layout {
        case .lines, .detect:
            if current.contains(where: { !Self.isSpace($0) }) {
                try emit(JSONRecordText(line: recordLine, bytes: current))
            }
        case .array:
            if started, !arrayClosed {
                throw JSONStructureError(line: line, reason: "the JSON array is never closed (a ] is missing)")
            }
        }
        current = []
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func splitLines(_ byte: UInt8, emit: (JSONRecordText) throws -> Void) throws {
        if byte == UInt8(ascii: "\n") {
            if current.contains(where: { !Self.isSpace($0) }) {
                try emit(JSONRecordText(line: recordLine, bytes: current))
            }
            current.removeAll(keepingCapacity: true)
            line += 1
            recordLine = line
            return
        }
        try append(byte)
    }

    private mutating func splitArray(_ byte: UInt8, emit: (JSONRecordText) throws -> Void) throws {
        if arrayClosed {
            guard Self.isSpace(byte) else {
                throw JSONStructureError(line: line, reason: "text after the end of the JSON array")
            }
            if byte == UInt8(ascii: "\n") { line += 1 }
            return
        }
        if byte == UInt8(ascii: "\n") { line += 1 }
        if inString {
            try append(byte)
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "\"") {
                inString = false
            }
            return
        }
        switch byte {
        case UInt8(ascii: "\""):
            inString = true
            try begin(byte)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try begin(byte)
            depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            if depth == 0 {
                guard byte == UInt8(ascii: "]") else {
                    throw JSONStructureError(line: line, reason: "a } without its {")
                }
                try endElement(emit: emit)
                arrayClosed = true
                return
            }
            depth -= 1
            try append(byte)
        case UInt8(ascii: ","):
            if depth == 0 {
                guard !current.isEmpty else {
                    throw JSONStructureError(line: line, reason: "an empty element between commas")
                }
                try endElement(emit: emit)
            } else {
                try append(byte)
            }
        default:
            if Self.isSpace(byte) {
                if !current.isEmpty { try append(byte) }
            } else {
                try begin(byte)
            }
        }
    }

    private mutating func begin(_ byte: UInt8) throws {
        if current.isEmpty { recordLine = line }
        try append(byte)
    }

    private mutating func endElement(emit: (JSONRecordText) throws -> Void) throws {
        if !current.isEmpty { try emit(JSONRecordText(line: recordLine, bytes: current)) }
        current.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ byte: UInt8) throws {
        guard current.count < Self.maximumRecordBytes else {
            throw JSONStructureError(
                line: recordLine, reason: "a record is longer than 1 MiB (most likely a bracket or quote never closed)")
        }
        current.append(byte)
    }
}
