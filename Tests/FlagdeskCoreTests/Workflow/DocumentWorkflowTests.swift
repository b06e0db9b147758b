import FlagdeskCore
import Testing

@Suite("Document state machine")
struct DocumentWorkflowTests {
    /// The test's own statement of DESIGN.md §4, written independently of the implementation:
    /// action name -> (from -> to). Every pair not listed must be refused.
    static let allowed: [String: [DocumentStatus: DocumentStatus]] = [
        "complete": [.draft: .ready],
        "reopen": [.ready: .draft, .approved: .draft],
        "approve": [.ready: .approved],
        "send": [.approved: .sent],
        "acknowledge": [.sent: .acknowledged],
        "decide": [.sent: .decided, .acknowledged: .decided],
        "close-with-reason": [.decided: .closed, .sent: .closed, .acknowledged: .closed],
        "close-without-reason": [.decided: .closed],
        "withdraw": [
            .draft: .withdrawn, .ready: .withdrawn, .approved: .withdrawn, .sent: .withdrawn,
            .acknowledged: .withdrawn,
        ],
    ]

    static let actions: [String: DocumentAction] = [
        "complete": .complete, "reopen": .reopen, "approve": .approve, "send": .send,
        "acknowledge": .acknowledge, "decide": .decide(.removed), "close-with-reason": .close(reason: "content gone"),
        "close-without-reason": .close(reason: nil), "withdraw": .withdraw,
    ]

    @Test(
        "every action from every state is allowed or refused as DESIGN.md §4 says", arguments: DocumentStatus.allCases)
    func transitionTable(from status: DocumentStatus) {
        for (name, action) in Self.actions.sorted(by: { $0.key < $1.key }) {
            let expected = Self.allowed[name]?[status]
            do {
                let transition = try DocumentWorkflow.apply(action, to: status, reference: "N-2026-00042", missing: [])
                #expect(transition.to == expected, "\(name) from \(status)")
                #expect(transition.from == status)
            } catch {
                #expect(expected == nil, "\(name) from \(status) refused: \(error.message)")
                if name == "close-without-reason", status == .sent || status == .acknowledged {
                    #expect(error.cause == .reasonRequired)
                } else {
                    #expect(error.cause == .illegalTransition, "\(name) from \(status)")
                }
            }
        }
    }

    @Test("a refusal names the document, its state and the action")
    func refusalMessage() throws {
        let error = try #require(
            throws: WorkflowRefusal.self,
            performing: { try DocumentWorkflow.apply(.approve, to: .sent, reference: "N-2026-00042", missing: []) })
        #expect(error.message == "N-2026-00042 is sent; a sent document cannot be approved")
        #expect(error.subject == "N-2026-00042")
        let draft = try #require(
            throws: WorkflowRefusal.self,
            performing: { try DocumentWorkflow.apply(.send, to: .draft, reference: "N-1", missing: []) })
        #expect(draft.message == "N-1 is a draft; a draft document cannot be sent")
        let acknowledged = try #require(
            throws: WorkflowRefusal.self,
            performing: { try DocumentWorkflow.apply(.approve, to: .acknowledged, reference: "N-1", missing: []) })
        #expect(acknowledged.message == "N-1 is acknowledged; an acknowledged document cannot be approved")
    }

    static let missingEmail = MissingElement(
        key: "notifier-email", label: "the notifier's e-mail address", article: "DSA Art. 16(2)(c)", hint: "")

    @Test("complete and send refuse while elements are missing, and list them with their article")
    func missingElementsBlock() throws {
        for (action, status) in [(DocumentAction.complete, DocumentStatus.draft), (.send, .approved)] {
            let error = try #require(
                throws: WorkflowRefusal.self,
                performing: {
                    try DocumentWorkflow.apply(action, to: status, reference: "N-7", missing: [Self.missingEmail])
                })
            #expect(error.missingElements == [Self.missingEmail])
            #expect(error.message.contains("the notifier's e-mail address (DSA Art. 16(2)(c))"))
        }
        // Other actions do not look at elements: an incomplete sent document can still be decided.
        let decided = try DocumentWorkflow.apply(
            .decide(.rejected), to: .sent, reference: "N-7", missing: [Self.missingEmail])
        #expect(decided.to == .decided && decided.outcome == .rejected)
    }

    @Test("closing without a decision needs a reason that says something")
    func closeReason() throws {
        for reason in [nil, "", "   \n"] as [String?] {
            #expect(throws: WorkflowRefusal.self) {
                try DocumentWorkflow.apply(.close(reason: reason), to: .acknowledged, reference: "N-1", missing: [])
            }
        }
        #expect(
            try DocumentWorkflow.apply(.close(reason: "gone"), to: .sent, reference: "N-1", missing: []).to == .closed)
    }

    @Test("outcomes: raw values are stored words; which ones count as the provider acting (DSA Art. 22(3)(c))")
    func outcomes() {
        #expect(
            DocumentOutcome.allCases.map(\.rawValue) == [
                "removed", "disabled", "restricted", "demoted", "age-restricted", "rejected", "partial", "no-answer",
            ])
        #expect(
            DocumentOutcome.allCases.filter(\.providerActed) == [
                .removed, .disabled, .restricted, .demoted, .ageRestricted, .partial,
            ])
        #expect(
            DocumentStatus.allCases.map(\.rawValue) == [
                "draft", "ready", "approved", "sent", "acknowledged", "decided", "closed", "withdrawn",
            ])
    }

    /// Edges the machine may take, derived from the table above.
    static var edges: Set<String> {
        var result: Set<String> = []
        for (_, moves) in allowed { for (from, to) in moves { result.insert("\(from.rawValue)>\(to.rawValue)") } }
        return result
    }

    @Test("seeded random action sequences only ever take allowed edges, and every state keeps its history")
    func randomSequences() {
        var generator = SeededGenerator(seed: 0xF1A6_DE5C)
        let names = Self.actions.keys.sorted()
        var reached: Set<DocumentStatus> = [.draft]
        for _ in 0..<500 {
            var status = DocumentStatus.draft
            var history: [DocumentStatus] = [.draft]
            for _ in 0..<20 {
                let name = names.randomElement(using: &generator)!
                let incomplete = Bool.random(using: &generator)
                let missing = incomplete ? [Self.missingEmail] : []
                guard
                    let transition = try? DocumentWorkflow.apply(
                        Self.actions[name]!, to: status, reference: "N-1", missing: missing)
                else { continue }
                #expect(Self.edges.contains("\(status.rawValue)>\(transition.to.rawValue)"))
                if name == "complete" || name == "send" { #expect(!incomplete) }
                status = transition.to
                history.append(status)
                reached.insert(status)
            }
            // Nothing is sent without having been approved since it was last a draft.
            if let sent = history.lastIndex(of: .sent) {
                let lastDraft = history[..<sent].lastIndex(of: .draft)!
                #expect(history[lastDraft..<sent].contains(.approved))
            }
            if history.contains(.decided) { #expect(history.contains(.sent)) }
        }
        #expect(reached == Set(DocumentStatus.allCases))
    }
}
