import Foundation

/// Why a rule could not be found, overridden or applied. Messages are safe to print: outside text
/// in them is quoted with `DisplaySafe`.
public enum DeadlineError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// No rule has this id; `known` lists the ids (and families) that exist.
    case unknownRule(String, known: [String])
    /// The rule exists as a family of variants and needs one of them.
    case variantRequired(family: String, variants: [String])
    /// The rule has no such variant.
    case unknownVariant(family: String, variant: String, variants: [String])
    /// An override would make a statutory period longer than the law allows.
    case overrideLengthensLaw(ruleID: String, requested: Period, limit: Period)
    /// `extended` was asked of a rule that has no extension.
    case noExtension(ruleID: String)

    public var description: String {
        switch self {
        case .unknownRule(let id, let known):
            return "unknown deadline rule '\(DisplaySafe.quote(id))'; known rules: \(known.joined(separator: ", "))"
        case .variantRequired(let family, let variants):
            return "rule '\(family)' needs a variant: \(variants.joined(separator: ", "))"
        case .unknownVariant(let family, let variant, let variants):
            let choices = variants.isEmpty ? "it has no variants" : "variants: \(variants.joined(separator: ", "))"
            return "rule '\(family)' has no variant '\(DisplaySafe.quote(variant))'; \(choices)"
        case .overrideLengthensLaw(let id, let requested, let limit):
            return "rule '\(id)' is set by law to \(limit); \(requested) could end later, "
                + "and a statutory limit cannot be lengthened (a shorter period is allowed)"
        case .noExtension(let id):
            return "rule '\(id)' has no extension"
        }
    }

    public var errorDescription: String? { description }
}
