import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// `draft KIND --case C`: one document per hosting provider, competent authority or
    /// addressee (`CaseDraftGrouping`), each covering the case's open items that go there. Each
    /// draft is made exactly as `draft KIND --item ...` makes it (same checks, same events).
    public func draftForCase(
        _ reference: String, kind: DocumentKind, language: String? = nil, settings fields: [FieldSetting] = []
    ) throws(EngineError) -> [DocumentView] {
        try requireUser(to: "draft documents")
        guard let grouping = CaseDraftGrouping.of(kind) else {
            let kinds = DocumentKinds.kinds(where: { $0.caseGrouping != nil }).map(\.rawValue).sorted()
                .joined(separator: ", ")
            throw .badInput(
                "a \(kind.rawValue) is not drafted for a whole case; for a case: \(kinds) (follow-ups follow a "
                    + "sent document: --parent DOC)")
        }
        if let language, ISOCodes.language(language) == nil {
            throw .badInput("--language '\(language)' is not an ISO 639-1 code (en, fr, de...)")
        }
        let settings = try deadlineSettings()
        let actor = self.actor
        let now = self.now
        return try storeWrite { db in
            let record = try self.liveCase(reference, in: db)
            let items = try CaseRecords.items(caseID: record.id, in: db).filter { $0.status.isOpen }
            guard !items.isEmpty else {
                throw EngineError.refused("case \(record.reference) has no open items to draft a \(kind.rawValue) for")
            }
            var views: [DocumentView] = []
            for group in self.split(items, kind: kind, grouping: grouping) {
                views.append(
                    try self.draft(
                        DraftRequest(
                            kind: kind, items: group.items.map(\.reference), recipient: group.recipient,
                            language: language, settings: fields), settings: settings, in: db))
            }
            try self.audit(
                actor: actor, at: now, entity: "case", id: record.reference, action: "draft",
                [
                    "kind": kind.rawValue, "grouping": grouping.rawValue,
                    "documents": views.map(\.record.reference).joined(separator: ","),
                ], in: db)
            return views
        }
    }

    /// The groups a case's items are drafted in, in the order their first item comes.
    func split(_ items: [Item], kind: DocumentKind, grouping: CaseDraftGrouping) -> [(
        recipient: String?, items: [Item]
    )] {
        var groups: [(key: String, recipient: String?, items: [Item])] = []
        for item in items {
            let provider = item.providerKey.flatMap { directory.provider(key: $0) }
            let (key, recipient): (String, String?)
            switch grouping {
            case .byProvider:
                // A host no provider claims is its own group: a notice never mixes two services.
                (key, recipient) = (provider.map { "provider:\($0.key)" } ?? "host:\(item.host)", provider?.key)
            case .byAuthority:
                let authority = authorityKey(for: item, kind: kind)
                (key, recipient) = ("authority:\(authority ?? "")", authority)
            case .byAddressee:
                let authority = authorityKey(for: item, kind: kind)
                let addressee = provider?.eevidenceAddressee?.addressee.name ?? provider?.key ?? "host:\(item.host)"
                (key, recipient) = ("authority:\(authority ?? "")|addressee:\(addressee)", authority)
            }
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].items.append(item)
            } else {
                groups.append((key, recipient, [item]))
            }
        }
        return groups.map { ($0.recipient, $0.items) }
    }

    /// The authority a single draft of `kind` for this item alone would be addressed to.
    private func authorityKey(for item: Item, kind: DocumentKind) -> String? {
        let prefill = DraftPrefill(
            desk: self, kind: kind, items: [item], evidence: [], triage: nil, person: nil, parent: nil)
        return (try? prefill.recipient(explicit: nil))?.key
    }
}
