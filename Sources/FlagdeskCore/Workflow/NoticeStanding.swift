/// On what footing a notice (and the reminder or complaint that follows it) is sent. Anyone may
/// notify illegal content (DSA Art. 16); only a trusted flagger, to an online platform, within
/// its designated area of expertise, may claim priority (Art. 22(1)). Arts. 19-22 bind online
/// platforms that are not micro or small enterprises only (Art. 19(1)): a plain hosting service
/// (file storage, a CDN) owes no priority, so none is claimed of it.
public enum NoticeStanding: String, Sendable, Equatable {
    case trustedFlagger = "SOURCE_TRUSTED_FLAGGER"
    case article16 = "SOURCE_ARTICLE_16"

    public var claimsPriority: Bool { self == .trustedFlagger }

    /// The standing of `content` (a notice, or a follow-up of the notice `parent`) sent to
    /// `provider` by a notifier that holds the status (`holdsStatus`: awarded and not
    /// suspended, Art. 22(6)-(7)). A notice the flagger marks outside the designated area
    /// (`within-area=no`) stands on Art. 16 alone.
    public static func of(
        _ content: DocumentContent, parent: DocumentContent?, holdsStatus: Bool, provider: Provider?
    ) -> NoticeStanding {
        guard holdsStatus, provider?.owesTrustedFlaggerPriority == true else { return .article16 }
        for candidate in [content, parent] {
            if case .dsaNotice(let notice)? = candidate {
                return notice.withinArea == false ? .article16 : .trustedFlagger
            }
        }
        return .trustedFlagger
    }
}
