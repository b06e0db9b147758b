import Crypto
import FlagdeskCore
import Foundation

/// The JSON export of a document (`Schemas/document.schema.json`): the DSA Art. 16(2) elements
/// and the DSA Transparency Database vocabulary (`source_type`, `category`,
/// `category_specification`, `content_type`, `decision_visibility`; REFERENCE §2), so partners
/// and platform APIs can ingest it without reading the letter.
enum DocumentJSON {
    static let schemaID = "https://flagdesk.invalid/schemas/document.schema.json"

    static func write(request: RenderRequest, subject: String, text: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(export(request: request, subject: subject, text: text))
        return OutputSanitizer.json(String(decoding: data, as: UTF8.self)) + "\n"
    }

    static func export(request: RenderRequest, subject: String, text: String) -> DocumentExport {
        let document = request.document
        let references = Dictionary(request.items.map { ($0.id, $0.reference) }, uniquingKeysWith: { a, _ in a })
        var export = DocumentExport(
            schema: schemaID, reference: document.reference, kind: document.kind.rawValue,
            kindTitle: document.kind.title, language: document.language, status: document.status.rawValue,
            subject: subject,
            notifier: notifier(request),
            recipient: recipient(request),
            items: request.items.map {
                ExportItem(
                    reference: $0.reference, url: $0.url, category: $0.category?.rawValue,
                    categorySpecification: $0.keywords.map(\.rawValue), contentType: $0.contentTypes.map(\.rawValue),
                    legalBasis: $0.legalBasis)
            },
            evidence: request.evidence.map {
                ExportEvidence(
                    itemReference: references[$0.itemID], sha256: $0.sha256, size: $0.size, mediaType: $0.mediaType,
                    capturedAt: ISO8601.format($0.capturedAt))
            },
            parentReference: request.parent?.reference, providerReference: document.providerReference,
            dates: ExportDates(document),
            outcome: document.outcome.map {
                ExportOutcome(key: $0.rawValue, providerActed: $0.providerActed, decisionVisibility: visibility($0))
            },
            fields: document.content, text: text, textSHA256: SHA256Hex.of(Data(text.utf8)),
            frozen: document.frozen != nil)
        if case .dsaNotice(let notice) = document.content {
            export.sourceType =
                request.sender.standing(of: document.content, parent: request.parent?.content, to: request.recipient)
                .rawValue
            export.category = notice.category?.rawValue
            export.categorySpecification = notice.keywords.map(\.rawValue)
            export.contentType = notice.contentTypes.map(\.rawValue)
            export.art16 = Art16Elements(
                explanation: notice.explanation, exactLocations: notice.urls, locationDetails: notice.locationDetails,
                legalBasis: notice.legalBasis, notifierIdentityOmitted: notice.omitNotifierIdentity,
                bonaFideStatement: notice.bonaFideStatement)
        }
        return export
    }

    static func notifier(_ request: RenderRequest) -> ExportNotifier {
        let sender = request.sender
        let omitted = request.document.content.omitsSenderIdentity
        return ExportNotifier(
            name: omitted ? nil : sender.name, email: omitted ? nil : sender.email,
            trustedFlagger: sender.trustedFlaggerAwardedBy != nil, awardedBy: sender.trustedFlaggerAwardedBy,
            awardedOn: sender.trustedFlaggerAwardedOn?.description, statusReference: sender.trustedFlaggerReference,
            areaOfExpertise: sender.areaOfExpertise)
    }

    static func recipient(_ request: RenderRequest) -> ExportRecipient? {
        guard let values = TemplateContext.recipient(request) else { return nil }
        return ExportRecipient(
            kind: request.document.recipientKind.rawValue, key: request.document.recipientKey,
            name: values["name"] as? String, email: values["email"] as? String,
            noticeForm: values["noticeForm"] as? String)
    }

    /// The Transparency Database `decision_visibility` value of an outcome, where one fits.
    static func visibility(_ outcome: DocumentOutcome) -> String? {
        switch outcome {
        case .removed: return "DECISION_VISIBILITY_CONTENT_REMOVED"
        case .disabled: return "DECISION_VISIBILITY_CONTENT_DISABLED"
        case .demoted: return "DECISION_VISIBILITY_CONTENT_DEMOTED"
        case .ageRestricted: return "DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED"
        case .restricted, .partial: return "DECISION_VISIBILITY_OTHER"
        case .rejected, .noAnswer: return nil
        }
    }
}
