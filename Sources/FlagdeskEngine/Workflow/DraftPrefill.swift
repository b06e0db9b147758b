import FlagdeskCore
import Foundation

/// The recipient a draft is addressed to.
struct AddressedRecipient {
    var kind: RecipientKind
    var key: String?
    var preferredLanguage: String?
    var resolved: DocumentRecipient?
}

/// Pre-fills a draft from what the desk already knows: the items and their triage, the
/// evidence hashes, the directory, the person's pseudonym, the parent document. The flagger
/// completes the rest; nothing is invented (the bona fide statement, for one, is never ticked
/// for them).
struct DraftPrefill {
    let desk: Desk
    let kind: DocumentKind
    let items: [Item]
    let evidence: [Evidence]
    let triage: TriageRecord?
    let person: Person?
    let parent: DocumentRecord?

    private var directory: Directory { desk.directory }
    private var organisationCountry: String? { desk.config.organisation.country }
    private var provider: Provider? {
        let keys = Set(items.compactMap(\.providerKey))
        return keys.count == 1 ? keys.first.flatMap { directory.provider(key: $0) } : nil
    }

    /// The recipient: the one named (checked against the directory and the kind), else the one
    /// the kind and items make clear, else none (the validator then names it as missing).
    func recipient(explicit key: String?) throws(EngineError) -> AddressedRecipient {
        let recipients = kind.definition.recipients
        if let key {
            if let provider = directory.provider(key: key) {
                guard recipients.acceptsProvider else {
                    throw .badInput("a \(kind.rawValue) goes to an authority, not to the provider '\(key)'")
                }
                let asController = recipients.providerIsController
                return AddressedRecipient(
                    kind: asController ? .controller : .provider, key: provider.key,
                    preferredLanguage: provider.preferredLanguage,
                    resolved: asController ? .controller : .provider(provider))
            }
            if let authority = directory.authority(key: key) {
                return AddressedRecipient(
                    kind: .authority, key: authority.key, preferredLanguage: nil, resolved: .authority(authority))
            }
            throw .badInput(
                "no provider or authority '\(key)' in the directory; `flagdesk directory` lists them, "
                    + "config [[providers]]/[[authorities]] add them")
        }
        // A switch on where the kind's definition says its addressee comes from, not on the kind.
        switch recipients.byDefault {
        case .provider:
            return providerRecipient(provider)
        case .controller:
            return AddressedRecipient(
                kind: .controller, key: provider?.key, preferredLanguage: provider?.preferredLanguage,
                resolved: .controller)
        case .parentRecipient:
            guard let parent else { return AddressedRecipient(kind: .provider, key: nil) }
            let resolved = desk.recipient(kind: parent.recipientKind, key: parent.recipientKey)
            return AddressedRecipient(
                kind: parent.recipientKind, key: parent.recipientKey, preferredLanguage: parent.language,
                resolved: resolved)
        case .authority(let kinds):
            return authorityRecipient(kinds.lazy.compactMap(defaultAuthority).first)
        }
    }

    /// The first authority of `authorityKind` for the organisation's country: the police through
    /// `Directory.lea(for:)` (never Europol); a prosecutor from anywhere when no country is set.
    private func defaultAuthority(_ authorityKind: AuthorityKind) -> Authority? {
        switch authorityKind {
        case .lea: return directory.lea(for: organisationCountry)
        case .prosecutor: return directory.authorities(kind: .prosecutor, country: organisationCountry).first
        default: return organisationCountry.flatMap { directory.authorities(kind: authorityKind, country: $0).first }
        }
    }

    private func providerRecipient(_ provider: Provider?) -> AddressedRecipient {
        AddressedRecipient(
            kind: .provider, key: provider?.key, preferredLanguage: provider?.preferredLanguage,
            resolved: provider.map(DocumentRecipient.provider))
    }

    private func authorityRecipient(_ authority: Authority?) -> AddressedRecipient {
        AddressedRecipient(
            kind: .authority, key: authority?.key, preferredLanguage: nil,
            resolved: authority.map(DocumentRecipient.authority))
    }

    /// The content pre-filled for the kind, by its definition.
    func content(recipient: AddressedRecipient) -> DocumentContent {
        kind.definition.prefill(
            DraftSeed(
                items: items, evidence: uniqueHashes(), triage: triage, person: person, parent: parent?.content,
                provider: provider, parentProvider: parentProvider, organisationCountry: organisationCountry,
                organisationSignatory: desk.config.organisation.signatory, zoneIdentifier: desk.zone.identifier))
    }

    private var parentProvider: Provider? {
        guard parent?.recipientKind == .provider else { return nil }
        return parent?.recipientKey.flatMap { directory.provider(key: $0) }
    }

    private func uniqueHashes() -> [EvidenceReference] {
        var seen: Set<String> = []
        return evidence.filter { seen.insert($0.sha256).inserted }.map {
            EvidenceReference(sha256: $0.sha256, mediaType: $0.mediaType)
        }
    }
}
