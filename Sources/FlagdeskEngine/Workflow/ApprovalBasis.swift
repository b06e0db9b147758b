import Crypto
import FlagdeskCore
import FlagdeskDocuments
import FlagdeskStore
import Foundation

/// What an approval covers beyond the document's own fields (which make it lapse when edited):
/// the templates its text is rendered from, the recipient's directory entry (where it goes), and
/// the organisation it speaks for. The text is rendered again at sending, by whoever sends, with
/// their configuration: without this, a member could send an approved document through their own
/// template folder or to their own address for the recipient, and four-eyes would have approved
/// something else (issue #14 point 5, "what is approved is what was checked").
struct ApprovalBasis: Equatable {
    var template: String
    var recipient: String
    var organisation: String

    /// Each part, its key in the approve event's payload, and how a refusal names its change.
    private static var parts: [(key: String, name: String, value: KeyPath<ApprovalBasis, String>)] {
        [
            ("basis_template", "the templates it is rendered from", \.template),
            ("basis_recipient", "the recipient's directory entry (its address)", \.recipient),
            ("basis_organisation", "the organisation it is sent as", \.organisation),
        ]
    }

    var payload: [String: String] {
        Dictionary(uniqueKeysWithValues: Self.parts.map { ($0.key, self[keyPath: $0.value]) })
    }

    /// nil for an approval recorded before the basis was (nothing to compare).
    init?(payload: [String: String]) {
        guard let template = payload["basis_template"], let recipient = payload["basis_recipient"],
            let organisation = payload["basis_organisation"]
        else { return nil }
        self.init(template: template, recipient: recipient, organisation: organisation)
    }

    init(template: String, recipient: String, organisation: String) {
        self.template = template
        self.recipient = recipient
        self.organisation = organisation
    }

    /// What differs now from what was approved, in words.
    func changes(since approved: ApprovalBasis) -> [String] {
        Self.parts.filter { self[keyPath: $0.value] != approved[keyPath: $0.value] }.map(\.name)
    }

    static func digest(_ text: String) -> String { SHA256.hash(data: Data(text.utf8)).lowercaseHex }
}

extension Desk {
    /// The basis of `loaded` as this desk (its configuration) would render and send it now.
    func approvalBasis(_ loaded: LoadedDocument) throws(EngineError) -> ApprovalBasis {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let recipient: String
        switch loaded.recipient {
        case .provider(let provider):
            recipient = (try? encoder.encode(provider)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        case .authority(let authority):
            recipient = (try? encoder.encode(authority)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        // The controller's address is among the document's fields: editing it lapses the approval.
        case .controller, nil: recipient = ""
        }
        return ApprovalBasis(
            template: ApprovalBasis.digest(try templateSources(loaded.record)),
            recipient: ApprovalBasis.digest(recipient),
            organisation: ApprovalBasis.digest(
                OrganisationProfileCodec.encode(OrganisationProfile(of: config)) + "\n" + zone.identifier))
    }

    /// Sending refuses a document whose basis changed since its approval; approve it again.
    func requireApprovedBasis(_ loaded: LoadedDocument, in db: StoreTransaction) throws {
        let events = try AuditTrail.events(entity: "document", entityID: loaded.record.reference, in: db)
        guard let approval = events.last(where: { $0.action == "approve" }),
            let fields = try? JSONDecoder().decode([String: String].self, from: Data(approval.payload.utf8)),
            let approved = ApprovalBasis(payload: fields)
        else { return }
        let changes = try approvalBasis(loaded).changes(since: approved)
        guard !changes.isEmpty else { return }
        throw EngineError.refused(
            "\(loaded.record.reference) is not sent: since \(approval.actor) approved it, "
                + changes.joined(separator: " and ") + (changes.count == 1 ? " has" : " have")
                + " changed in the configuration used now; send it with the configuration it was approved "
                + "with, or have a coordinator approve it again (`flagdesk approve`)")
    }

    /// The template and partial texts the document's text comes from, in a fixed order.
    private func templateSources(_ record: DocumentRecord) throws(EngineError) -> String {
        do {
            let catalog = try TemplateCatalog.located(
                userDirectory: config.templatesDirectory.map { URL(fileURLWithPath: $0) })
            let (_, file) = try catalog.template(kind: record.kind, language: record.language)
            let partials = try catalog.partials(language: record.language)
            return
                ([file.subject ?? "", file.body] + partials.sorted { $0.key < $1.key }.map { "\($0.key)\n\($0.value)" })
                .joined(separator: "\n\u{1E}\n")
        } catch {
            throw .badInput("\(record.reference) cannot be rendered: \(error)")
        }
    }
}
