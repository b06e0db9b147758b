import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Records the Message-ID of a message Flagdesk sends or exports as `.eml` (read from the
    /// message's own header, as it went out), so a reply's In-Reply-To finds its document.
    /// Kept apart from sending so that it runs after whatever else a sending records.
    func recordOutgoingMessageID(
        eml text: String, document reference: String, kind: OutgoingMessageKind, in db: StoreTransaction
    )
        throws
    {
        let (headers, _) = MailHeaders.parse(Array(text.utf8.prefix(64 * 1024))[...])
        guard let id = headers.first("Message-ID").flatMap({ MailAddressing.messageIDs($0).first }),
            let document = try DocumentRecords.find(reference: reference, in: db)
        else { return }
        try MailRecords.recordOutgoing(messageID: id, documentID: document.id, kind: kind, at: now, in: db)
    }
}
