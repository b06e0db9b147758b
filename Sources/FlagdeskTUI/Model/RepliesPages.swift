import FlagdeskCore
import FlagdeskEngine

/// The tabs of the Replies view (issue #19): what waits for a person first.
public enum ReplyTab: String, CaseIterable, Sendable, Hashable {
    /// Matched to a document, not yet confirmed or dismissed.
    case new
    /// Every message matched to a document, reviewed or not.
    case matched
    /// Matched no document, or more than one: a person attaches it.
    case unmatched

    public var title: String {
        switch self {
        case .new: return "New"
        case .matched: return "Matched"
        case .unmatched: return "Unmatched"
        }
    }

    var listing: MailListing {
        switch self {
        case .new: return .new
        case .matched: return .matched
        case .unmatched: return .unmatched
        }
    }
}

/// The Replies view: one tab's messages, newest first, and how many each tab holds.
public struct RepliesPage: Sendable {
    public var tab: ReplyTab
    public var mails: [StoredMail]
    public var counts: [ReplyTab: Int]
    public var selected = 0

    public var selectedMail: StoredMail? { mails.indices.contains(selected) ? mails[selected] : nil }
}

/// One imported message: headers, text, attachments and the proposal read from it.
public struct ReplyPage: Sendable {
    public var detail: MailDetail
    public var scroll = 0
}
