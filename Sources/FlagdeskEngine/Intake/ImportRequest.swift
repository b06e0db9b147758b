import FlagdeskCore
import Foundation

/// What `flagdesk import` asks for.
public struct ImportRequest: Sendable {
    public var file: URL
    /// nil: by extension, else by the first character.
    public var format: ImportFormat?
    /// A mapping from config `[import.mappings.NAME]`; nil: header names by alias.
    public var mapping: String?
    /// Read and check everything, store nothing.
    public var dryRun: Bool
    /// Store the good rows even when some are rejected (default: all or nothing).
    public var partial: Bool
    /// Where to write the rejected rows as CSV (line, reason, then the row as it was).
    public var rejectsFile: URL?
    /// The source of rows that name none.
    public var defaultSource: ItemSource
    /// Called every `progressInterval` rows with the number read so far (the bench samples
    /// memory with it).
    public var progress: (@Sendable (Int) -> Void)?
    public var progressInterval = 100_000

    public init(
        file: URL, format: ImportFormat? = nil, mapping: String? = nil, dryRun: Bool = false, partial: Bool = false,
        rejectsFile: URL? = nil, defaultSource: ItemSource = .other, progress: (@Sendable (Int) -> Void)? = nil
    ) {
        self.file = file
        self.format = format
        self.mapping = mapping
        self.dryRun = dryRun
        self.partial = partial
        self.rejectsFile = rejectsFile
        self.defaultSource = defaultSource
        self.progress = progress
    }
}

/// What an import did (or, when `stored` is false, would have done).
public struct ImportSummary: Sendable, Equatable, Codable {
    public var file: String
    /// SHA-256 of the file's bytes, also in the audit trail: which file was imported.
    public var sha256: String
    public var format: ImportFormat
    /// The CSV delimiter found in the header (",", ";" or a tab).
    public var delimiter: String?
    public var mapping: String?
    /// Data rows read (header and blank lines not counted).
    public var rows = 0
    /// New items whose URL was not on record.
    public var added = 0
    /// New items linked to the first item with the same URL (on record, or earlier in the file).
    public var linkedAsDuplicates = 0
    public var rejected = 0
    /// The first rejections (all of them are in the rejects file).
    public var rejections: [ImportRejection] = []
    /// Columns no field uses.
    public var ignoredColumns: [String] = []
    /// Whether anything was written to the store.
    public var stored = false
    public var dryRun = false
    public var partial = false
    public var firstReference: String?
    public var lastReference: String?

    /// How many rejections are kept in the summary; the rejects file has them all.
    public static let rejectionsShown = 100
}
