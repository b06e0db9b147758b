import FlagdeskCore
import Foundation
import Testing

/// Issue #16 defect 13: the sender's identity on every kind, not only on notices.
@Suite("Sender identity on every kind")
struct SenderIdentityTests {
    /// With an empty `[organisation]`, a preservation request (Reg. (EU) 2023/1543 Art. 4(3):
    /// the organisation asks an issuing authority) and a reminder are drafts naming the
    /// organisation as missing, never complete.
    @Test(
        "an empty [organisation] leaves a preservation request and a reminder incomplete",
        arguments: [DocumentKind.preservationRequest, .reminder])
    func emptyOrganisation(kind: DocumentKind) {
        var fixture = WorkflowFixtures.DocumentFixture(kind)
        #expect(fixture.missing == [])
        fixture.context.notifier = NotifierProfile()
        let missing = fixture.missing.map(\.description)
        #expect(missing.contains { $0.hasPrefix("organisation name (") }, "\(missing)")
        #expect(missing.contains { $0.hasPrefix("the signatory (") }, "\(missing)")
        #expect(missing.contains { $0.hasPrefix("the organisation's postal address or e-mail (letterhead) (") })
    }

    @Test(
        "every kind names its sender: name and signatory, or the elements of its own law",
        arguments: DocumentKind.allCases)
    func everyKindNamesItsSender(kind: DocumentKind) {
        var fixture = WorkflowFixtures.DocumentFixture(kind)
        fixture.context.notifier = NotifierProfile()
        let keys = Set(fixture.missing.map(\.key))
        // The notice's name is its own Art. 16(2)(c) element; TAKE IT DOWN's its contact (4).
        let nameKeys: Set<String> = ["sender-name", "notifier-name", "contact"]
        #expect(!keys.isDisjoint(with: nameKeys), "\(kind.rawValue): \(keys.sorted())")
        if kind != .takeItDownRequest { #expect(keys.contains("sender-signatory"), "\(kind.rawValue)") }
    }

    @Test("a notice that may leave out the notifier (DSA Art. 16(2)(c)) does not ask for the signatory")
    func omittedIdentity() {
        let rule = DocumentKind.dsaNotice.definition.sender
        #expect(rule.missing(in: NotifierProfile(), identityOmitted: true).isEmpty)
        #expect(rule.missing(in: NotifierProfile(), identityOmitted: false).map(\.key) == ["sender-signatory"])
    }

    /// "Example Hotline asbl, asbl": the letterhead prints the legal form only when the name
    /// does not already end with it.
    @Test("the legal form is not repeated after a name that ends with it")
    func legalFormNotRepeated() {
        #expect(SenderProfile(name: "Example Hotline asbl", legalForm: "asbl").legalFormShown == nil)
        #expect(SenderProfile(name: "Example Hotline ASBL", legalForm: "asbl").legalFormShown == nil)
        #expect(SenderProfile(name: "Hilfe e.V.", legalForm: "e.V.").legalFormShown == nil)
        #expect(SenderProfile(name: "Stichting Veilig Online", legalForm: "stichting").legalFormShown == nil)
        #expect(SenderProfile(name: "Example Hotline", legalForm: "asbl").legalFormShown == "asbl")
        #expect(SenderProfile(name: "Fondasbl", legalForm: "asbl").legalFormShown == "asbl")
        #expect(SenderProfile(name: nil, legalForm: "asbl").legalFormShown == "asbl")
        #expect(SenderProfile(name: "Example Hotline", legalForm: " ").legalFormShown == nil)
    }
}
