/// Where a value sits in a TOML document: table and key names, and array positions.
/// `providers[2].hosts[0]` is `[.key("providers"), .index(2), .key("hosts"), .index(0)]`.
public struct ConfigPath: Hashable, Sendable, CustomStringConvertible {
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = ConfigPath()

    public func appending(_ key: String) -> ConfigPath { ConfigPath(components + [.key(key)]) }
    public func appending(index: Int) -> ConfigPath { ConfigPath(components + [.index(index)]) }
    public func appending(keys: [String]) -> ConfigPath { ConfigPath(components + keys.map(Component.key)) }

    public var parent: ConfigPath? { components.isEmpty ? nil : ConfigPath(components.dropLast()) }

    /// The path as a user reads it in a message: `[time] zone`, `[providers #3] hosts #2`,
    /// `[deadlines] "dsa.notice.x"`, `directory_files`; a table itself as `[organisation]`.
    /// Array positions count from 1, as people do.
    public func display(asTable: Bool = false) -> String {
        if asTable { return components.isEmpty ? "top level" : "[\(Self.render(components[...]))]" }
        guard let leafStart = components.lastIndex(where: { if case .key = $0 { return true } else { return false } })
        else { return Self.render(components[...]) }
        let table = components[..<leafStart]
        let leaf = Self.render(components[leafStart...])
        return table.isEmpty ? leaf : "[\(Self.render(table))] \(leaf)"
    }

    public var description: String { display() }

    private static func render(_ components: ArraySlice<Component>) -> String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += quotedIfNeeded(key)
            case .index(let index):
                text += " #\(index + 1)"
            }
        }
        return text
    }

    /// Bare TOML keys are A-Z, a-z, 0-9, `_` and `-`; anything else is shown quoted.
    private static func quotedIfNeeded(_ key: String) -> String {
        let bare =
            !key.isEmpty
            && key.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            }
        return bare ? key : ConfigText.quoted(key)
    }
}
