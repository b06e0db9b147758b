import ArgumentParser
import Foundation

/// `flagdesk man`: the manual page (roff, section 1), generated from the command definitions
/// themselves (their abstracts, discussions and generated help), so it cannot drift from them.
struct ManCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "man",
        abstract: "Print the manual page (roff) for man(1).",
        discussion: """
            Install it with: flagdesk man > ~/.local/share/man/man1/flagdesk.1 (or \
            <prefix>/share/man/man1/flagdesk.1); read it with man flagdesk.
            """)

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print(ManPage.render(), terminator: "")
    }
}

/// Writes the page: NAME, SYNOPSIS, DESCRIPTION, then one subsection per command with its
/// abstract and its help (usage and options) as printed by `flagdesk help COMMAND`.
enum ManPage {
    static func render() -> String {
        let root = Flagdesk.configuration
        var page = [
            ".TH FLAGDESK 1 \"\" \"flagdesk \(Flagdesk.version)\" \"User Commands\"",
            ".SH NAME",
            "flagdesk \\- \(escape(root.abstract))",
            ".SH SYNOPSIS",
            ".B flagdesk",
            "[\\fICOMMAND\\fR] [\\fIOPTIONS\\fR]",
            ".SH DESCRIPTION",
            escape("Bare flagdesk opens the keyboard-driven desk. " + root.discussion),
            ".PP",
            "Shell completion: \\fBflagdesk \\-\\-generate\\-completion\\-script bash|zsh|fish\\fR.",
            ".SH COMMANDS",
        ]
        for command in commands(root.subcommands, prefix: []) {
            let configuration = command.type.configuration
            page.append(".SS \(escape(command.path.joined(separator: " ")))")
            page.append(escape(configuration.abstract))
            let help = Flagdesk.helpMessage(for: command.type, includeHidden: false, columns: 100)
            page +=
                [".PP", ".nf"]
                + help.split(separator: "\n", omittingEmptySubsequences: false).map {
                    escape(String($0))
                } + [".fi"]
        }
        page += [
            ".SH ENVIRONMENT",
            ".TP", ".B FLAGDESK_CONFIG", "the configuration file (else $XDG_CONFIG_HOME/flagdesk/config.toml)",
            ".TP", ".B FLAGDESK_STORE", "the store folder (else the configuration, else $XDG_DATA_HOME/flagdesk)",
            ".TP", ".B NO_COLOR", "no colour in the desk",
            ".SH EXIT STATUS",
            escape(
                "0 success; 1 refused (the reason on standard error); 64 usage; 65 bad data; 66 missing input or "
                    + "store; 74 store I/O; 75 the store stayed busy; 78 configuration error."),
            ".SH SEE ALSO",
            "The README and SECURITY.md of the Flagdesk sources.",
        ]
        return page.joined(separator: "\n") + "\n"
    }

    /// Every command, depth first, with the words that call it (`keys init`).
    static func commands(_ types: [ParsableCommand.Type], prefix: [String]) -> [(
        path: [String], type: ParsableCommand.Type
    )] {
        types.flatMap { type -> [(path: [String], type: ParsableCommand.Type)] in
            let configuration = type.configuration
            let path = prefix + [configuration.commandName ?? String(describing: type).lowercased()]
            if configuration.subcommands.isEmpty { return [(path, type)] }
            return [(path, type)] + commands(configuration.subcommands, prefix: path)
        }
    }

    /// Text made inert for roff: backslashes doubled, a leading `.` or `'` (a request) escaped,
    /// dashes as minus signs so they can be searched and copied.
    static func escape(_ text: String) -> String {
        var out = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
        return out
    }
}
