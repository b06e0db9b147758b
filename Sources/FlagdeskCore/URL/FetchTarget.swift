/// The address Flagdesk fetches for an item (capture, recheck): the URL as recorded, not its
/// normalised form. Normalising serves duplicate finding; fetching the normalised text could
/// ask for another resource (a decoded `%7E`, a reordered path), keep a 404 page as evidence,
/// and propose "removed?" while the content is online. Only what a URL cannot carry on the wire
/// is encoded, as a browser does: non-ASCII as UTF-8 `%XX`, spaces and `"<>\^`{|}`; `%` is never
/// touched, `\` in the path is `/`, the fragment is not sent. Scheme and host are the
/// normalised ones (lower case, IDN as Punycode): the same server, spelled for DNS.
public enum FetchTarget {
    public static func url(for input: String) throws(URLNormalizationError) -> String {
        let normalized = try URLNormalizer.normalize(input)
        let scalars = Array(input.trimmedWhitespace.unicodeScalars)
        // After `scheme:`, any run of `/` and `\`, then the authority up to `/`, `\`, `?` or `#`.
        var index = (scalars.firstIndex(of: ":") ?? -1) + 1
        while index < scalars.count, scalars[index] == "/" || scalars[index] == "\\" { index += 1 }
        while index < scalars.count, !"/\\?#".unicodeScalars.contains(scalars[index]) { index += 1 }
        var tail = ""
        var inQuery = false
        for scalar in scalars[index...] {
            if scalar == "#" { break }
            if scalar == "?" { inQuery = true }
            if scalar == "\\" && !inQuery {
                tail += "/"
            } else if scalar.isASCII && scalar.value > 0x20 && scalar.value != 0x7F
                && !"\"<>\\^`{|}".unicodeScalars.contains(scalar)
            {
                tail.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { tail += percent(byte) }
            }
        }
        if tail.isEmpty || tail.first == "?" { tail = "/" + tail }
        let host = normalized.host.contains(":") ? "[\(normalized.host)]" : normalized.host
        let port = normalized.port.map { ":\($0)" } ?? ""
        return "\(normalized.scheme)://\(host)\(port)\(tail)"
    }

    private static func percent(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
