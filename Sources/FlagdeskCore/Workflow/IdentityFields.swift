/// The document fields that carry a person's identity or contact (issue #15 point 5): stored only
/// sealed with the vault's data key, shown as a placeholder unless revealed, erased with the
/// person (GDPR Arts. 5(1)(f), 17, 32). Each kind's definition lists its own (`personal.identity`);
/// a kind that lists none carries none.
///
/// Not listed, and why: `data-subject` (every kind) is the pseudonym, which is what names a
/// person in clear; a TAKE IT DOWN `signature` is the organisation's signatory acting for the
/// depicted person; an erasure request's `personal-data` says which kind of data ("intimate
/// video"), while `identifying-data` is what finds her; complaints and notices speak of providers
/// and content, not of the person.
public struct IdentityField: Sendable {
    public let kind: DocumentKind
    /// True when the field identifies the person; false when it only says how to reach them
    /// (the "identity not to" wish looks at the first, "no phone or address" at both).
    public let identifies: Bool
    let field: ContentField

    public var key: String { field.key }
    func read(_ content: DocumentContent) -> String? { field.read(content) }
    func write(_ content: inout DocumentContent, _ value: String?) { field.write(&content, value) }

    public init(_ kind: DocumentKind, identifies: Bool, _ field: ContentField) {
        self.kind = kind
        self.identifies = identifies
        self.field = field
    }
}

public enum IdentityFields {
    /// Every kind's identity fields, from the definitions (`DocumentKindDefinition.personal`).
    public static let table: [IdentityField] = DocumentKinds.all.flatMap(\.personal.identity)

    /// Every key the table names, whatever the kind (a setting with one of them may need the key).
    public static let allKeys = Set(table.map(\.key))

    public static func fields(of kind: DocumentKind) -> [IdentityField] { table.filter { $0.kind == kind } }

    /// What the clear JSON and every unrevealed view hold instead of the value.
    public static func placeholder(_ key: String) -> String { "[sealed: \(key)]" }

    /// What a sent text that carried a sealed value shows until it is opened with the vault key.
    public static let sealedTextPlaceholder =
        "[sealed: the text as sent carries a person's identity or contact; export it with the vault key]\n"

    public static func value(_ key: String, in content: DocumentContent) -> String? {
        fields(of: content.kind).first { $0.key == key }?.read(content)
    }

    /// The clear values present (not blank, not already a placeholder), by field key.
    public static func clearValues(in content: DocumentContent) -> [String: String] {
        var values: [String: String] = [:]
        for field in fields(of: content.kind) {
            guard let text = field.read(content), !isBlank(text), text != placeholder(field.key) else { continue }
            values[field.key] = text
        }
        return values
    }

    /// The keys whose value is the placeholder: sealed elsewhere.
    public static func sealedKeys(in content: DocumentContent) -> [String] {
        fields(of: content.kind).filter { $0.read(content) == placeholder($0.key) }.map(\.key)
    }

    /// The keys whose value is absent or blank.
    public static func emptyKeys(in content: DocumentContent) -> [String] {
        fields(of: content.kind).filter { $0.read(content).map(isBlank) ?? true }.map(\.key)
    }

    /// The content with every clear identity value replaced by its placeholder.
    public static func withPlaceholders(_ content: DocumentContent) -> DocumentContent {
        var result = content
        for (key, _) in clearValues(in: content) { set(key, to: placeholder(key), in: &result) }
        return result
    }

    /// The content with placeholders replaced by the opened values.
    public static func restoring(_ values: [String: String], in content: DocumentContent) -> DocumentContent {
        var result = content
        for field in fields(of: content.kind) where field.read(content) == placeholder(field.key) {
            if let value = values[field.key] { field.write(&result, value) }
        }
        return result
    }

    static func set(_ key: String, to value: String?, in content: inout DocumentContent) {
        fields(of: content.kind).first { $0.key == key }?.write(&content, value)
    }
}
