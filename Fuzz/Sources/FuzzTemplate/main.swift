import FlagdeskCore
import FlagdeskDocuments
import Foundation
import FuzzSupport

/// The template renderer: a user's template folder is untrusted text (it can override a shipped
/// template and its partials), and every context value comes from outside (flagged URLs,
/// explanations, names). Input: template text, NUL, partial text, NUL, then the values. Any
/// input gives a document or a `DocumentsError`, never a crash (a partial that includes itself
/// included).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    var input = FuzzInput(data, count)
    let template = String(decoding: input.piece(until: 0), as: UTF8.self)
    let partial = String(decoding: input.piece(until: 0), as: UTF8.self)
    let values = String(decoding: input.rest, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
    write(template, to: "dsa-notice/en.mustache")
    write(partial, to: "partials/letterhead/en.mustache")
    let renderer = DocumentRenderer(
        catalog: TemplateCatalog(shippedDirectory: TemplateWorld.shipped, userDirectory: TemplateWorld.user))
    let request = TemplateWorld.request { values.isEmpty ? "" : values[$0 % values.count] }
    for format in ExportFormat.allCases {
        do {
            _ = try renderer.render(request, format: format)
        } catch {
            require(error is DocumentsError, "render(\(format)) threw \(type(of: error)): \(error)")
        }
    }
    return 0
}

runFuzzer(fuzzTemplate)

private func write(_ text: String, to name: String) {
    let url = TemplateWorld.user.appendingPathComponent(name)
    try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: url)
}

/// The shipped templates of this checkout, a scratch folder for the hostile ones, and a notice
/// whose every outside value is taken from the input.
enum TemplateWorld {
    static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Templates").standardizedFileURL
    static let user = FileManager.default.temporaryDirectory
        .appendingPathComponent("flagdesk-fuzz-templates-\(ProcessInfo.processInfo.processIdentifier)")
    static let instant = Date(timeIntervalSince1970: 1_795_000_000)

    static func request(_ value: (Int) -> String) -> RenderRequest {
        let item = Item(
            id: 1, reference: "FD-2026-000001", url: value(0), normalizedURL: value(1), host: value(2),
            providerKey: "example", category: .protectionOfMinors, keywords: [.humanTrafficking],
            contentTypes: [.video], legalBasis: value(3), explanation: value(4), createdAt: instant,
            createdBy: value(5))
        let evidence = Evidence(
            id: 1, itemID: 1, sha256: String(repeating: "ab", count: 32), size: 10, mediaType: value(6),
            originalName: value(7), sourceURL: value(8), capturedAt: instant, capturedBy: value(9))
        let notice = NoticeContent(
            urls: [value(10), value(11)], locationDetails: value(12), explanation: value(13), legalBasis: value(14),
            category: .protectionOfMinors, keywords: [.humanTrafficking], contentTypes: [.video],
            bonaFideStatement: true)
        let document = DocumentRecord(
            id: 1, reference: "N-2026-00001", language: "en", content: .dsaNotice(notice), recipientKind: .provider,
            recipientKey: "example", itemIDs: [1], draftedAt: instant, draftedBy: value(15))
        let sender = SenderProfile(
            name: value(16), legalForm: value(17), country: value(18), postalAddress: value(19), email: value(20),
            phone: value(21), signatory: value(22), areaOfExpertise: value(23))
        return RenderRequest(
            document: document, items: [item], evidence: [evidence], sender: sender, recipient: nil,
            zone: TimeZone(identifier: "UTC")!, now: instant)
    }
}
