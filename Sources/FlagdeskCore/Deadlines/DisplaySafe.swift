/// Makes outside text safe to echo in an error message: the text may come from a command line or
/// a config file, and escape sequences in it would act on the user's terminal (DESIGN.md §8).
/// Printable ASCII stays; everything else becomes a visible `<U+XXXX>`; long text is cut.
enum DisplaySafe {
    static func quote(_ text: String, limit: Int = 80) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "..."
                break
            }
            if (0x20...0x7E).contains(scalar.value) {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
            }
            count += 1
        }
        return result
    }
}
