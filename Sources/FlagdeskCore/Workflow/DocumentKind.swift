/// The kinds of outgoing document Flagdesk drafts (DESIGN.md §3 `documents`, §4 escalation).
public enum DocumentKind: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// DSA Art. 16 notice to a hosting provider.
    case dsaNotice = "dsa-notice"
    /// GDPR Art. 17 erasure request on a data subject's behalf.
    case gdprErasure = "gdpr-erasure"
    /// Request to a prosecutor or LEA to issue a preservation order (Regulation 2023/1543 Art. 6).
    case preservationRequest = "preservation-request"
    /// Referral of a suspected offence to law enforcement.
    case leaReferral = "lea-referral"
    /// A chaser for an unanswered document.
    case reminder
    /// DSA Art. 20 internal complaint against a platform's decision.
    case dsaComplaint = "dsa-complaint"
    /// DSA Art. 53 complaint to a Digital Services Coordinator.
    case dscComplaint = "dsc-complaint"
    /// GDPR Art. 77 complaint to a data-protection authority.
    case dpaComplaint = "dpa-complaint"
    /// US TAKE IT DOWN Act removal request (Pub. L. 119-12).
    case takeItDownRequest = "takeitdown-request"
    /// Referral of a person, with their consent, to a victim-support service or a National
    /// Referral Mechanism (Directive 2011/36/EU Art. 11).
    case supportReferral = "support-referral"
}
