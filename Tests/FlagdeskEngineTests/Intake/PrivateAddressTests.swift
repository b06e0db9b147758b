import FlagdeskCore
import Foundation
import Testing

@testable import FlagdeskEngine

/// Capture and recheck do not reach into private networks, directly or through a redirect, and
/// fetch the URL as recorded (a stray `%` is sent as typed).
@Suite("Intake: private addresses and the URL fetched", .serialized)
struct PrivateAddressTests {
    static let networkOn = "[network]\nenabled = true\ntimeout_seconds = 2\n"
    static let allowPrivate = networkOn + "[capture]\nallow_private_addresses = true\n"

    func added(_ desk: Desk, _ url: String) throws -> Item {
        guard case .added(let item, _) = try desk.add(AddItemRequest(url: url)) else {
            throw CocoaError(.fileWriteFileExists)
        }
        return item
    }

    @Test func aFirstHopIntoLoopbackIsRefusedUnlessAllowed() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.networkOn)
        let item = try added(desk, server.url("/ok"))
        do {
            _ = try desk.capture(reference: item.reference)
            Issue.record("capture of a loopback URL must be refused")
        } catch {
            #expect(error.description.contains("loopback"))
            #expect(error.description.contains("allow_private_addresses"))
        }
        #expect(try desk.detail(reference: item.reference).evidence.isEmpty)
        let check = try #require(try desk.recheck(references: [item.reference]).first)
        #expect(check.httpStatus == nil)
        #expect(check.error?.contains("loopback") == true)
        #expect(check.proposedOutcome == nil, "no 'removed?' from a fetch that never happened")
    }

    @Test(arguments: ["/to-loopback", "/to-private", "/to-v6", "/to-linklocal", "/to-mapped"])
    func aRedirectIntoAPrivateRangeIsNotFollowed(path: String) throws {
        let server = try LivenessTestServer()
        let client = CaptureHTTPClient(
            timeoutSeconds: 2, maxBytes: 10_000, destinations: DestinationGuard(allowPrivate: false))
        do {
            _ = try client.fetch(URL(string: server.url(path))!)
            Issue.record("a redirect into a private range must not be followed (\(path))")
        } catch {
            #expect(error.description.contains("refused"), "\(error)")
            #expect(error.description.contains("allow_private_addresses"), "\(error)")
        }
    }

    @Test func theURLAsRecordedIsFetched() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.allowPrivate)
        let item = try added(desk, server.url("/echo/A%7eB"))
        #expect(item.normalizedURL.hasSuffix("/echo/A~B"), "the duplicate key decodes what is equivalent")
        let outcome = try desk.capture(reference: item.reference)
        let body = try String(contentsOf: desk.evidenceFiles.url(forSHA256: outcome.body.sha256), encoding: .utf8)
        #expect(body == "/echo/A%7eB", "the server saw the path as recorded, not the normalised one")
        #expect(outcome.requestedURL == server.url("/echo/A%7eB"))
    }

    /// Foundation can send a stray `%` only as `%25`, another address: refused, never a 404 kept
    /// as evidence nor a "removed?" proposed for content that is online.
    @Test func aStrayPercentIsNeverFetchedAsAnotherAddress() throws {
        let server = try LivenessTestServer()
        let desk = try makeConfiguredDesk(Self.allowPrivate)
        let item = try added(desk, server.url("/echo/foo%2zbar"))
        #expect(item.normalizedURL.hasSuffix("/echo/foo%2zbar"), "the stored form does not double-encode either")
        do {
            _ = try desk.capture(reference: item.reference)
            Issue.record("a stray % must not be fetched as %25")
        } catch {
            #expect(error.description.contains("'%25'"), "\(error)")
        }
        #expect(try desk.detail(reference: item.reference).evidence.isEmpty)
        let check = try #require(try desk.recheck(references: [item.reference]).first)
        #expect(check.httpStatus == nil)
        #expect(check.proposedOutcome == nil)
    }
}
