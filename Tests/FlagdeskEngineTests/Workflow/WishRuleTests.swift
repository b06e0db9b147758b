import FlagdeskCore
import FlagdeskStore
import Foundation
import GRDB
import Testing

@testable import FlagdeskEngine

/// Issue #15 points 7 and 1: assignment, and the person's wishes as rules the engine enforces,
/// each refusal naming the wish. One test per rule, each citing its source.
@Suite("Assignment and the person's wishes (issue #15)")
struct WishRuleTests {
    private func refusal(_ error: any Error) -> String { (error as? EngineError)?.description ?? "\(error)" }

    /// An item (trafficking, evidence first waived) linked to Linden-17, who has `wishes`.
    private func itemOfPerson(
        _ world: WorkflowWorld, wishes: [WishRequest], threatToLife: Bool = false, consentsToLEA: Bool? = nil,
        url: String = "https://www.instagram.com/p/ad-1"
    ) throws -> Item {
        let item = try world.triagedItem(url, threatToLife: threatToLife)
        var triage = TriageRequest(reference: item.reference)
        triage.person = "Linden-17"
        _ = try world.desk().triage(triage)
        var request = PersonRequest(pseudonym: "Linden-17")
        request.addedWishes = wishes
        request.consentsToLEA = consentsToLEA
        request.consentBasis = .witness("C. Worker")
        _ = try world.desk(as: "alice").recordPerson(request)
        return try world.desk().detail(reference: item.reference).item
    }

    private func draft(
        _ world: WorkflowWorld, _ kind: DocumentKind, _ item: Item, recipient: String? = nil,
        _ settings: [String] = []
    ) throws -> DocumentView {
        try world.desk().draft(
            DraftRequest(
                kind: kind, items: [item.reference], recipient: recipient,
                settings: try settings.map { try FieldSetting(parsing: $0) }))
    }

    // MARK: Assignment (point 7; GDPR Arts. 5(1)(f), 32: access limited to who needs it)

    /// Only a coordinator assigns, only to a member of the desk's team; the trail keeps old and
    /// new; the assignee (and nobody else but coordinators) may then change the person's consent.
    @Test func aCoordinatorAssignsItemsAndPeopleToMembersAndTheAssigneeMayChangeConsent() throws {
        let world = try WorkflowWorld()
        let item = try world.triagedItem()
        _ = try world.desk(as: "alice").recordPerson(PersonRequest(pseudonym: "Linden-17"))
        #expect { _ = try world.desk(as: "bob").assign(item.reference, to: "bob") } throws: {
            refusal($0).contains("only a coordinator")
        }
        #expect { _ = try world.desk(as: "alice").assign(item.reference, to: "mallory") } throws: {
            refusal($0).contains("mallory is not a member of the desk's team")
        }
        let assigned = try world.desk(as: "alice").assign(item.reference.lowercased(), to: "bob")
        #expect(assigned == Assignment(target: .item(reference: item.reference), assignee: "bob", previous: nil))
        let detail = try world.desk().detail(reference: item.reference)
        #expect(detail.item.assignee == "bob")
        let event = try #require(detail.events.last { $0.action == "assign" })
        #expect(event.actor == "alice")
        #expect(event.payload.contains("\"new\":\"bob\""))

        var consent = PersonRequest(pseudonym: "Linden-17")
        consent.consentsToLEA = true
        consent.consentBasis = .witness("C. Worker")
        #expect { _ = try world.desk(as: "bob").recordPerson(consent) } throws: {
            refusal($0).contains("bob is not assigned to Linden-17")
        }
        _ = try world.desk(as: "alice").assign("Linden-17", to: "bob")
        #expect(try world.desk().person(pseudonym: "Linden-17").assignee == "bob")
        #expect(try world.desk(as: "bob").recordPerson(consent).consentsToLEA)
        _ = try world.desk(as: "alice").assign("Linden-17", to: nil)
        consent.consentsToLEA = false
        #expect(throws: EngineError.self) { try world.desk(as: "bob").recordPerson(consent) }
        #expect { _ = try world.desk(as: "alice").assign("Nobody-1", to: "bob") } throws: {
            refusal($0).contains("Nobody-1")
        }
    }

    // MARK: No police (Dir. 2011/36/EU Art. 11(3): assistance not conditional on cooperation)

    /// "No police": no referral or preservation request is drafted; the support pathway is
    /// proposed instead; only a coordinator's threat-to-life decision, with a reason, lets a
    /// referral go, and even then the person's details go only with their consent.
    @Test func noPoliceRefusesReferralsAndProposesTheSupportPathway() throws {
        let world = try WorkflowWorld()
        let item = try itemOfPerson(world, wishes: [WishRequest(kind: .noPolice)])
        let proposals = try world.desk().proposals(reference: item.reference).map(\.kind)
        #expect(proposals.first == .supportReferral)
        #expect(!proposals.contains(.leaReferral))
        #expect(!proposals.contains(.preservationRequest))
        #expect { _ = try draft(world, .leaReferral, item, recipient: "be-police") } throws: {
            refusal($0).contains("Linden-17's wish \"no police involvement\"")
        }
        #expect { _ = try draft(world, .preservationRequest, item, recipient: "be-prosecutor") } throws: {
            refusal($0).contains("no police involvement")
        }
        // No threat to life: nothing justifies overriding her.
        #expect {
            _ = try world.desk(as: "alice").overrideWish(reference: item.reference, kind: .noPolice, reason: "x")
        } throws: { refusal($0).contains("not flagged as a threat to life") }
    }

    @Test func aThreatToLifeOverrideIsACoordinatorsDecisionWithAReason() throws {
        let world = try WorkflowWorld()
        let item = try itemOfPerson(world, wishes: [WishRequest(kind: .noPolice)], threatToLife: true)
        #expect(try world.desk().proposals(reference: item.reference).first?.reason.contains("override-wish") == true)
        #expect(throws: EngineError.self) {
            try world.desk(as: "bob").overrideWish(reference: item.reference, kind: .noPolice, reason: "danger")
        }
        #expect(throws: EngineError.self) {
            try world.desk(as: "alice").overrideWish(reference: item.reference, kind: .noPolice, reason: "  ")
        }
        let decision = try world.desk(as: "alice").overrideWish(
            reference: item.reference, kind: .noPolice, reason: "she said he has a gun and will kill her tonight")
        #expect(decision.decidedBy == "alice")
        let event = try #require(
            try world.desk().detail(reference: item.reference).events.last { $0.action == "override-wish" })
        #expect(event.payload.contains("will kill her tonight"))
        #expect(try world.desk().proposals(reference: item.reference).first?.kind == .leaReferral)
        _ = try initKeyFileVault(try world.desk(as: "alice"))  // her details are stored sealed
        let referral = try draft(world, .leaReferral, item, recipient: "be-police", ["victim-details=Ana, +32 470"])
        // No consent on record: her details may not go, and no letter says she agreed.
        #expect(referral.missing.map(\.key).contains("victim-consent"))
        #expect(!referral.rendered.text.contains("has agreed"))
    }

    // MARK: No takedown before the police are informed (DESIGN.md §4, evidence first)

    @Test func noTakedownBeforePoliceHoldsTheNoticeUntilAReferralIsSent() throws {
        let world = try WorkflowWorld()
        let item = try itemOfPerson(world, wishes: [WishRequest(kind: .noTakedownBeforePolice)])
        let notice = try draft(world, .dsaNotice, item, ["bona-fide=yes"]).record.reference
        // The evidence-first waivers do not inform the police.
        #expect { _ = try world.desk(as: "alice").approve(reference: notice) } throws: {
            refusal($0).contains("no takedown before law enforcement is informed")
                && refusal($0).contains(item.reference)
        }
        let referral = try draft(world, .leaReferral, item, recipient: "be-police", ["urgency=urgent"])
        _ = try world.desk(as: "alice").approve(reference: referral.record.reference)
        _ = try world.desk().send(reference: referral.record.reference, via: .manual)
        #expect(try world.desk(as: "alice").approve(reference: notice).record.status == .approved)
    }

    // MARK: No erasure request (GDPR Art. 17 is the person's right, used only as they wish)

    @Test func noErasureRequestRefusesTheDraftAndIsNotProposed() throws {
        let world = try WorkflowWorld()
        let item = try itemOfPerson(world, wishes: [WishRequest(kind: .noErasureRequest)])
        #expect(!(try world.desk().proposals(reference: item.reference).map(\.kind).contains(.gdprErasure)))
        #expect { _ = try draft(world, .gdprErasure, item) } throws: {
            refusal($0).contains("\"no erasure request\"") && refusal($0).contains("GDPR Art. 17")
        }
    }

    // MARK: Contact (Dir. 2011/36/EU Art. 11(5): the person's safety decides how they are reached)

    private let supportConsent = ["consent=yes", "consent-record=spoken, witnessed by Marta"]

    @Test func noPhoneOrAddressKeepsTelephoneNumbersAndAddressesOutOfTheSupportReferral() throws {
        let world = try WorkflowWorld()
        let item = try itemOfPerson(world, wishes: [WishRequest(kind: .noPhoneOrAddress)])
        _ = try initKeyFileVault(try world.desk(as: "alice"))  // contact conditions are stored sealed
        let phone = try draft(
            world, .supportReferral, item, supportConsent + ["contact-conditions=call her on +32 470 12 34 56"])
        #expect(phone.record.status == .ready, "\(phone.missing)")
        #expect { _ = try world.desk(as: "alice").approve(reference: phone.record.reference) } throws: {
            refusal($0).contains("\"no contact by telephone or at an address\"")
                && refusal($0).contains("a telephone number")
        }
        let address = try draft(
            world, .supportReferral, item, supportConsent + ["contact-conditions=visit her at Rue Neuve 12, Brussels"])
        #expect { _ = try world.desk(as: "alice").approve(reference: address.record.reference) } throws: {
            refusal($0).contains("a postal address")
        }
        let fine = try draft(
            world, .supportReferral, item,
            supportConsent + ["contact-conditions=through the drop-in centre only, from 2026-05-04; never by phone"])
        #expect(try world.desk(as: "alice").approve(reference: fine.record.reference).record.status == .approved)
    }

    @Test func contactOnlyThroughANamedWorkerIsSaidInTheSupportReferral() throws {
        let world = try WorkflowWorld()
        let item = try itemOfPerson(world, wishes: [WishRequest(kind: .contactOnlyThrough, value: "Marta")])
        _ = try initKeyFileVault(try world.desk(as: "alice"))  // contact conditions are stored sealed
        let other = try draft(world, .supportReferral, item, supportConsent + ["contact-conditions=by e-mail"])
        // The draft shows the enforced wish to whoever writes it.
        #expect(
            other.wishes.contains(
                "contact only through a named support worker (Marta) [enforced: contact-only-through=Marta]"))
        #expect { _ = try world.desk(as: "alice").approve(reference: other.record.reference) } throws: {
            refusal($0).contains("contact only through a named support worker (Marta)")
        }
        _ = try world.desk().edit(
            reference: other.record.reference,
            settings: [try FieldSetting(parsing: "contact-conditions=only through marta, her support worker")])
        #expect(
            try world.desk(as: "alice").approve(reference: other.record.reference).record.status == .approved)
    }

    // MARK: Identity not disclosed to a named recipient (GDPR Arts. 5(1)(c), 6(1)(a), 9(2)(a))

    @Test func identityNotToARecipientKeepsIdentityFieldsFromIt() throws {
        let world = try WorkflowWorld()
        let item = try itemOfPerson(
            world, wishes: [WishRequest(kind: .identityNotTo, value: "be-police")], consentsToLEA: true)
        _ = try initKeyFileVault(try world.desk(as: "alice"))  // her details are stored sealed
        let referral = try draft(
            world, .leaReferral, item, recipient: "be-police", ["urgency=urgent", "victim-details=Ana K., Antwerp"])
        #expect(referral.record.status == .ready, "\(referral.missing)")
        #expect { _ = try world.desk(as: "alice").approve(reference: referral.record.reference) } throws: {
            refusal($0).contains("\"identity not disclosed to a named recipient (be-police)\"")
                && refusal($0).contains("victim-details")
        }
        _ = try world.desk().edit(
            reference: referral.record.reference, settings: [try FieldSetting(parsing: "victim-details=")])
        #expect(
            try world.desk(as: "alice").approve(reference: referral.record.reference).record.status == .approved)
        // A wish recorded after the approval still binds when the document is sent.
        var noPolice = PersonRequest(pseudonym: "Linden-17")
        noPolice.addedWishes = [WishRequest(kind: .noPolice)]
        _ = try world.desk(as: "alice").recordPerson(noPolice)
        #expect { _ = try world.desk().send(reference: referral.record.reference, via: .manual) } throws: {
            refusal($0).contains("\"no police involvement\"")
        }
        // A recipient the directory does not know is refused when the wish is recorded.
        var unknown = PersonRequest(pseudonym: "Linden-17")
        unknown.addedWishes = [WishRequest(kind: .identityNotTo, value: "nowhere")]
        #expect { _ = try world.desk(as: "alice").recordPerson(unknown) } throws: {
            refusal($0).contains("no provider or authority with that key")
        }
    }

    // MARK: Recording a wish (DESIGN.md §9: the trail proves the rows)

    /// A wish is recorded by a coordinator or the person's assignee, on the trail with its value,
    /// and bound by `verify`: a wish deleted outside Flagdesk is found.
    @Test func aWishIsRecordedOnTheTrailWithItsValueAndBoundByVerify() throws {
        let world = try WorkflowWorld()
        _ = try world.desk(as: "alice").recordPerson(PersonRequest(pseudonym: "Linden-17"))
        var request = PersonRequest(pseudonym: "Linden-17")
        request.addedWishes = [WishRequest(kind: .noPolice), WishRequest(kind: .contactOnlyThrough, value: "Marta")]
        #expect(throws: EngineError.self) { try world.desk(as: "bob").recordPerson(request) }
        let person = try world.desk(as: "chiara").recordPerson(request)
        #expect(person.structuredWishes.map(\.token) == ["no-police", "contact-only-through=Marta"])
        #expect(person.structuredWishes.allSatisfy { $0.recordedBy == "chiara" })
        let onFile = try world.desk().personOnFile(pseudonym: "Linden-17")
        let event = try #require(onFile.events.last)
        #expect(event.payload.contains("\"wish_added\":\"no-police,contact-only-through=Marta\""))
        var drop = PersonRequest(pseudonym: "Linden-17")
        drop.droppedWishes = [WishRequest(kind: .noPolice)]
        #expect(try world.desk(as: "alice").recordPerson(drop).structuredWishes.map(\.kind) == [.contactOnlyThrough])
        #expect(try world.desk().verify().isIntact)

        let queue = try DatabaseQueue(path: try world.desk().store.databaseURL.path)
        try queue.write { db in try db.execute(sql: "DELETE FROM person_wishes") }
        try queue.close()
        let report = try world.desk().verify()
        #expect(!report.isIntact)
        #expect(report.seal.problems.contains { $0.message.contains("person_wishes") || $0.entity == "wish" })
    }
}
