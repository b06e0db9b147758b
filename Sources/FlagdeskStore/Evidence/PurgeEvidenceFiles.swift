import FlagdeskCore
import Foundation

/// Deleting held evidence files whose records were purged.
extension EvidenceFiles {
    /// The hashes among `hashes` whose file is still held.
    public func held(_ hashes: [String]) -> [String] {
        hashes.filter { EvidenceFiles.isSHA256($0) && isRegularFile(url(forSHA256: $0)) }
    }

    /// Deletes the held files of `hashes` and returns how many went. Only names that are a
    /// SHA-256 are touched, only regular files inside the evidence folder (a symbolic link is
    /// never followed), and a file already gone is not an error: a purge can be run again.
    @discardableResult
    public func remove(_ hashes: [String], progress: ProgressReport? = nil) -> (removed: Int, failed: [String]) {
        var removed = 0
        var failed: [String] = []
        let files = held(hashes)
        for (index, hash) in files.enumerated() {
            progress?(WorkProgress(stage: "removing files", unit: "files", done: index, total: files.count))
            if unlink(url(forSHA256: hash).path) == 0 {
                removed += 1
            } else if errno != ENOENT {
                failed.append(hash)
            }
        }
        return (removed, failed)
    }

    private func isRegularFile(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & mode_t(S_IFMT) == mode_t(S_IFREG)
    }
}
