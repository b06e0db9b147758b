import Foundation

/// One record of a CSV file: its fields and the line it starts on (1 = the header).
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
    /// Set when a field is not valid UTF-8 (the file was saved in another encoding).
    public var invalidUTF8 = false

    public init(line: Int, fields: [String], invalidUTF8: Bool = false) {
        self.line = line
        self.fields = fields
        self.invalidUTF8 = invalidUTF8
    }
}

/// A CSV file too broken to read on: no row after this point can be trusted.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public let line: Int
    public let reason: String

    public var description: String { "line \(line): \(reason)" }
}

/// A streaming CSV reader (RFC 4180, and the way spreadsheets write it): fed chunks of bytes,
/// it emits whole records, so memory stays flat however large the file. It accepts a UTF-8
/// byte-order mark, CRLF, LF or CR line ends, quoted fields holding delimiters, doubled quotes
/// and line breaks (a lone CR inside quotes becomes LF; CRLF stays), and detects the delimiter
/// (`,`, `;` or tab) from the header line. Blank lines are skipped. A stray quote inside an
/// unquoted field is kept as text, as spreadsheets do.
public struct CSVParser: Sendable {
    /// A field longer than this is almost always an unclosed quote swallowing the file.
    public static let maximumFieldBytes = 1 << 20
    public static let maximumFields = 1_000

    public private(set) var delimiter: UInt8?
    private var header: [UInt8] = []
    private var headerInQuotes = false
    private var checkedBOM = false
    private var bomPrefix: [UInt8] = []

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, afterCR }
    private var state = State.fieldStart
    private var stateBeforeCR = State.fieldStart
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var invalidUTF8 = false
    private var line = 1
    private var recordLine = 1
    private var recordHasContent = false

    /// `delimiter` nil: detect it from the header line.
    public init(delimiter: UInt8? = nil) {
        self.delimiter = delimiter
    }

    public mutating func feed(_ bytes: some Collection<UInt8>, emit: (CSVRecord) throws -> Void) throws {
        guard !checkedBOM else {
            try feedBody(Array(bytes)[...], emit: emit)
            return
        }
        // The first bytes may be a UTF-8 byte-order mark (spreadsheets write one): held back
        // until three bytes are in, then dropped if they are the mark.
        let pending = bomPrefix + Array(bytes)
        if pending.count < 3, Self.byteOrderMark.starts(with: pending) {
            bomPrefix = pending
            return
        }
        checkedBOM = true
        bomPrefix = []
        try feedBody(pending.starts(with: Self.byteOrderMark) ? pending.dropFirst(3) : pending[...], emit: emit)
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private mutating func feedBody(_ input: ArraySlice<UInt8>, emit: (CSVRecord) throws -> Void) throws {
        guard !input.isEmpty else { return }
        guard let delimiter else {
            try collectHeader(input, emit: emit)
            return
        }
        try parse(input, delimiter: delimiter, emit: emit)
    }

    /// Holds bytes back until the header line is complete, then picks the delimiter that
    /// occurs most often in it outside quotes.
    private mutating func collectHeader(_ input: ArraySlice<UInt8>, emit: (CSVRecord) throws -> Void) throws {
        for (offset, byte) in zip(input.indices, input) {
            if byte == UInt8(ascii: "\"") { headerInQuotes.toggle() }
            if !headerInQuotes, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                header += input[input.startIndex..<offset]
                let chosen = Self.detectDelimiter(header)
                delimiter = chosen
                let pending = header
                header = []
                try parse(pending[...], delimiter: chosen, emit: emit)
                try parse(input[offset...], delimiter: chosen, emit: emit)
                return
            }
        }
        header += input
        if header.count > Self.maximumFieldBytes {
            throw CSVError(line: 1, reason: "the header line is longer than 1 MiB (is this a CSV file?)")
        }
    }

    static func detectDelimiter(_ header: [UInt8]) -> UInt8 {
        // In order of preference: ties go to the comma, the RFC 4180 delimiter.
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]
        var counts = [0, 0, 0]
        var inQuotes = false
        for byte in header {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes, let index = candidates.firstIndex(of: byte) {
                counts[index] += 1
            }
        }
        var best = 0
        for index in 1..<candidates.count where counts[index] > counts[best] { best = index }
        return candidates[best]
    }

    private mutating func parse(
        _ input: ArraySlice<UInt8>, delimiter: UInt8, emit: (CSVRecord) throws -> Void
    ) throws {
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        for byte in input {
            if state == .afterCR {
                state = stateBeforeCR
                if byte == newline { continue }
            }
            switch state {
            case .fieldStart:
                if byte == quote {
                    state = .quoted
                    recordHasContent = true
                } else if byte == delimiter {
                    recordHasContent = true
                    try endField()
                } else if byte == newline || byte == carriageReturn {
                    // After a delimiter the last field is empty but present; otherwise a blank line.
                    if recordHasContent { try endField() }
                    try endRecord(emit: emit)
                    advanceLine(byte)
                } else {
                    recordHasContent = true
                    field.append(byte)
                    state = .unquoted
                }
            case .unquoted:
                if byte == delimiter {
                    try endField()
                    state = .fieldStart
                } else if byte == newline || byte == carriageReturn {
                    try endField()
                    try endRecord(emit: emit)
                    state = .fieldStart
                    advanceLine(byte)
                } else {
                    try append(byte)
                }
            case .quoted:
                // A CR not followed by LF is a line end of its own (old Mac spreadsheets): kept as
                // the line break it is, not as a bare CR that a text view shows as ^M.
                if field.last == carriageReturn, byte != newline { field[field.count - 1] = newline }
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    if byte == newline || byte == carriageReturn { countLineInsideField(byte) }
                    try append(byte)
                }
            case .quoteInQuoted:
                if byte == quote {
                    try append(quote)
                    state = .quoted
                } else if byte == delimiter {
                    try endField()
                    state = .fieldStart
                } else if byte == newline || byte == carriageReturn {
                    try endField()
                    try endRecord(emit: emit)
                    state = .fieldStart
                    advanceLine(byte)
                } else {
                    // `"abc"x`: not RFC 4180, but spreadsheets keep the text; so do we.
                    try append(byte)
                    state = .unquoted
                }
            case .afterCR:
                break
            }
        }
    }

    /// Line ends inside a quoted field still count for the line numbers of later records.
    private mutating func countLineInsideField(_ byte: UInt8) {
        if byte == UInt8(ascii: "\n") {
            if field.last != UInt8(ascii: "\r") { line += 1 }
        } else {
            line += 1
        }
    }

    private mutating func advanceLine(_ byte: UInt8) {
        line += 1
        recordLine = line
        if byte == UInt8(ascii: "\r") {
            stateBeforeCR = state
            state = .afterCR
        }
    }

    private mutating func append(_ byte: UInt8) throws {
        guard field.count < Self.maximumFieldBytes else {
            throw CSVError(
                line: recordLine, reason: "a field is longer than 1 MiB (most likely a quote that is never closed)")
        }
        field.append(byte)
    }

    private mutating func endField() throws {
        if let text = String(validating: field, as: UTF8.self) {
            fields.append(text)
        } else {
            invalidUTF8 = true
            fields.append(String(decoding: field, as: UTF8.self))
        }
        field.removeAll(keepingCapacity: true)
        guard fields.count <= Self.maximumFields else {
            throw CSVError(line: recordLine, reason: "a row has more than \(Self.maximumFields) fields")
        }
    }

    private mutating func endRecord(emit: (CSVRecord) throws -> Void) throws {
        defer {
            fields.removeAll(keepingCapacity: true)
            invalidUTF8 = false
            recordHasContent = false
        }
        guard recordHasContent else { return }
        try emit(CSVRecord(line: recordLine, fields: fields, invalidUTF8: invalidUTF8))
    }

    /// Emits the last record when the file does not end with a line break.
    public mutating func finish(emit: (CSVRecord) throws -> Void) throws {
        if !checkedBOM {
            checkedBOM = true
            let pending = bomPrefix == [0xEF, 0xBB, 0xBF] ? [] : bomPrefix
            bomPrefix = []
            try feedBody(pending[...], emit: emit)
        }
        if delimiter == nil {
            let chosen = Self.detectDelimiter(header)
            delimiter = chosen
            let pending = header
            header = []
            try parse(pending[...], delimiter: chosen, emit: emit)
        }
        switch state {
        case .quoted:
            throw CSVError(line: recordLine, reason: "a quoted field is never closed (a \" is missing)")
        case .unquoted, .quoteInQuoted:
            try endField()
            try endRecord(emit: emit)
        case .fieldStart:
            if recordHasContent {
                try endField()
                try endRecord(emit: emit)
            }
        case .afterCR:
            break
        }
        state = .fieldStart
    }
}
