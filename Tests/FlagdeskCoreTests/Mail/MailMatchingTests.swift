import Foundation
import Testing

@testable import FlagdeskCore

struct MailMatchingTests {
    static let phrases: ReplyPhrases = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/FlagdeskDocuments/Templates/mail/reply-phrases.json")
        return try! ReplyPhrases.decode(try! Data(contentsOf: url))
    }()

    func message(subject: String = "", text: String = "", inReplyTo: [String] = [], references: [String] = [])
        -> MailMessage
    {
        var message = MailMessage()
        message.subject = subject
        message.text = text
        message.inReplyTo = inReplyTo
        message.references = references
        return message
    }

    @Test func cluesFindOurReferencesSubjectFirst() {
        let clues = ReplyClues(
            message(subject: "Re: N-2026-00042 [Case 2026-TS-4471]", text: "About E-2026-00001 too"))
        #expect(clues.documentReferences == ["N-2026-00042"])
        #expect(clues.providerReferenceCandidates.contains("2026-TS-4471"))
        #expect(!clues.providerReferenceCandidates.contains("N-2026-00042"))
        let body = ReplyClues(message(subject: "Your notice", text: "Ref. F-2026-00003, XN-2026-00001, N-2026-000011"))
        #expect(body.documentReferences == ["F-2026-00003"])
    }

    @Test func referencesAreTriedNearestFirst() {
        let clues = ReplyClues(message(references: ["<a@x>", "<b@x>", "<c@x>"]))
        #expect(clues.ancestors == ["<c@x>", "<b@x>", "<a@x>"])
    }

    @Test func theFirstRuleThatFindsSomethingDecides() {
        #expect(
            ReplyMatch.decide([(.inReplyTo, []), (.documentReference, [7, 7])])
                == .matched(documentID: 7, by: .documentReference))
        #expect(
            ReplyMatch.decide([(.inReplyTo, [3]), (.documentReference, [7])]) == .matched(documentID: 3, by: .inReplyTo)
        )
        #expect(
            ReplyMatch.decide([(.documentReference, [3, 9])])
                == .ambiguous(documentIDs: [3, 9], by: .documentReference))
        #expect(ReplyMatch.decide([(.inReplyTo, []), (.providerReference, [])]) == .unmatched)
    }

    @Test func proposalsComeWithTheirSentence() {
        let findings = ReplyClassifier.findings(
            in: """
                Hello,

                Thank you for your notice. After review, the content has been removed from our service. Your case number: 2026-TS-4471.

                On 1 March 2026, NGO wrote:
                > Please note: it does not violate anything
                """, phrases: Self.phrases)
        let kinds = findings.map(\.kind)
        #expect(kinds == [.acknowledgement, .removed, .caseNumber])
        #expect(findings[1].sentence == "After review, the content has been removed from our service.")
        #expect(findings[2].value == "2026-TS-4471")
        #expect(findings[1].kind.decision == .removed)
    }

    @Test(arguments: [
        ("fr", "Nous avons bien reçu votre notification. Le contenu a été supprimé.", ReplyFindingKind.removed),
        ("de", "Die Inhalte wurden entfernt.", .removed),
        ("de", "Der Inhalt verstößt nicht gegen unsere Richtlinien.", .noAction),
        ("es", "El acceso ya no es accesible en la UE.", .disabled),
        ("it", "Il contenuto è stato rimosso.", .removed),
        ("nl", "De inhoud is verwijderd.", .removed),
        ("en", "Visibility has been restricted.", .restricted),
    ])
    func languages(language: String, text: String, kind: ReplyFindingKind) {
        let findings = ReplyClassifier.findings(in: text, phrases: Self.phrases)
        #expect(findings.contains { $0.kind == kind && $0.language == language })
    }

    @Test func extensionWithItsDate() {
        let english = ReplyClassifier.findings(
            in: "We need to extend the period by two months; we will reply by 31 May 2026.", phrases: Self.phrases)
        #expect(english.first { $0.kind == .extension }?.date == CivilDate(year: 2026, month: 5, day: 31))
        let german = ReplyClassifier.findings(
            in: "Wir müssen die Frist verlängern, bis zum 30.06.2026.", phrases: Self.phrases)
        #expect(german.first { $0.kind == .extension }?.date == CivilDate(year: 2026, month: 6, day: 30))
    }

    @Test func onlyOneDecisionIsProposed() {
        let findings = ReplyClassifier.findings(
            in: "The content does not violate our terms. Other content was removed.", phrases: Self.phrases)
        #expect(findings.filter { $0.kind.decision != nil }.map(\.kind) == [.noAction])
    }

    @Test func aBrokenPhraseTableIsRefused() {
        #expect(throws: ReplyPhrasesError.self) {
            try ReplyPhrases.decode(Data(#"{"languages":{"en":{"guess":["x"]}},"months":{},"quote-markers":[]}"#.utf8))
        }
    }

    @Test func mboxSplitsInAnyChunking() {
        let mbox =
            "From a@b Sat Jan  1 00:00:00 2026\nSubject: one\n\nbody\nFrom here\n>From escaped\n\n"
            + "From c@d Sat Jan  1 00:00:00 2026\nSubject: two\n\nbody\n"
        for chunk in [1, 3, 7, 4096] {
            var splitter = MboxSplitter()
            var messages: [[UInt8]] = []
            let bytes = Array(mbox.utf8)
            var start = 0
            let sink: (MboxSplitter.Event) -> Void = { event in
                switch event {
                case .begin: messages.append([])
                case .data(let data): messages[messages.count - 1] += data
                case .end: break
                }
            }
            while start < bytes.count {
                splitter.feed(bytes[start..<min(bytes.count, start + chunk)], sink)
                start += chunk
            }
            splitter.finish(sink)
            #expect(
                messages.map { String(decoding: $0, as: UTF8.self) } == [
                    "Subject: one\n\nbody\nFrom here\n>From escaped\n", "Subject: two\n\nbody\n",
                ])
        }
    }
}
