import Foundation

/// When a wish is checked: the kind of a document is refused from the draft on; what a text
/// carries, and what must have been sent before, when it is approved and again when it is sent.
public enum WishStage: Sendable, Equatable {
    case draft
    case approve
    case send
}

/// The person's wishes, enforced (issue #15 point 1): each refusal names the wish, who recorded
/// it, and the way forward. A wish binds every document about the person: one made for them
/// (`personID`), or one covering an item linked to them.
public enum WishSafeguards {
    public static func refusal(
        _ document: DocumentRecord, people: [Person], items: [Item], sent: [Int64: Set<DocumentKind>],
        overrides: [WishOverride], stage: WishStage
    ) -> WorkflowRefusal? {
        for person in people {
            let concerned = items.filter { $0.personID == person.id || document.personID == person.id }
            guard !concerned.isEmpty || document.personID == person.id else { continue }
            for wish in person.structuredWishes {
                if let reason = broken(
                    wish, document: document, items: concerned, sent: sent,
                    overrides: overrides.filter { $0.personID == person.id }, stage: stage)
                {
                    return WorkflowRefusal(
                        subject: document.reference, cause: .personsWish(wish.kind),
                        message: "\(document.reference) is refused: \(person.pseudonym)'s wish \"\(wish.description)\""
                            + " (recorded by \(wish.recordedBy) on \(ISO8601.format(wish.recordedAt))): " + reason)
                }
            }
        }
        return nil
    }

    /// Why `document` goes against `wish`, or nil.
    static func broken(
        _ wish: PersonWish, document: DocumentRecord, items: [Item], sent: [Int64: Set<DocumentKind>],
        overrides: [WishOverride], stage: WishStage
    ) -> String? {
        let conduct = document.kind.definition.conduct
        switch wish.kind {
        case .noPolice:
            guard conduct.reachesPolice else { return nil }
            let overridden = Set(overrides.filter { $0.kind == .noPolice }.map(\.itemID))
            let open = items.filter { !overridden.contains($0.id) }
            guard !open.isEmpty || items.isEmpty else { return nil }
            return "nothing goes to law enforcement about them. Offer the support pathway instead "
                + "(flagdesk draft support-referral, Dir. 2011/36/EU Art. 11: assistance does not depend on "
                + "cooperating with the police); where a threat to life may justify informing the police anyway, "
                + "that is a coordinator's decision with a reason "
                + "(flagdesk override-wish \(open.first?.reference ?? "ITEM") no-police --reason TEXT)"
        case .noTakedownBeforePolice:
            guard stage != .draft, conduct.isTakedownRequest else { return nil }
            let referral = EvidenceStep.referral.kind
            let waiting = items.filter { sent[$0.id]?.contains(referral) != true }
            guard !waiting.isEmpty else { return nil }
            return "no takedown before an LEA referral about "
                + waiting.map(\.reference).joined(separator: ", ") + " is sent (a waiver does not inform the police)"
        case .noErasureRequest:
            guard conduct.isErasureRequest else { return nil }
            return "no GDPR Art. 17 request is made on their behalf; withdraw the draft"
        case .noPhoneOrAddress:
            guard stage != .draft else { return nil }
            for (field, text) in contactBearing(document.content) {
                if let found = ContactDetails.find(in: text) {
                    return "\(field) carries \(found.rawValue); say how to reach them without it"
                }
            }
            return nil
        case .contactOnlyThrough:
            guard stage != .draft, let key = document.kind.definition.personal.contactConditionsKey,
                let worker = wish.value
            else { return nil }
            let conditions = IdentityFields.value(key, in: document.content) ?? ""
            guard conditions.range(of: worker, options: [.caseInsensitive, .diacriticInsensitive]) == nil else {
                return nil
            }
            return "contact-conditions must say the service reaches them only through \(worker)"
        case .identityNotTo:
            guard stage != .draft, let recipient = wish.value,
                document.recipientKey?.caseInsensitiveCompare(recipient) == .orderedSame
            else { return nil }
            let fields = identityBearing(document.content).filter { !isBlank($0.1) }.map(\.0)
            guard !fields.isEmpty else { return nil }
            return fields.joined(separator: " and ") + " may not go to \(recipient); remove "
                + (fields.count == 1 ? "it" : "them")
        }
    }

    /// The fields of a document that identify the person (beyond their pseudonym), from its
    /// definition's identity fields.
    public static func identityBearing(_ content: DocumentContent) -> [(String, String)] {
        present(IdentityFields.fields(of: content.kind).filter(\.identifies), in: content)
    }

    /// The content without the fields that identify or reach the person, nor their pseudonym
    /// (`person forget`: GDPR Art. 17).
    public static func withoutPersonalFields(_ content: DocumentContent) -> DocumentContent {
        var result = content
        for field in IdentityFields.fields(of: content.kind) { field.write(&result, nil) }
        content.kind.definition.personal.pseudonym?.write(&result, nil)
        return result
    }

    /// The fields that may say how to reach the person: every identity field of the kind.
    public static func contactBearing(_ content: DocumentContent) -> [(String, String)] {
        present(IdentityFields.fields(of: content.kind), in: content)
    }

    private static func present(_ fields: [IdentityField], in content: DocumentContent) -> [(String, String)] {
        fields.compactMap { field in field.read(content).map { (field.key, $0) } }
    }
}
