import FlagdeskStore

// The store's value types the fronts name. They live with the SQL that fills them; the CLI and
// the TUI see them through the engine and never import the store (DESIGN.md §1).

public typealias QueueRow = FlagdeskStore.QueueRow
public typealias QueueCursor = FlagdeskStore.QueueCursor
public typealias ItemFilter = FlagdeskStore.ItemFilter
public typealias DocumentFilter = FlagdeskStore.DocumentFilter
public typealias DocumentSummary = FlagdeskStore.DocumentSummary
public typealias LivenessCheck = FlagdeskStore.LivenessCheck
public typealias SealReport = FlagdeskStore.SealReport
public typealias SealProblem = FlagdeskStore.SealProblem
public typealias SendAttempt = FlagdeskStore.SendAttempt
public typealias StoredMail = FlagdeskStore.StoredMail
public typealias MailListing = FlagdeskStore.MailListing
public typealias MailMatchState = FlagdeskStore.MailMatchState
public typealias MailReview = FlagdeskStore.MailReview
