import Foundation

/// A value of the DSA Transparency Database vocabulary: an exact API key and its label.
///
/// Users may type the full key (`KEYWORD_HUMAN_TRAFFICKING`) or the key without its prefix
/// (`human_trafficking`, `human-trafficking`), in any case; what is stored is always the exact key.
public protocol TaxonomyValue: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    var label: String { get }
    /// The key prefix shared by every value (`STATEMENT_CATEGORY_`, `KEYWORD_`, `CONTENT_TYPE_`).
    static var keyPrefix: String { get }
    /// What the value is called in messages ("category", "keyword", "content type").
    static var kindName: String { get }
}

extension TaxonomyValue {
    /// The key without its shared prefix, in lower case with dashes: the short form users type.
    public var shortKey: String {
        String(rawValue.dropFirst(Self.keyPrefix.count)).lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// Parses user input, or throws an error that lists every valid value.
    public static func parse(_ input: String) throws(TaxonomyError) -> Self {
        let wanted = input.trimmingCharacters(in: .whitespaces).uppercased()
            .replacingOccurrences(of: "-", with: "_")
        for value in allCases where value.rawValue == wanted || value.rawValue == keyPrefix + wanted {
            return value
        }
        throw TaxonomyError(kind: kindName, given: input, valid: allCases.map(\.rawValue))
    }
}

/// A value outside the vocabulary; the message names every accepted key.
public struct TaxonomyError: Error, CustomStringConvertible, Sendable, Equatable {
    public let kind: String
    public let given: String
    public let valid: [String]

    public var description: String {
        "unknown \(kind) '\(given)'; valid values are:\n  " + valid.joined(separator: "\n  ")
    }
}

extension DSACategory {
    public static let keyPrefix = "STATEMENT_CATEGORY_"
    public static let kindName = "category"
}

extension DSAKeyword {
    public static let keyPrefix = "KEYWORD_"
    public static let kindName = "keyword"
}

extension DSAContentType {
    public static let keyPrefix = "CONTENT_TYPE_"
    public static let kindName = "content type"
}
