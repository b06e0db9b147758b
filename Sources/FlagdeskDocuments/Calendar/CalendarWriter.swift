import FlagdeskCore
import Foundation

/// One open deadline as a calendar event.
public struct CalendarDeadline: Sendable, Equatable {
    /// The document the deadline belongs to (`N-2026-00042`).
    public var documentReference: String
    /// The rule behind it (`dsa.art22.priority`): with the reference, the event's stable UID.
    public var ruleID: String
    public var ruleTitle: String
    /// What to do, e.g. "reply due from TikTok" (the summary line).
    public var title: String
    public var dueAt: Date
    /// Why the date is what it is (the deadline's explanation).
    public var explanation: String

    public init(
        documentReference: String, ruleID: String, ruleTitle: String, title: String, dueAt: Date, explanation: String
    ) {
        self.documentReference = documentReference
        self.ruleID = ruleID
        self.ruleTitle = ruleTitle
        self.title = title
        self.dueAt = dueAt
        self.explanation = explanation
    }
}

/// An RFC 5545 calendar of deadlines (`flagdesk deadlines --format ics`): one VEVENT per
/// deadline with a UID that stays the same across exports (a calendar re-importing the file
/// updates events instead of doubling them), a display alarm a day before and one at the due
/// time, CRLF line ends, lines folded at 75 octets, text escaped.
public enum CalendarWriter {
    public static let productID = "-//Flagdesk//Deadlines//EN"

    /// - Parameters:
    ///   - domain: right-hand side of the UIDs (the organisation's mail domain), so two
    ///     organisations' events never collide.
    ///   - now: the DTSTAMP of every event.
    public static func write(_ deadlines: [CalendarDeadline], domain: String, now: Date) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:Flagdesk deadlines",
        ]
        for deadline in deadlines {
            let summary = "\(deadline.documentReference): \(deadline.title)"
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid(deadline, domain: domain))",
                "DTSTAMP:\(stamp(now))",
                "DTSTART:\(stamp(deadline.dueAt))",
                "DURATION:PT30M",
                "SUMMARY:\(escape(summary))",
                "DESCRIPTION:\(escape("\(deadline.ruleTitle)\n\(deadline.explanation)"))",
                "CATEGORIES:Flagdesk",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P1D", "DESCRIPTION:\(escape("Due tomorrow: \(summary)"))",
                "END:VALARM",
                "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:PT0S", "DESCRIPTION:\(escape("Due now: \(summary)"))",
                "END:VALARM",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `N-2026-00042.dsa-art22-priority@example.org`: from the reference and the rule only.
    static func uid(_ deadline: CalendarDeadline, domain: String) -> String {
        let local = ArchivePath.safeName("\(deadline.documentReference).\(deadline.ruleID)")
        return "\(local)@\(ArchivePath.safeName(domain))"
    }

    /// UTC date-time form `20261123T160751Z`.
    static func stamp(_ instant: Date) -> String {
        ISO8601.format(instant).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
    static func escape(_ text: String) -> String {
        var out = ""
        // Controls other than line breaks made visible first (C1, DEL, bidi), as every export does.
        for character in OutputSanitizer.text(text.replacingOccurrences(of: "\r\n", with: "\n")) {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": continue
            default:
                // Other control characters have no place in a content line (§3.1).
                if let ascii = character.asciiValue, ascii < 32, ascii != 9 { continue }
                out.append(character)
            }
        }
        return out
    }

    /// Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence: continuation
    /// lines start with one space.
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = character.utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n ")
    }
}
