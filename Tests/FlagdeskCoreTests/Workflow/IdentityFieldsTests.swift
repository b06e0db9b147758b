import Testing

@testable import FlagdeskCore

/// The table of fields that carry a person's identity or contact (issue #15 point 5).
@Suite("Identity fields: which document fields are sealed")
struct IdentityFieldsTests {
    @Test func everyListedFieldIsAFieldOfItsKind() {
        for field in IdentityFields.table {
            #expect(DocumentFields.fields(of: field.kind).map(\.key).contains(field.key), "\(field.key)")
        }
        #expect(IdentityFields.fields(of: .leaReferral).map(\.key) == ["victim-details"])
        #expect(IdentityFields.fields(of: .dsaNotice).isEmpty)
    }

    @Test func placeholdersReplaceValuesAndOpenedValuesComeBack() throws {
        let clear = DocumentContent.supportReferral(
            SupportReferralContent(
                dataSubjectPseudonym: "Hazel-9", consent: true, contactConditions: "call +32 470 12 34 56",
                needs: "shelter"))
        let sealed = IdentityFields.withPlaceholders(clear)
        #expect(IdentityFields.clearValues(in: sealed).isEmpty)
        #expect(Set(IdentityFields.sealedKeys(in: sealed)) == ["contact-conditions", "needs"])
        #expect(IdentityFields.value("contact-conditions", in: sealed) == "[sealed: contact-conditions]")
        let values = IdentityFields.clearValues(in: clear)
        #expect(IdentityFields.restoring(values, in: sealed) == clear)
    }
}
