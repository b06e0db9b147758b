import Testing

@testable import FlagdeskCore

/// Issue #16 "each document kind as one definition": what the safeguards, the advisor and
/// `record` used to decide by naming kinds is now each definition's own. This table states, kind
/// by kind, what every definition must say; a kind missing here or from `DocumentKinds.all`, or
/// a definition that says otherwise, fails (exhaustiveness by table).
@Suite("Document kinds: conduct, answers and personal fields by table")
struct KindConductTableTests {
    /// One row per kind: what its definition says.
    struct Row {
        var police = false
        var evidence: EvidenceStep?
        var takedown = false
        var actsOnContent = false
        var erasure = false
        var sexWork = false
        var advisor: AdvisorRole?
        var contests = false
        var parent = false
        var receipt: String?
        var decision: String?
        var contestable = false
        var extends = false
        var preservation = false
        var identity: [String] = []
        var pseudonym = false
        var contact: String?
    }

    static let expected: [DocumentKind: Row] = [
        // DSA Art. 16: a takedown request (evidence first applies), receipt 16(4), decision 16(5),
        // contestable under Art. 20; lawful sex work is confirmed before approval.
        .dsaNotice: Row(
            takedown: true, actsOnContent: true, sexWork: true, advisor: .notice, receipt: "DSA Art. 16(4)",
            decision: "DSA Art. 16(5)", contestable: true),
        // GDPR Art. 17 on the data subject's behalf; Art. 12(3) extension.
        .gdprErasure: Row(
            actsOnContent: true, erasure: true, advisor: .erasure, extends: true,
            identity: ["identifying-data"], pseudonym: true),
        // Reg. (EU) 2023/1543 Arts. 4(3), 6, 11: to a prosecutor; issued, extended, production requested.
        .preservationRequest: Row(police: true, evidence: .preservation, advisor: .preservation, preservation: true),
        .leaReferral: Row(police: true, evidence: .referral, advisor: .referral, identity: ["victim-details"]),
        .reminder: Row(parent: true),
        // DSA Art. 20: contests the platform's decision on a notice.
        .dsaComplaint: Row(actsOnContent: true, contests: true, parent: true),
        .dscComplaint: Row(),
        .dpaComplaint: Row(pseudonym: true),
        // TAKE IT DOWN Act: a removal request.
        .takeItDownRequest: Row(takedown: true, actsOnContent: true, pseudonym: true),
        // Dir. 2011/36/EU Art. 11: the support pathway; how the person may be reached.
        .supportReferral: Row(
            advisor: .support, identity: ["contact-conditions", "needs"], pseudonym: true,
            contact: "contact-conditions"),
    ]

    @Test("every kind has a row and every row a definition in DocumentKinds.all")
    func everyKindHasARow() {
        #expect(Set(Self.expected.keys) == Set(DocumentKind.allCases))
        #expect(Set(DocumentKinds.all.map(\.kind)) == Set(DocumentKind.allCases))
    }

    @Test("each definition says what its row says", arguments: DocumentKind.allCases)
    func definitionMatchesRow(kind: DocumentKind) throws {
        let row = try #require(Self.expected[kind], "\(kind.rawValue) has no row")
        let definition = kind.definition
        let conduct = definition.conduct
        #expect(conduct.reachesPolice == row.police, "reachesPolice")
        #expect(conduct.evidenceStep == row.evidence, "evidenceStep")
        #expect(conduct.isTakedownRequest == row.takedown, "isTakedownRequest")
        #expect(conduct.actsOnContent == row.actsOnContent, "actsOnContent")
        #expect(conduct.isErasureRequest == row.erasure, "isErasureRequest")
        #expect(conduct.asksSexWorkConfirmation == row.sexWork, "asksSexWorkConfirmation")
        #expect(conduct.advisorRole == row.advisor, "advisorRole")
        #expect(conduct.contestsDecision == row.contests, "contestsDecision")
        #expect(conduct.requiresParent == row.parent, "requiresParent")
        let answers = definition.answers
        #expect(answers.receiptArticle == row.receipt, "receiptArticle")
        #expect(answers.decisionArticle == row.decision, "decisionArticle")
        #expect(answers.decisionContestable == row.contestable, "decisionContestable")
        #expect(answers.replyExtension == row.extends, "replyExtension")
        #expect(answers.preservationMilestones == row.preservation, "preservationMilestones")
        let personal = definition.personal
        #expect(personal.identity.map(\.key) == row.identity, "identity fields")
        #expect(personal.identity.allSatisfy { $0.kind == kind }, "identity fields of another kind")
        #expect((personal.pseudonym != nil) == row.pseudonym, "pseudonym")
        #expect(personal.contactConditionsKey == row.contact, "contactConditionsKey")
        if let key = personal.contactConditionsKey { #expect(row.identity.contains(key)) }
        // A follow-up that needs a parent is a follow-up.
        if conduct.requiresParent { #expect(definition.isFollowUp) }
    }

    @Test("each advisor role and each evidence step is one kind's")
    func rolesAreUnique() {
        for role in AdvisorRole.allCases {
            #expect(DocumentKinds.kinds(where: { $0.conduct.advisorRole == role }).count == 1, "\(role)")
        }
        for step in EvidenceStep.allCases {
            #expect(DocumentKinds.kinds(where: { $0.conduct.evidenceStep == step }).count == 1, "\(step)")
            #expect(step.kind.definition.conduct.reachesPolice, "\(step) goes to law enforcement")
        }
    }

    /// The pseudonym and the identity fields are written through the content enum: each
    /// reaches its own kind's content (a wrong key path would read nothing).
    @Test("each personal field reads and clears its own kind's content", arguments: DocumentKind.allCases)
    func personalFieldsReachTheContent(kind: DocumentKind) {
        let personal = kind.definition.personal
        var content = kind.definition.emptyContent
        for field in personal.identity { field.write(&content, "value of \(field.key)") }
        personal.pseudonym?.write(&content, "P-7")
        for field in personal.identity { #expect(field.read(content) == "value of \(field.key)") }
        if let pseudonym = personal.pseudonym { #expect(pseudonym.read(content) == "P-7") }
        let forgotten = WishSafeguards.withoutPersonalFields(content)
        for field in personal.identity { #expect(field.read(forgotten) == nil) }
        if let pseudonym = personal.pseudonym { #expect(pseudonym.read(forgotten) == nil) }
    }
}
