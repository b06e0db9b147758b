import FlagdeskCore

/// The JSON export's shape; `Schemas/document.schema.json` describes the same fields.
struct DocumentExport: Encodable {
    var schema: String
    var reference: String
    var kind: String
    var kindTitle: String
    var language: String
    var status: String
    var subject: String
    /// Transparency Database `source_type` (dsa-notice only).
    var sourceType: String?
    var category: String?
    var categorySpecification: [String]?
    var contentType: [String]?
    var art16: Art16Elements?
    var notifier: ExportNotifier
    var recipient: ExportRecipient?
    var items: [ExportItem]
    var evidence: [ExportEvidence]
    var parentReference: String?
    var providerReference: String?
    var dates: ExportDates
    var outcome: ExportOutcome?
    /// The document's fields as stored (kind-specific, camelCase, `kind` included).
    var fields: DocumentContent
    var text: String
    var textSHA256: String
    /// Whether `text` is the frozen text as sent.
    var frozen: Bool

    init(
        schema: String, reference: String, kind: String, kindTitle: String, language: String, status: String,
        subject: String, notifier: ExportNotifier, recipient: ExportRecipient?, items: [ExportItem],
        evidence: [ExportEvidence], parentReference: String?, providerReference: String?, dates: ExportDates,
        outcome: ExportOutcome?, fields: DocumentContent, text: String, textSHA256: String, frozen: Bool
    ) {
        self.schema = schema
        self.reference = reference
        self.kind = kind
        self.kindTitle = kindTitle
        self.language = language
        self.status = status
        self.subject = subject
        self.notifier = notifier
        self.recipient = recipient
        self.items = items
        self.evidence = evidence
        self.parentReference = parentReference
        self.providerReference = providerReference
        self.dates = dates
        self.outcome = outcome
        self.fields = fields
        self.text = text
        self.textSHA256 = textSHA256
        self.frozen = frozen
    }

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case reference, kind, language, status, subject, category, art16, notifier, recipient, items, evidence
        case dates, outcome, fields, text, frozen
        case kindTitle = "kind_title"
        case sourceType = "source_type"
        case categorySpecification = "category_specification"
        case contentType = "content_type"
        case parentReference = "parent_reference"
        case providerReference = "provider_reference"
        case textSHA256 = "text_sha256"
    }
}

/// DSA Art. 16(2)(a)-(d) as fields.
struct Art16Elements: Encodable {
    var explanation: String?
    var exactLocations: [String]
    var locationDetails: String?
    var legalBasis: String?
    var notifierIdentityOmitted: Bool
    var bonaFideStatement: Bool

    enum CodingKeys: String, CodingKey {
        case explanation
        case exactLocations = "exact_locations"
        case locationDetails = "location_details"
        case legalBasis = "legal_basis"
        case notifierIdentityOmitted = "notifier_identity_omitted"
        case bonaFideStatement = "bona_fide_statement"
    }
}

struct ExportNotifier: Encodable {
    var name: String?
    var email: String?
    var trustedFlagger: Bool
    var awardedBy: String?
    var awardedOn: String?
    var statusReference: String?
    var areaOfExpertise: String?

    enum CodingKeys: String, CodingKey {
        case name, email
        case trustedFlagger = "trusted_flagger"
        case awardedBy = "awarded_by"
        case awardedOn = "awarded_on"
        case statusReference = "status_reference"
        case areaOfExpertise = "area_of_expertise"
    }
}

struct ExportRecipient: Encodable {
    var kind: String
    var key: String?
    var name: String?
    var email: String?
    var noticeForm: String?

    enum CodingKeys: String, CodingKey {
        case kind, key, name, email
        case noticeForm = "notice_form"
    }
}

struct ExportItem: Encodable {
    var reference: String
    var url: String
    var category: String?
    var categorySpecification: [String]
    var contentType: [String]
    var legalBasis: String?

    enum CodingKeys: String, CodingKey {
        case reference, url, category
        case categorySpecification = "category_specification"
        case contentType = "content_type"
        case legalBasis = "legal_basis"
    }
}

struct ExportEvidence: Encodable {
    var itemReference: String?
    var sha256: String
    var size: Int64
    var mediaType: String
    var capturedAt: String

    enum CodingKeys: String, CodingKey {
        case sha256, size
        case itemReference = "item_reference"
        case mediaType = "media_type"
        case capturedAt = "captured_at"
    }
}

struct ExportDates: Encodable {
    var draftedAt: String
    var approvedAt: String?
    var sentAt: String?
    var acknowledgedAt: String?
    var decidedAt: String?
    var decisionNotifiedAt: String?

    init(_ document: DocumentRecord) {
        draftedAt = ISO8601.format(document.draftedAt)
        approvedAt = document.approvedAt.map(ISO8601.format)
        sentAt = document.sentAt.map(ISO8601.format)
        acknowledgedAt = document.acknowledgedAt.map(ISO8601.format)
        decidedAt = document.decidedAt.map(ISO8601.format)
        decisionNotifiedAt = document.decisionNotifiedAt.map(ISO8601.format)
    }

    enum CodingKeys: String, CodingKey {
        case draftedAt = "drafted_at"
        case approvedAt = "approved_at"
        case sentAt = "sent_at"
        case acknowledgedAt = "acknowledged_at"
        case decidedAt = "decided_at"
        case decisionNotifiedAt = "decision_notified_at"
    }
}

struct ExportOutcome: Encodable {
    var key: String
    /// DSA Art. 22(3)(c): whether the provider acted on the content.
    var providerActed: Bool
    var decisionVisibility: String?

    enum CodingKeys: String, CodingKey {
        case key
        case providerActed = "provider_acted"
        case decisionVisibility = "decision_visibility"
    }
}
