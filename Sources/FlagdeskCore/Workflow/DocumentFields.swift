import Foundation

/// Editing a document's content by field name (`flagdesk draft --set`, `flagdesk edit`, the TUI's
/// compose form). Every kind lists its fields; an unknown key is refused with the list.
public enum DocumentFields {
    /// The editable fields of `kind`.
    public static func fields(of kind: DocumentKind) -> [FieldDescription] { kind.definition.fields }

    /// Applies `settings` in order to `content`; the first that fails is reported and nothing
    /// is changed.
    public static func apply(_ settings: [FieldSetting], to content: DocumentContent) throws(FieldError)
        -> DocumentContent
    {
        var result = content
        for setting in settings {
            try apply(setting, to: &result)
        }
        return result
    }

    private static func apply(_ setting: FieldSetting, to content: inout DocumentContent) throws(FieldError) {
        let known = fields(of: content.kind).map(\.key)
        guard known.contains(setting.key) || aliases[setting.key].map(known.contains) == true else {
            throw FieldError(
                "a \(content.kind.rawValue) has no field '\(DisplaySafe.quote(setting.key))'; its fields are "
                    + known.joined(separator: ", "))
        }
        var setting = setting
        setting.key = aliases[setting.key] ?? setting.key
        try content.kind.definition.applyField(setting, &content)
    }

    /// Plural spellings people type.
    private static let aliases = ["urls": "url", "provision": "provisions", "target": "targets"]

    static func country(_ setting: FieldSetting) throws(FieldError) -> String? {
        guard let text = setting.trimmed else { return nil }
        guard let code = ISOCodes.country(text) else {
            throw FieldError(
                "\(setting.key): '\(DisplaySafe.quote(text))' is not an ISO 3166-1 country code (BE, FR...)")
        }
        return code
    }

    static func sha256List(_ setting: FieldSetting, into list: inout [EvidenceReference]) throws(FieldError) {
        var hashes: [String] = []
        for part in setting.value.split(separator: ",") {
            let hash = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard SHA256Text.isValid(hash) else {
                throw FieldError("\(setting.key): '\(DisplaySafe.quote(hash))' is not a SHA-256 (64 hex digits)")
            }
            hashes.append(hash)
        }
        let references = hashes.map { EvidenceReference(sha256: $0) }
        if setting.appends {
            for reference in references where !list.contains(where: { $0.sha256 == reference.sha256 }) {
                list.append(reference)
            }
        } else {
            list = references
        }
    }
}
