import Foundation

/// Shape checks for contact data. They catch typos and pasted junk; they do not prove that an
/// address works.
public enum WebAddress {
    /// An absolute http(s) URL with a host and no spaces or control characters.
    public static func isPlausibleURL(_ text: String) -> Bool {
        guard !containsSpaceOrControl(text), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = url.host, !host.isEmpty
        else { return false }
        return true
    }

    /// `local@domain.tld`: one `@`, a non-empty local part, a dotted domain, no spaces, no
    /// control characters and no angle brackets (a display name is not an address).
    public static func isPlausibleEmail(_ text: String) -> Bool {
        guard !containsSpaceOrControl(text), !text.contains("<"), !text.contains(">") else { return false }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return false }
        let domainLabels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domainLabels.count >= 2 && domainLabels.allSatisfy { !$0.isEmpty }
    }

    private static func containsSpaceOrControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control || $0.properties.isWhitespace }
    }
}
