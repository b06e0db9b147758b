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
        if let key {
            if let provider = directory.provider(key: key) {
                guard [.dsaNotice, .dsaComplaint, .takeItDownRequest, .gdprErasure, .reminder].contains(kind) else {
                    throw .badInput("a \(kind.rawValue) goes to an authority, not to the provider '\(key)'")
                }
                return AddressedRecipient(
                    kind: kind == .gdprErasure ? .controller : .provider, key: provider.key,
                    preferredLanguage: provider.preferredLanguage,
                    resolved: kind == .gdprErasure ? .controller : .provider(provider))
            }
            if let authority = directory.authority(key: key) {
                return AddressedRecipient(
                    kind: .authority, key: authority.key, preferredLanguage: nil, resolved: .authority(authority))
            }
            throw .badInput(
                "no provider or authority '\(key)' in the directory; `flagdesk directory` lists them, "
                    + "config [[providers]]/[[authorities]] add them")
        }
        switch kind {
        case .dsaNotice, .takeItDownRequest:
            return providerRecipient(provider)
        case .gdprErasure:
            return AddressedRecipient(
                kind: .controller, key: provider?.key, preferredLanguage: provider?.preferredLanguage,
                resolved: .controller)
        case .reminder, .dsaComplaint:
            guard let parent else { return AddressedRecipient(kind: .provider, key: nil) }
            let resolved = desk.recipient(kind: parent.recipientKind, key: parent.recipientKey)
            return AddressedRecipient(
                kind: parent.recipientKind, key: parent.recipientKey, preferredLanguage: parent.language,
                resolved: resolved)
        case .preservationRequest:
            let authority =
                directory.authorities(kind: .prosecutor, country: organisationCountry).first
                ?? organisationCountry.flatMap { directory.authorities(kind: .lea, country: $0).first }
            return authorityRecipient(authority)
        case .leaReferral:
            return authorityRecipient(directory.lea(for: organisationCountry))
        case .dscComplaint:
            return authorityRecipient(
                organisationCountry.flatMap { directory.authorities(kind: .dsc, country: $0).first })
        case .dpaComplaint:
            return authorityRecipient(
                organisationCountry.flatMap { directory.authorities(kind: .dpa, country: $0).first })
        case .supportReferral:
            // The organisation's own country: the person is helped where they are met.
            let country = organisationCountry
            return authorityRecipient(
                country.flatMap { directory.authorities(kind: .supportService, country: $0).first }
                    ?? country.flatMap { directory.authorities(kind: .nrm, country: $0).first })
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

    /// The content pre-filled for the kind.
    func content(recipient: AddressedRecipient) -> DocumentContent {
        let urls = items.map(\.url)
        let hashes = uniqueHashes()
        let explanation = joined(items.compactMap(\.explanation))
        let legalBasis = joined(items.compactMap(\.legalBasis))
        switch kind {
        case .dsaNotice:
            let first = items.first
            return .dsaNotice(
                NoticeContent(
                    urls: urls, explanation: explanation, legalBasis: legalBasis, category: first?.category,
                    keywords: unique(items.flatMap(\.keywords)), contentTypes: unique(items.flatMap(\.contentTypes)),
                    evidence: hashes))
        case .gdprErasure:
            let controller = provider.map { Addressee(name: $0.legalEntity ?? $0.name) }
            return .gdprErasure(
                ErasureContent(
                    controller: controller, dataSubjectPseudonym: person?.pseudonym, urls: urls,
                    replyWindow: ErasureContent.statutoryReplyWindow))
        case .preservationRequest:
            return .preservationRequest(
                PreservationContent(
                    addressee: provider?.eevidenceAddressee, serviceProvider: provider?.name,
                    targets: urls.map { TargetIdentifier(kind: .url, value: $0) },
                    timeZone: desk.zone.identifier == "GMT" ? "UTC" : desk.zone.identifier, offence: legalBasis,
                    emergency: items.contains(where: \.threatToLife) ? true : nil, facts: explanation,
                    addresseeCountry: provider?.country))
        case .leaReferral:
            return .leaReferral(
                ReferralContent(
                    countryConcerned: organisationCountry, summary: explanation,
                    indicators: (triage?.indicators ?? []).filter {
                        IndicatorCatalog.indicator($0.key)?.isCharacteristic != true
                    },
                    urgency: items.contains(where: \.threatToLife) ? .immediate : nil, evidence: hashes))
        case .reminder:
            return .reminder(ReminderContent())
        case .dsaComplaint:
            return .dsaComplaint(PlatformComplaintContent())
        case .dscComplaint:
            let respondent = parentProvider ?? provider
            return .dscComplaint(
                DSCComplaintContent(
                    respondent: respondent.map { $0.legalEntity ?? $0.name }, complainantCountry: organisationCountry,
                    providerCountry: respondent?.country))
        case .dpaComplaint:
            var controller: String?
            if case .gdprErasure(let erasure) = parent?.content { controller = erasure.controller?.name }
            return .dpaComplaint(DPAComplaintContent(dataSubjectPseudonym: person?.pseudonym, controller: controller))
        case .supportReferral:
            // Consent, how it was given and the contact conditions come from the person, typed
            // by the flagger: never pre-filled.
            return .supportReferral(SupportReferralContent(dataSubjectPseudonym: person?.pseudonym))
        case .takeItDownRequest:
            return .takeItDownRequest(
                TakeItDownContent(
                    dataSubjectPseudonym: person?.pseudonym, signature: desk.config.organisation.signatory, urls: urls))
        }
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

    private func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }

    private func joined(_ texts: [String]) -> String? {
        let distinct = unique(texts.compactMap(\.nilIfBlank))
        return distinct.isEmpty ? nil : distinct.joined(separator: "\n\n")
    }
}
