import FlagdeskCore
import FlagdeskEngine
import Foundation

/// The item screen: every field, the flags, evidence with its hashes, documents with their
/// state, and the timeline of audit events. A scrolling page.
@MainActor
struct ItemView {
    let page: ItemPage
    let context: ViewContext

    typealias Line = (text: String, attributes: TextAttributes)

    func lines(width: Int) -> [Line] {
        let detail = page.detail
        let item = detail.item
        let zone = context.desk.zone
        let valueWidth = max(1, width - 14)
        var lines: [Line] = []
        func field(_ label: String, _ value: String, url: Bool = false) {
            let shown = url ? TerminalSanitizer.sanitizeURL(value) : TerminalSanitizer.sanitize(value)
            let wrapped = TextFit.wrap(shown, width: valueWidth)
            for (index, part) in wrapped.enumerated() {
                lines.append((TextFit.cell(index == 0 ? label : "", 13) + " " + part, .normal))
            }
        }
        func section(_ title: String) {
            lines.append(("", .normal))
            lines.append((title, Palette.header))
        }
        lines.append(("\(item.reference)  \(item.priority.label)  \(item.status.label)", Palette.title))
        if let purged = ItemText.purged(item, zone: zone) {
            field("Purged", purged)
        } else {
            field("URL", item.url, url: true)
            if item.normalizedURL != item.url { field("Normalised", item.normalizedURL, url: true) }
        }
        field("Provider", context.providerName(item) + (item.providerKey == nil ? " (not in the directory)" : ""))
        field("Host", item.host, url: true)
        field("Category", item.category?.label ?? "not triaged yet")
        field("Keywords", item.keywords.isEmpty ? "—" : item.keywords.map(\.label).joined(separator: ", "))
        field("Content", item.contentTypes.isEmpty ? "—" : item.contentTypes.map(\.label).joined(separator: ", "))
        field("Legal basis", item.legalBasis ?? "—")
        field("Flags", ItemText.flags(item))
        field(
            "Source", "\(item.source.label) · added \(DeskTime.minute(item.createdAt, zone: zone)) by \(item.createdBy)"
        )
        if let duplicate = detail.duplicateOfReference { field("Duplicate of", duplicate) }
        if let reason = detail.noActionReason { field("No action", reason) }
        triageLines(detail.triage, width: width).forEach { lines.append($0) }
        section("Explanation")
        let explanation = item.explanation ?? (item.purgedAt == nil ? "—" : "erased by the retention purge")
        for part in TextFit.wrap(explanation, width: max(1, width - 2)) {
            lines.append(("  " + part, .normal))
        }
        section("Evidence (\(detail.evidence.count))  SHA-256 proves the bytes are unchanged since capture")
        if detail.evidence.isEmpty { lines.append(("  none held", Palette.dim)) }
        for evidence in detail.evidence {
            lines.append(("  sha256:\(evidence.sha256)", .normal))
            let name = TerminalSanitizer.sanitizeURL(evidence.originalName)
            lines.append(
                (
                    "    \(name) · \(evidence.mediaType) · \(evidence.size) bytes · "
                        + "\(DeskTime.minute(evidence.capturedAt, zone: zone)) by \(evidence.capturedBy)", Palette.dim
                ))
        }
        section("Documents (\(detail.documents.count))" + (detail.documents.isEmpty ? "" : "  Enter opens"))
        if detail.documents.isEmpty { lines.append(("  none yet", Palette.dim)) }
        for document in detail.documents {
            let recipient = document.recipient.map { " → \($0)" } ?? ""
            lines.append(("  \(document.reference)  \(document.kind)  \(document.status)\(recipient)", .normal))
        }
        section("Timeline (\(detail.events.count))")
        for event in detail.events {
            lines.append(
                (
                    "  \(DeskTime.minute(event.at, zone: zone))  \(event.actor)  \(event.entity) \(event.action)  "
                        + event.payload, .normal
                ))
        }
        return lines
    }

    /// The indicators ticked at triage, each with the flagger's reason, and the triage note
    /// (indicators support a judgement, never make it: the reasons are the judgement).
    private func triageLines(_ triage: TriageRecord, width: Int) -> [Line] {
        guard !triage.indicators.isEmpty || triage.note?.isEmpty == false else { return [] }
        var lines: [Line] = [
            ("", .normal), ("Triage: \(triage.indicators.count) indicator(s) with reasons", Palette.header),
        ]
        for choice in triage.indicators {
            let label = IndicatorCatalog.indicator(choice.key)?.label ?? choice.key
            lines.append(("  ✓ " + label, .normal))
            for part in TextFit.wrap(choice.reason, width: max(1, width - 6)) {
                lines.append(("      " + part, Palette.dim))
            }
        }
        if let note = triage.note, !note.isEmpty {
            for (index, part) in TextFit.wrap(note, width: max(1, width - 8)).enumerated() {
                lines.append(((index == 0 ? "  Note: " : "        ") + part, .normal))
            }
        }
        return lines
    }

    func draw(on screen: any TerminalScreen) {
        screen.drawPage(lines(width: screen.size.columns), scroll: page.scroll)
    }
}

/// `?`: the keys of the screen it was opened from, then the global ones, generated from the
/// keymap (so help cannot drift from what the keys do).
@MainActor
struct HelpView {
    let page: HelpPage
    let keymap: Keymap

    func lines() -> [ItemView.Line] {
        var lines: [ItemView.Line] = [("Keys — every command can also be typed after ':' by its name", Palette.title)]
        // The queue's help lists what `;` applies to the marked items too.
        let contexts: [KeyContext] = page.context == .queue ? [.queue, .marked, .global] : [page.context, .global]
        for context in contexts where context != .help {
            lines.append(("", .normal))
            lines.append((context.title, Palette.header))
            for (command, keys) in keymap.commands(in: context) {
                let names = keys.map(KeyNotation.name(of:)).joined(separator: " ")
                lines.append(
                    (
                        "  " + DisplayWidth.fit(names, toWidth: 22) + " "
                            + DisplayWidth.fit(command.rawValue, toWidth: 14)
                            + " " + command.summary, .normal
                    ))
            }
        }
        let unbound = DeskCommand.allCases.filter { command in !keymap.bindings.contains { $0.command == command } }
        if !unbound.isEmpty {
            lines.append(("", .normal))
            lines.append(("Commands without a key (type them after ':')", Palette.header))
            for command in unbound {
                lines.append(("  " + DisplayWidth.fit(command.rawValue, toWidth: 37) + " " + command.summary, .normal))
            }
        }
        return lines
    }

    func draw(on screen: any TerminalScreen) {
        let height = screen.size.rows - 2
        let all = lines()
        let top = min(page.scroll, max(0, all.count - height))
        for (offset, line) in all.dropFirst(top).prefix(height).enumerated() {
            screen.fillRow(offset, with: line.text, attributes: line.attributes)
        }
    }
}
