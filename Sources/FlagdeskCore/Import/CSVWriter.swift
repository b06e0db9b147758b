import Foundation

/// Writes CSV rows as RFC 4180 says: a field holding the delimiter, a quote or a line break
/// is quoted, quotes doubled; rows end with CRLF. Every cell passes `OutputSanitizer.csvCell`
/// (no raw controls, formulas neutralised): CSV files are opened in spreadsheets and `cat`.
public enum CSVWriter {
    public static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// Rows, each ending with CRLF.
    public static func lines(_ rows: [[String]]) -> String {
        rows.map(row).joined()
    }

    private static let quoted: Set<Unicode.Scalar> = [",", "\"", "\n", "\r", ";"]

    public static func field(_ text: String) -> String {
        let cell = OutputSanitizer.csvCell(text)
        // Scalars, not Characters: "\r\n" is one Character in Swift, equal to neither "\r" nor "\n".
        guard cell.unicodeScalars.contains(where: quoted.contains) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
