import Foundation

/// What Flagdesk reads from one e-mail: who, when, which messages it answers, its readable text
/// and what it carries. Produced by `MIMEReader` from a bounded prefix of the message; every
/// string is decoded but NOT sanitised (the fronts sanitise what they show).
public struct MailMessage: Sendable, Equatable {
    public var messageID: String?
    public var inReplyTo: [String] = []
    public var references: [String] = []
    /// The From field decoded (`Trust & Safety <notices@example.com>`).
    public var from: String = ""
    public var subject: String = ""
    /// The Date field as written, and as an instant when it parses.
    public var dateText: String?
    public var date: Date?
    /// The text of the message: its text/plain parts, or its HTML shown as text when there are none.
    public var text: String = ""
    /// The message had no plain text: `text` was made from its HTML (nothing was fetched).
    public var fromHTML = false
    public var attachments: [MailAttachment] = []
    /// What the reader could not read as it should (limits reached, unknown charsets, no boundary).
    public var problems: [String] = []

    public init() {}
}

/// A part that is not read as text: its name (decoded, unsanitised), media type and decoded size.
public struct MailAttachment: Sendable, Equatable, Codable {
    public var name: String?
    public var mediaType: String
    /// Bytes of the part as it was encoded in the message (base64 is ~4/3 of the file).
    public var encodedSize: Int

    public init(name: String?, mediaType: String, encodedSize: Int) {
        self.name = name
        self.mediaType = mediaType
        self.encodedSize = encodedSize
    }
}
