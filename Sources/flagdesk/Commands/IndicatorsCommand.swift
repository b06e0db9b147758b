import ArgumentParser
import FlagdeskCore
import Foundation

/// `flagdesk indicators`: the triage checklist (UNODC, ILO, NIJ), keys for `triage --indicator`.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the triage indicator checklist (UNODC, ILO, NIJ) with the keys `triage --indicator` takes.",
        discussion: """
            Indicators document what the flagger saw; none of them decides anything. Entries marked \
            'counter-indicator' are folklore red flags the evidence does not support: recording one \
            prints a warning.
            """)

    func run() throws {
        for source in IndicatorSource.allCases {
            Output.line(source.title)
            for indicator in IndicatorCatalog.all where indicator.source == source {
                var line = "  \(Output.cell(indicator.key, 44)) \(indicator.label)"
                if indicator.isCounterIndicator { line += "  (counter-indicator)" }
                Output.line(line)
            }
        }
    }
}
