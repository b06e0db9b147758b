import ArgumentParser

/// The `flagdesk` executable: argument parsing and output only; every action is an Engine use
/// case (DESIGN.md §1, §7).
@main
struct Flagdesk: ParsableCommand {
    /// `flagdesk --version`; raised with each release.
    static let version = "0.9.0"

    static let configuration = CommandConfiguration(
        commandName: "flagdesk",
        abstract: "A terminal workbench for DSA Art. 22 trusted flaggers.",
        discussion: """
            Exit status: 0 success, 1 refused (reason on stderr), 64+ usage and data errors (sysexits).
            """,
        version: version,
        subcommands: [
            InitCommand.self,
            AddCommand.self,
            ImportCommand.self,
            CaptureCommand.self,
            RecheckCommand.self,
            ListCommand.self,
            ShowCommand.self,
            TriageCommand.self,
            IndicatorsCommand.self,
            ItemStateCommand.self,
            WaiveCommand.self,
            SupportHoldCommand.self,
            OverrideWishCommand.self,
            AssignCommand.self,
            PersonCommand.self,
            CaseCommand.self,
            KeysCommand.self,
            DraftCommand.self,
            EditCommand.self,
            FieldsCommand.self,
            DocumentsCommand.self,
            ApproveCommand.self,
            SendCommand.self,
            RecordCommand.self,
            RemindCommand.self,
            MailCommand.self,
            WithdrawCommand.self,
            CloseCommand.self,
            DeadlinesCommand.self,
            EscalateCommand.self,
            VerifyCommand.self,
            TeamCommand.self,
            OrganisationCommand.self,
            PurgeCommand.self,
            BackupCommand.self,
            RestoreCommand.self,
            HolidaysCommand.self,
            DueCommand.self,
            RulesCommand.self,
            ExportCommand.self,
            BundleCommand.self,
            ReportCommand.self,
            TemplatesCommand.self,
            TUICommand.self,
            ManCommand.self,
        ],
        // Bare `flagdesk` (and `flagdesk --demo`) open the desk (DESIGN.md §7).
        defaultSubcommand: TUICommand.self
    )
}
