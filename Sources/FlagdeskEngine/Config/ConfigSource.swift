import TOMLKit

/// Problems found so far, across every file of one load.
final class ProblemLog {
    private(set) var problems: [ConfigProblem] = []

    func add(_ problem: ConfigProblem) { problems.append(problem) }
}

/// One parsed TOML file: its name for messages, its line index, and where problems go.
struct ConfigSource {
    let file: String
    let index: TOMLSourceIndex
    let log: ProblemLog

    func report(
        _ kind: ConfigProblem.Kind, at path: ConfigPath, isTable: Bool = false, found: String?, expected: String,
        suggestion: String? = nil
    ) {
        log.add(
            ConfigProblem(
                kind: kind, file: file, line: index.line(for: path), location: path.display(asTable: isTable),
                found: found, expected: expected, suggestion: suggestion))
    }
}

/// How a TOML value reads in a message: strings quoted and escaped, other scalars as written,
/// with the type named where the type is the point.
enum TOMLDescription {
    static func describe(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: return "\(ConfigText.quoted(value.string ?? "")) (a string)"
        case .int: return "\(value.int.map(String.init) ?? "?") (an integer)"
        case .double: return "\(value.double.map { String($0) } ?? "?") (a floating-point number)"
        case .bool: return "\(value.bool.map { String($0) } ?? "?") (a boolean)"
        case .date: return "\(value.date.map(dateText) ?? "?") (a date)"
        case .time: return "a time of day"
        case .dateTime: return "a date-time"
        case .array: return "an array"
        case .table: return "a table"
        }
    }

    static func dateText(_ date: TOMLDate) -> String {
        let padded = { (value: Int, width: Int) in
            String(repeating: "0", count: max(0, width - String(value).count)) + String(value)
        }
        return "\(padded(date.year, 4))-\(padded(date.month, 2))-\(padded(date.day, 2))"
    }
}
