import Foundation

/// One edit of a document field, as typed on the command line or in a form: `key=value` sets a
/// field (for a list: the list becomes that one value, or the comma-separated values of a
/// vocabulary list), `key+=value` appends one value to a list, `key=` clears the field.
public struct FieldSetting: Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var value: String
    public var appends: Bool

    public init(key: String, value: String, appends: Bool = false) {
        self.key = key
        self.value = value
        self.appends = appends
    }

    /// Parses `key=value` or `key+=value`.
    public init(parsing text: String) throws(FieldError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw FieldError(
                "'\(DisplaySafe.quote(text))' is not key=value (e.g. explanation=\"...\" or url+=https://...)")
        }
        var key = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
        let appends = key.hasSuffix("+")
        if appends { key.removeLast() }
        guard !key.isEmpty else { throw FieldError("'\(DisplaySafe.quote(text))' has no field name before '='") }
        self.init(key: key.lowercased(), value: String(text[text.index(after: equals)...]), appends: appends)
    }

    public var description: String { "\(key)\(appends ? "+=" : "=")\(value)" }

    /// The value with surrounding white space removed; nil when that leaves nothing (a clear).
    var trimmed: String? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// An e-mail address, or nil to clear: refused unless it looks like one, so no line break
    /// or second address can ride into a mail header (`Bcc:` injection).
    func email() throws(FieldError) -> String? {
        guard let address = trimmed else { return nil }
        guard WebAddress.isPlausibleEmail(address) else {
            throw FieldError("\(key): '\(DisplaySafe.quote(value))' is not an e-mail address (local@domain.tld)")
        }
        return address
    }

    /// Yes or no; an empty value is no (the field cleared).
    func yesNo() throws(FieldError) -> Bool {
        if trimmed == nil { return false }
        guard let answer = YesNo.value(value) else {
            throw FieldError("\(key): '\(DisplaySafe.quote(value))' is not yes or no")
        }
        return answer
    }

    /// A free-text list: `=` replaces it by one value (or clears it), `+=` appends one.
    func apply(to list: inout [String]) {
        if appends {
            if let trimmed { list.append(trimmed) }
        } else {
            list = trimmed.map { [$0] } ?? []
        }
    }

    /// A list of vocabulary values: `=` takes comma-separated values, `+=` appends them.
    func applyVocabulary<T: Equatable>(to list: inout [T], parse: (String) throws(FieldError) -> T) throws(FieldError) {
        var values: [T] = []
        for part in value.split(separator: ",") {
            let word = part.trimmingCharacters(in: .whitespaces)
            if !word.isEmpty { values.append(try parse(word)) }
        }
        if appends {
            for value in values where !list.contains(value) { list.append(value) }
        } else {
            list = values
        }
    }

    func enumValue<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ word: String) throws(FieldError) -> T
    where T.RawValue == String {
        let wanted = word.trimmingCharacters(in: .whitespaces).lowercased()
        if let value = T.allCases.first(where: { $0.rawValue == wanted || $0.rawValue.hasPrefix(wanted + "-") }) {
            return value
        }
        throw FieldError(
            "\(key): '\(DisplaySafe.quote(word))' is not one of "
                + T.allCases.map(\.rawValue).joined(separator: ", "))
    }
}

/// A field edit that cannot be applied, with what would be accepted.
public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The editable fields of one document kind, with a one-line help each: for `--set`, the TUI's
/// compose form and the error that lists what exists.
public struct FieldDescription: Sendable, Equatable {
    public let key: String
    public let help: String
}
