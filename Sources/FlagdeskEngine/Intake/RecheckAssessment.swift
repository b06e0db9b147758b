import Foundation

/// What a recheck proposes the flagger records. The flagger confirms; Flagdesk never decides
/// that content is gone.
public enum LivenessOutcome: String, CaseIterable, Sendable, Codable {
    case removed
    case changed
    case stillOnline = "still-online"

    /// As proposed: removal is a question until the flagger confirms it (a 404 may be a
    /// temporary fault, or content moved).
    public var proposalLabel: String {
        switch self {
        case .removed: return "removed?"
        case .changed: return "changed"
        case .stillOnline: return "still online"
        }
    }
}

/// Turns one answer into a proposal.
enum RecheckAssessment {
    /// - 404, 410 (gone) and 451 (unavailable for legal reasons): `removed`;
    /// - a 2xx body whose hash differs from the last capture: `changed`; the same: `still-online`;
    ///   with no capture to compare, or only the status asked for: `still-online`;
    /// - anything else (5xx, 403, a redirect not followed) or no answer: no proposal, the
    ///   flagger looks.
    static func propose(status: Int?, sha256: String?, previousSHA256: String?) -> (LivenessOutcome?, Bool?) {
        guard let status else { return (nil, nil) }
        if [404, 410, 451].contains(status) { return (.removed, nil) }
        guard (200..<300).contains(status) else { return (nil, nil) }
        guard let sha256, let previousSHA256 else { return (.stillOnline, nil) }
        return sha256 == previousSHA256 ? (.stillOnline, false) : (.changed, true)
    }
}
