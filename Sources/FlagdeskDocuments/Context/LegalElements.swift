import FlagdeskCore

extension ContextSchema {
    /// The legal elements of each kind, from its definition (`DocumentKindDefinition`), and the
    /// sender's identity (issue #16 defect 13): one table for `templates check` and the rendered
    /// check.
    public static func legalElements(of kind: DocumentKind) -> [LegalElement] {
        let definition = kind.definition
        let own = Set(definition.legalElements.map(\.key))
        return definition.legalElements + definition.sender.legalElements.filter { !own.contains($0.key) }
    }
}
