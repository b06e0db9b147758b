import Foundation

extension String {
    /// Surrounding white space and line breaks removed. Foundation's trimming is only called when
    /// the text starts or ends with something other than printable ASCII: it costs more than the
    /// rest of an import row's checks, and almost every value has nothing to trim.
    public var trimmedWhitespace: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        if plain(first), plain(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
