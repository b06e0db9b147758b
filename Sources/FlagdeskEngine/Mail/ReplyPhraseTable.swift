import FlagdeskCore
import FlagdeskDocuments
import Foundation

extension Desk {
    static let phraseFile = "mail/reply-phrases.json"

    /// The phrase table: `mail/reply-phrases.json` in the user's `[templates] directory` if it
    /// has one, else the shipped one beside the templates. A broken table is a configuration error.
    func replyPhrases() throws(EngineError) -> ReplyPhrases {
        var candidates: [URL] = []
        if let directory = config.templatesDirectory {
            candidates.append(URL(fileURLWithPath: directory).appendingPathComponent(Self.phraseFile))
        }
        do {
            candidates.append(try ShippedTemplates.locate().appendingPathComponent(Self.phraseFile))
        } catch {
            throw EngineError(documents: error, doing: "cannot find the reply phrase table")
        }
        for url in candidates where FileManager.default.fileExists(atPath: url.path) {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            do {
                return try ReplyPhrases.decode(data)
            } catch {
                throw .configuration("\(TerminalSanitizer.sanitizeURL(url.path)): \(error.reason)")
            }
        }
        throw .configuration(
            "no reply phrase table (\(Self.phraseFile)) in \(candidates.map(\.path).joined(separator: ", "))")
    }
}
