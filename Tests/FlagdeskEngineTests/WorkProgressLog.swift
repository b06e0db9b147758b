import FlagdeskCore
import Foundation

/// Collects what long work reports (`ProgressReport`): the stages in order and the last report.
final class WorkProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var stages: [String] = []
    private(set) var last: WorkProgress?
    private(set) var reports = 0

    var record: ProgressReport {
        { progress in
            self.lock.lock()
            defer { self.lock.unlock() }
            if self.stages.last != progress.stage { self.stages.append(progress.stage) }
            self.last = progress
            self.reports += 1
        }
    }
}
