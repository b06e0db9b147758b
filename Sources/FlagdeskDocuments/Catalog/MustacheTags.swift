/// The tags of a Mustache text, read for `templates check` (swift-mustache keeps its parse tree
/// private). Only the default `{{ }}` delimiters are supported, as in every shipped template.
enum MustacheTag: Equatable {
    case variable(String)
    case section(String, inverted: Bool)
    case close(String)
    case partial(String)
    /// A tag the checker does not follow (set delimiters, blocks): reported as such.
    case unsupported(String)

    /// The tags of `text`, in order; comments and pragmas are skipped.
    static func scan(_ text: String) -> [MustacheTag] {
        var tags: [MustacheTag] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = afterOpen.range(of: closer) else {
                tags.append(.unsupported("unclosed tag"))
                break
            }
            var inner = afterOpen[afterOpen.startIndex..<close.lowerBound]
            if triple { inner = inner.dropFirst() }
            rest = afterOpen[close.upperBound...]
            let body = inner.trimmingCharacters(in: .whitespaces)
            guard let sigil = body.first else { continue }
            let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch sigil {
            case "!", "%": continue
            case "#": tags.append(.section(plainName(name), inverted: false))
            case "^": tags.append(.section(plainName(name), inverted: true))
            case "/": tags.append(.close(plainName(name)))
            case ">": tags.append(.partial(name))
            case "&": tags.append(.variable(plainName(name)))
            case "=", "$", "<": tags.append(.unsupported(body))
            default: tags.append(.variable(plainName(body)))
            }
        }
        return tags
    }

    /// `uppercased(name)` -> `name`: transforms do not change which key is read.
    private static func plainName(_ name: String) -> String {
        guard let open = name.lastIndex(of: "("), let close = name.firstIndex(of: ")"), open < close else {
            return name
        }
        return String(name[name.index(after: open)..<close])
    }
}
