import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Issue #16 defect 13: `init --demo` writes a complete demo organisation, so the demo's
/// documents carry every element of the sender's identity and are sendable.
@Suite("Demo organisation")
struct DemoOrganisationTests {
    static func sender(_ organisation: FlagdeskConfig.Organisation) -> SenderProfile {
        SenderProfile(
            name: organisation.name, legalForm: organisation.legalForm, country: organisation.country,
            postalAddress: organisation.postalAddress, email: organisation.email, phone: organisation.phone,
            signatory: organisation.signatory, trustedFlaggerAwardedBy: organisation.trustedFlagger?.awardingDSC,
            areaOfExpertise: organisation.trustedFlagger?.areaOfExpertise)
    }

    @Test("the configuration init --demo writes names a complete organisation")
    func demoConfigurationIsComplete() throws {
        let config = try parseConfig(DeskInitializer.exampleText(zone: "Europe/Brussels", demo: true))
        let organisation = config.organisation
        #expect(organisation.name == "Demo Hotline (synthetic)")
        #expect(organisation.signatory != nil && organisation.postalAddress != nil && organisation.email != nil)
        #expect(organisation.trustedFlagger?.awardingDSC == DemoOrganisation.awardingDSC)
        #expect(config.timeZone == TimeZone(identifier: "Europe/Brussels"))
        let notifier = Self.sender(organisation).notifier
        for definition in DocumentKinds.all {
            #expect(definition.sender.missing(in: notifier, identityOmitted: false).isEmpty, "\(definition.kind)")
        }
        // Without --demo the organisation stays to be filled in.
        #expect(try parseConfig(DeskInitializer.exampleText(zone: "UTC")).organisation.name == nil)
    }

    @Test("the demo's documents are drafted by a complete organisation, its name not followed by its form twice")
    func demoDocumentsHaveACompleteSender() {
        let organisation = DemoDocuments.demoConfig(from: .defaults).organisation
        let notifier = Self.sender(organisation).notifier
        for definition in DocumentKinds.all {
            #expect(definition.sender.missing(in: notifier, identityOmitted: false).isEmpty, "\(definition.kind)")
        }
        #expect(Self.sender(organisation).legalFormShown == "asbl")
    }
}
