/// One thing wrong with a configuration: where (file, line, key), what was found and what was
/// expected.
public struct ConfigProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// TOML syntax error, with TOMLKit's line and column.
        case syntax
        /// A value of the wrong TOML type (a string where a boolean belongs).
        case wrongType
        /// A key or table the configuration does not know (often a typo).
        case unknownKey
        /// A value of the right type that is not acceptable (a misspelt time zone).
        case invalidValue
        /// A required key is absent.
        case missingKey
        /// A key given twice (directory entries, hosts).
        case duplicate
        /// A file named explicitly (`--config`, `FLAGDESK_CONFIG`, `directory_files`) is missing.
        case fileNotFound
        /// A file exists but cannot be read as UTF-8 text.
        case unreadable
    }

    public var kind: Kind
    /// The file as named to the user.
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column (syntax errors only).
    public var column: Int?
    /// The key as a user reads it (`[time] zone`), nil for whole-file problems.
    public var location: String?
    /// What was found, already rendered for display; nil when nothing was (a missing file).
    public var found: String?
    public var expected: String
    /// A close known value, when the found one looks like a typo of it.
    public var suggestion: String?

    public init(
        kind: Kind, file: String, line: Int? = nil, column: Int? = nil, location: String? = nil, found: String? = nil,
        expected: String, suggestion: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
        self.location = location
        self.found = found
        self.expected = expected
        self.suggestion = suggestion
    }

    /// `config.toml:12: [time] zone: found "Europe/Brusels", expected an IANA time zone such as
    /// Europe/Brussels`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        if let location { text += ": \(location)" }
        text += ": "
        text += found.map { "found \($0), expected \(expected)" } ?? expected
        if let suggestion, !expected.hasSuffix("such as \(suggestion)") {
            text += " (did you mean \"\(suggestion)\"?)"
        }
        return text
    }
}

/// A configuration refused, with every problem found in one pass.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public let problems: [ConfigProblem]

    public init(problems: [ConfigProblem]) {
        self.problems = problems
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (["configuration refused (\(count)):"] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}
