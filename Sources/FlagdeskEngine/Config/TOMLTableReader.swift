import FlagdeskCore
import Foundation
import TOMLKit

/// Reads one TOML table against the schema written in code: each accessor names a key it knows,
/// checks the value's type and reports problems with their line. `finish()` then reports every
/// key that no accessor asked for as unknown, suggesting the closest known key: a typo must not
/// be silently ignored. The set of known keys is exactly the set of keys the decoder asks for, so
/// schema and check cannot drift apart.
final class TOMLTableReader {
    let table: TOMLTable
    let path: ConfigPath
    let source: ConfigSource
    private var knownKeys: [String] = []

    init(table: TOMLTable, path: ConfigPath, source: ConfigSource) {
        self.table = table
        self.path = path
        self.source = source
    }

    /// The raw value of a known key.
    func value(_ key: String) -> TOMLValueConvertible? {
        if !knownKeys.contains(key) { knownKeys.append(key) }
        return table[key]
    }

    func report(
        _ kind: ConfigProblem.Kind, _ key: String, index: Int? = nil, found: String?, expected: String,
        suggestion: String? = nil
    ) {
        var at = path.appending(key)
        if let index { at = at.appending(index: index) }
        source.report(kind, at: at, found: found, expected: expected, suggestion: suggestion)
    }

    /// The line a key was written on, for checks made after loading (the desk's `[keys]`).
    func line(of key: String) -> Int? { source.index.line(for: path.appending(key)) }

    func missing(_ key: String, expected: String) {
        report(.missingKey, key, found: "no value", expected: expected)
    }

    func string(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.string else {
            report(.wrongType, key, found: TOMLDescription.describe(value), expected: "a string in quotes")
            return nil
        }
        return text
    }

    /// A string, with surrounding spaces removed; an empty string counts as absent.
    func text(_ key: String) -> String? {
        guard let text = string(key)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        guard let flag = value.bool else {
            report(
                .wrongType, key, found: TOMLDescription.describe(value),
                expected: "a boolean (true or false, without quotes)")
            return nil
        }
        return flag
    }

    func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = value(key) else { return nil }
        guard let number = value.int else {
            report(.wrongType, key, found: TOMLDescription.describe(value), expected: "an integer (without quotes)")
            return nil
        }
        guard range.contains(number) else {
            report(
                .invalidValue, key, found: String(number),
                expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// A string mapped through `parse`; `candidates` feed the "did you mean".
    func parsed<T>(
        _ key: String, expected: String, candidates: @autoclosure () -> [String] = [], parse: (String) -> T?
    ) -> T? {
        guard let text = string(key) else { return nil }
        guard let result = parse(text) else {
            report(
                .invalidValue, key, found: ConfigText.quoted(text), expected: expected,
                suggestion: EditDistance.suggestion(for: text, among: candidates()))
            return nil
        }
        return result
    }

    /// A calendar date: a TOML date (`2026-12-24`) or the same in a string.
    func date(_ key: String) -> CivilDate? {
        guard let value = value(key) else { return nil }
        return Self.date(from: value) { found, expected in report(.invalidValue, key, found: found, expected: expected)
        }
    }

    static func date(from value: TOMLValueConvertible, onProblem: (String, String) -> Void) -> CivilDate? {
        let expected = "a date YYYY-MM-DD, e.g. 2026-12-24"
        if let date = value.date {
            guard let civil = CivilDate(year: date.year, month: date.month, day: date.day) else {
                onProblem(TOMLDescription.describe(value), expected)
                return nil
            }
            return civil
        }
        guard let text = value.string, let civil = CivilDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
            onProblem(TOMLDescription.describe(value), expected)
            return nil
        }
        return civil
    }

    /// An array whose elements each pass `element` (which reports its own problems and returns
    /// nil for a bad one); bad elements are left out.
    func array<T>(_ key: String, element: (TOMLValueConvertible, Int) -> T?) -> [T]? {
        guard let value = value(key) else { return nil }
        guard let array = value.array else {
            report(.wrongType, key, found: TOMLDescription.describe(value), expected: "an array [ ... ]")
            return nil
        }
        return array.enumerated().compactMap { element($1, $0) }
    }

    func stringArray(_ key: String) -> [String]? {
        array(key) { value, index in
            guard let text = value.string else {
                report(
                    .wrongType, key, index: index, found: TOMLDescription.describe(value),
                    expected: "a string in quotes")
                return nil
            }
            return text
        }
    }

    func dateArray(_ key: String) -> [CivilDate]? {
        array(key) { value, index in
            Self.date(from: value) { found, expected in
                report(.invalidValue, key, index: index, found: found, expected: expected)
            }
        }
    }

    /// A sub-table (`[a.b]` or an inline table).
    func table(_ key: String) -> TOMLTableReader? {
        guard let value = value(key) else { return nil }
        guard let sub = value.table else {
            report(
                .wrongType, key, found: TOMLDescription.describe(value),
                expected: "a table [\(path.appending(key).display())]")
            return nil
        }
        return TOMLTableReader(table: sub, path: path.appending(key), source: source)
    }

    /// An array of tables (`[[providers]]`).
    func tables(_ key: String) -> [TOMLTableReader]? {
        array(key) { value, index in
            guard let sub = value.table else {
                report(
                    .wrongType, key, index: index, found: TOMLDescription.describe(value),
                    expected: "a table [[\(key)]]")
                return nil
            }
            return TOMLTableReader(table: sub, path: path.appending(key).appending(index: index), source: source)
        }
    }

    /// Every entry of a free-form table (logins, rule ids), each key taken as known.
    func entries() -> [(key: String, value: TOMLValueConvertible)] {
        table.keys.sorted().compactMap { key in value(key).map { (key, $0) } }
    }

    /// Reports the keys present that no accessor asked for.
    func finish() {
        for key in table.keys.sorted() where !knownKeys.contains(key) {
            let isTable = table[key]?.type == .table
            var expected = knownKeys.isEmpty ? "no keys here" : "one of \(knownKeys.joined(separator: ", "))"
            if path != .root, ConfigDecoder.topLevelKeys.contains(key) {
                expected += " (\(key) belongs at the top of the file, before the first [table])"
            }
            source.report(
                .unknownKey, at: path.appending(key), isTable: isTable,
                found: "an unknown \(isTable ? "table" : "key")",
                expected: expected, suggestion: EditDistance.suggestion(for: key, among: knownKeys))
        }
    }
}
