/// Host names as the directory keeps them: ASCII (IDN labels already in punycode), lower case,
/// no trailing dot.
public enum HostName {
    /// Lower-cases a host and drops a trailing dot (`Example.COM.` -> `example.com`).
    public static func normalized(_ host: String) -> String {
        var lower = host.lowercased()
        if lower.hasSuffix(".") { lower.removeLast() }
        return lower
    }

    /// The host followed by each parent domain, longest first, cut only at label boundaries:
    /// `m.example.com` -> `m.example.com`, `example.com`, `com`. Cutting at dots is what keeps
    /// `example.com.evil.tld` away from `example.com`.
    public static func suffixes(of host: String) -> [Substring] {
        let normalized = normalized(host)
        var result: [Substring] = []
        var rest = Substring(normalized)
        while !rest.isEmpty {
            result.append(rest)
            guard let dot = rest.firstIndex(of: ".") else { break }
            rest = rest[rest.index(after: dot)...]
        }
        return result
    }

    /// Why `host` cannot be a directory host, or nil when it can. A directory host needs at least
    /// two labels: a provider claiming a bare top-level domain (`com`) would match every site.
    public static func problem(with host: String) -> String? {
        guard !host.isEmpty else { return "an empty host name" }
        guard host.utf8.count <= 253 else { return "a host name longer than 253 characters" }
        guard host.unicodeScalars.allSatisfy({ $0.isASCII }) else {
            return "a non-ASCII host name (write IDN hosts in punycode, e.g. xn--bcher-kva.example)"
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return "a single label (a provider host needs a domain, e.g. example.com)" }
        for label in labels {
            guard !label.isEmpty, label.utf8.count <= 63 else { return "an empty or over-long label" }
            guard label.utf8.allSatisfy(isLabelByte) else { return "characters other than a-z, 0-9, '-' and '.'" }
            guard label.first != "-", label.last != "-" else { return "a label that starts or ends with '-'" }
        }
        return nil
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }
}
