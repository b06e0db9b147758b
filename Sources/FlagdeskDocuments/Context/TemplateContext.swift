import FlagdeskCore
import Foundation

/// Builds the context a template is filled from (keys: `ContextSchema`, documented in
/// Templates/README.md). Unknown values are left out rather than set to "": a section on a key
/// then shows its text only when the value is there.
enum TemplateContext {
    /// Every text of a context made safe as plain text (`OutputSanitizer.text`): flagged
    /// content reaches no document, export or e-mail with raw control characters.
    static func sanitized(_ context: [String: Any]) -> [String: Any] {
        context.mapValues(sanitizedValue)
    }

    private static func sanitizedValue(_ value: Any) -> Any {
        switch value {
        // Line ends typed on Windows are line ends, not a visible CR.
        case let text as String: return OutputSanitizer.text(text.replacingOccurrences(of: "\r\n", with: "\n"))
        case let object as [String: Any]: return sanitized(object)
        case let list as [Any]: return list.map(sanitizedValue)
        default: return value
        }
    }

    static func build(_ request: RenderRequest) -> [String: Any] {
        let zone = request.zone
        let document = request.document
        var root: [String: Any] = [:]
        root["document"] = compact([
            "reference": document.reference, "kind": document.kind.rawValue, "language": document.language,
            "status": document.status.rawValue, "draftedOn": day(document.draftedAt, zone),
            "sentOn": document.sentAt.map { day($0, zone) }, "providerReference": document.providerReference,
        ])
        root["today"] = day(request.now, zone)
        var senderValues = sender(request.sender)
        // The trusted-flagger statement and the priority it asks for: to a provider only on the
        // footing the notice stands on (DSA Arts. 16, 22(1)); to an authority (a DSC complaint)
        // as the status held.
        senderValues["isTrustedFlagger"] =
            request.recipient?.provider == nil
            ? request.sender.holdsTrustedFlaggerStatus
            : request.sender.standing(
                of: request.document.content, parent: request.parent?.content, to: request.recipient
            ).claimsPriority
        senderValues["isArticle80Body"] = request.sender.gdprArticle80Body == true
        root["sender"] = senderValues
        if let recipient = recipient(request) { root["recipient"] = recipient }
        let itemsByID = Dictionary(request.items.map { ($0.id, $0.reference) }, uniquingKeysWith: { a, _ in a })
        root["items"] = request.items.map(item)
        let evidence: [[String: Any]] = request.evidence.map { file in
            compact([
                "itemReference": itemsByID[file.itemID], "sha256": file.sha256, "mediaType": file.mediaType,
                "size": String(file.size), "capturedAt": ISO8601.format(file.capturedAt),
            ])
        }
        root["evidence"] = evidence
        root["hasEvidence"] = !evidence.isEmpty
        if let parent = request.parent {
            var values = compact([
                "reference": parent.reference, "kind": parent.kind.rawValue,
                "sentOn": parent.sentAt.map { day($0, zone) }, "providerReference": parent.providerReference,
                "outcome": parent.outcome?.rawValue, "decidedOn": parent.decidedAt.map { day($0, zone) },
                "decisionNotifiedOn": parent.decisionNotifiedAt.map { day($0, zone) },
            ])
            // The reminder's wording: an Art. 16 notice (as the report counts it) or an erasure.
            if let outcome = parent.outcome {
                values["outcomeLabel"] = OutcomeLabels.label(outcome, language: document.language)
            }
            values["isNotice"] = parent.kind.definition.report == .notice
            values["isErasure"] = parent.kind.definition.conduct.isErasureRequest
            root["parent"] = values
        }
        if let subject = request.dataSubject {
            root["dataSubject"] = compact([
                "pseudonym": subject.pseudonym, "mandateSignedOn": subject.mandate?.signedOn?.description,
                "mandateExpiresOn": subject.mandate?.expiresOn?.description,
                "mandateSHA256": subject.mandate?.documentSHA256,
            ])
        }
        var (name, content) = ContentContext.build(
            document.content, zone: zone, language: document.language, authority: request.recipient?.authority)
        // A referral's victim details, and the sentence that the person agreed, are printed only
        // when the consent on record covers it (GDPR Arts. 6(1)(a), 9(2)(a)): not even a draft's
        // preview says she agreed when she did not.
        if document.kind.definition.conduct.reachesPolice, request.dataSubject?.consentsToLEA != true {
            content["victimDetails"] = nil
        }
        root[name] = content
        return root
    }

    static func sender(_ sender: SenderProfile) -> [String: Any] {
        let values = compact([
            "name": sender.name, "legalForm": sender.legalFormShown, "country": sender.country,
            "postalAddress": sender.postalAddress, "email": sender.email, "phone": sender.phone,
            "signatory": sender.signatory, "awardedBy": sender.trustedFlaggerAwardedBy,
            "awardedOn": sender.trustedFlaggerAwardedOn?.description,
            "statusReference": sender.trustedFlaggerReference, "areaOfExpertise": sender.areaOfExpertise,
        ])
        return values
    }

    static func recipient(_ request: RenderRequest) -> [String: Any]? {
        switch request.recipient {
        case .provider(let provider):
            var email: String?
            var form: String?
            switch provider.noticeChannel {
            case .email(let address): email = address
            case .webForm(let url): form = url
            case nil: break
            }
            return compact([
                "name": provider.name, "kind": "provider", "legalEntity": provider.legalEntity,
                "country": provider.country, "address": provider.euLegalRepresentative?.address,
                "email": email, "noticeForm": form,
            ])
        case .authority(let authority):
            return compact([
                "name": authority.name, "kind": "authority", "country": authority.country,
                "address": authority.contact.address, "email": authority.contact.email,
                "noticeForm": authority.contact.url,
            ])
        case .controller:
            guard let controller = request.document.content.addressedController else { return ["kind": "controller"] }
            return compact([
                "name": controller.name, "kind": "controller", "address": controller.address,
                "email": controller.email,
            ])
        case nil:
            return nil
        }
    }

    static func item(_ item: Item) -> [String: Any] {
        var values = compact([
            "reference": item.reference, "url": item.url, "host": item.host, "category": item.category?.rawValue,
            "categoryLabel": item.category?.label, "legalBasis": item.legalBasis, "explanation": item.explanation,
        ])
        values["keywords"] = item.keywords.map { ["key": $0.rawValue, "label": $0.label] }
        values["threatToLife"] = item.threatToLife
        return values
    }

    /// `YYYY-MM-DD` of an instant in the organisation's zone.
    static func day(_ instant: Date, _ zone: TimeZone) -> String { CivilDate(instant, in: zone).description }

    /// Drops nil and blank values.
    static func compact(_ values: [String: String?]) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in values {
            if let value, !isBlank(value) { result[key] = value }
        }
        return result
    }

    static func isBlank(_ text: String) -> Bool { text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
