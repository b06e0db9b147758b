import FlagdeskCore
import FlagdeskStore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Capture and liveness checks against a real HTTP server on loopback.
@Suite("Intake: capture and recheck", .serialized)
struct CaptureAndRecheckTests {
    static let networkOn = """
        [capture]
        allow_private_addresses = true  # the test server listens on loopback

        [network]
        enabled = true
        timeout_seconds = 2
        max_bytes = 100000

        """

    private func item(_ desk: Desk, _ url: String, keywords: [DSAKeyword] = [], minor: MinorInvolvement = .unknown)
        throws -> Item
    {
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: url, keywords: keywords, minor: minor))
        else { throw CocoaError(.fileWriteFileExists) }
        return item
    }

    @Test func networkIsOptIn() throws {
        let desk = try makeDesk()
        let added = try item(desk, "http://127.0.0.1:9/ok")
        #expect(
            throws: EngineError.refused(
                "network use is off; to allow Flagdesk to fetch flagged URLs set `enabled = true` under [network] in the configuration (flagdesk init writes one)"
            )
        ) { try desk.capture(reference: added.reference) }
        #expect(throws: EngineError.self) { try desk.recheck(references: [added.reference]) }
    }

    @Test func captureFollowsRedirectsAndHoldsBodyAndHeaders() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.networkOn)
        let added = try item(desk, server.url("/redirect"))
        let outcome = try desk.capture(reference: added.reference)
        #expect(outcome.httpStatus == 200)
        #expect(outcome.finalURL == server.url("/ok"))
        #expect(outcome.redirects.count == 2)
        #expect(outcome.redirects[0].hasPrefix("302 "))
        #expect(!outcome.truncated)
        #expect(outcome.body.size == 23)
        #expect(outcome.body.mediaType == "text/html")
        let held = try String(contentsOf: desk.evidenceFiles.url(forSHA256: outcome.body.sha256), encoding: .utf8)
        #expect(held == "<html>the advert</html>")
        let headers = try String(contentsOf: desk.evidenceFiles.url(forSHA256: outcome.headers.sha256), encoding: .utf8)
        #expect(headers.contains("Final URL: \(server.url("/ok"))"))
        #expect(headers.contains("Redirect 2: 301 "))
        #expect(headers.contains("X-Test: yes"))
        #expect(headers.contains("does not prove where they came from"))

        let detail = try desk.detail(reference: added.reference)
        #expect(detail.evidence.count == 2)
        #expect(detail.events.map(\.action) == ["add", "capture"])
        #expect(try desk.verify().isIntact)
    }

    @Test func hugeBodyIsCutAtTheCapAndMarked() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.networkOn)
        let outcome = try desk.capture(reference: try item(desk, server.url("/huge")).reference)
        #expect(outcome.truncated)
        #expect(outcome.body.size == 100_000)
        let headers = try String(contentsOf: desk.evidenceFiles.url(forSHA256: outcome.headers.sha256), encoding: .utf8)
        #expect(headers.contains("TRUNCATED"))
    }

    @Test func slowServerTimesOutAndNothingIsStored() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.networkOn)
        let added = try item(desk, server.url("/slow"))
        do {
            _ = try desk.capture(reference: added.reference)
            Issue.record("expected a time-out")
        } catch {
            #expect(error.description.contains("within 2 s"))
        }
        #expect(try desk.detail(reference: added.reference).evidence.isEmpty)
        let checks = try desk.recheck(references: [added.reference])
        #expect(checks[0].httpStatus == nil)
        #expect(checks[0].proposedOutcome == nil)
        #expect(checks[0].error?.contains("within 2 s") == true)
    }

    @Test func childSexualAbuseMaterialIsNotCapturedUnlessAuthorised() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.networkOn)
        let flagged = try item(desk, server.url("/ok"), keywords: [.childSexualAbuseMaterial])
        let minorNudity = try item(desk, server.url("/changing"), keywords: [.nudity], minor: .yes)
        for reference in [flagged.reference, minorNudity.reference] {
            do {
                _ = try desk.capture(reference: reference)
                Issue.record("expected a refusal for \(reference)")
            } catch {
                #expect(error.exitCode == 1)
                #expect(error.description.contains("authorised_to_hold_csam = true"))
                #expect(error.description.contains("Directive 2011/93/EU Art. 5"))
            }
        }
        #expect(try desk.detail(reference: flagged.reference).evidence.isEmpty)
        // The recheck asks for the status only: no body, no hash.
        let check = try #require(try desk.recheck(references: [flagged.reference]).first)
        #expect(check.httpStatus == 200)
        #expect(check.sha256 == nil)
        #expect(check.proposedOutcome == "still-online")

        let authorised = try makeConfiguredDesk(Self.networkOn + "\nauthorised_to_hold_csam = true\n")
        let held = try item(authorised, server.url("/ok"), keywords: [.childSexualAbuseMaterial])
        #expect(try authorised.capture(reference: held.reference).httpStatus == 200)
    }

    @Test func recheckProposesAndTheFlaggerConfirms() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.networkOn)
        let changing = try item(desk, server.url("/changing"))
        let stable = try item(desk, server.url("/ok"))
        let missing = try item(desk, server.url("/missing"))
        let gone = try item(desk, server.url("/gone"))
        _ = try desk.capture(reference: changing.reference)
        _ = try desk.capture(reference: stable.reference)

        let checks = try desk.recheck(references: [
            changing.reference, stable.reference, missing.reference, gone.reference,
        ])
        #expect(checks.map(\.proposedOutcome) == ["changed", "still-online", "removed", "removed"])
        #expect(checks.map(\.changed) == [true, false, nil, nil])
        #expect(checks.map(\.httpStatus) == [200, 200, 404, 410])

        let confirmed = try desk.confirmRecheck(checkID: checks[2].id, outcome: .removed)
        #expect(confirmed.confirmedOutcome == "removed")
        #expect(throws: EngineError.self) { try desk.confirmRecheck(checkID: checks[2].id, outcome: .changed) }
        #expect(throws: EngineError.self) { try desk.confirmRecheck(checkID: 999, outcome: .changed) }
        #expect(try desk.rechecks(reference: missing.reference).map(\.confirmedOutcome) == ["removed"])
        let actions = try desk.detail(reference: missing.reference).events.map(\.action)
        #expect(actions == ["add", "recheck", "recheck-confirm"])
        #expect(try desk.verify().isIntact)
    }

    @Test func proposals() {
        #expect(RecheckAssessment.propose(status: 451, sha256: "a", previousSHA256: "a").0 == .removed)
        #expect(RecheckAssessment.propose(status: 503, sha256: "a", previousSHA256: "a").0 == nil)
        #expect(RecheckAssessment.propose(status: 302, sha256: nil, previousSHA256: nil).0 == nil)
        #expect(RecheckAssessment.propose(status: 200, sha256: "a", previousSHA256: nil) == (.stillOnline, nil))
        #expect(RecheckAssessment.propose(status: nil, sha256: nil, previousSHA256: "a").0 == nil)
        #expect(LivenessOutcome.removed.proposalLabel == "removed?")
    }
}
