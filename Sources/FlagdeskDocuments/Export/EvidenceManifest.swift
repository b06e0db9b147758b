import FlagdeskCore
import Foundation

/// The evidence manifest: one CSV row per evidence file, by hash and capture time. It lists the
/// files, never carries them: evidence showing sexual material of a child must not travel
/// (Dir. 2011/93/EU Art. 5), and the hash is what proves the bytes are unchanged since capture.
public enum EvidenceManifest {
    public static let header = ["item_reference", "sha256", "size_bytes", "media_type", "captured_at", "captured_by"]

    /// RFC 4180 CSV with CRLF line ends.
    public static func csv(evidence: [Evidence], items: [Item]) -> String {
        let references = Dictionary(items.map { ($0.id, $0.reference) }, uniquingKeysWith: { first, _ in first })
        var rows = [header]
        for file in evidence {
            rows.append([
                references[file.itemID] ?? "", file.sha256, String(file.size), file.mediaType,
                ISO8601.format(file.capturedAt), file.capturedBy,
            ])
        }
        return CSVWriter.lines(rows)
    }
}
