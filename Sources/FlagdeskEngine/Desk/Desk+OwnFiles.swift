import FlagdeskStore
import Foundation

extension Desk {
    /// Refuses an output path (an export, a bundle, a report, a rejects file, a backup, a
    /// person's copy) inside the store folder or on the configuration or a key file, links
    /// resolved. On a team desk the output is written as the service account, so without this a
    /// member could overwrite the database or a key with `--force` (or `--rejects`, which replaces
    /// its file) and destroy the evidence; on a personal desk it is an accident it prevents.
    public func refuseOwnFile(_ path: String) throws(EngineError) {
        let target = URL(fileURLWithPath: path)
        if PathContainment.isInside(target, folder: store.folder) {
            throw .refused(
                "\(path) is inside the store folder \(store.folder.path); write it somewhere else (nothing was written)"
            )
        }
        if let own = ownFiles.first(where: { PathContainment.isInside(target, folder: $0) }) {
            throw .refused(
                "\(path) is \(own.path), a file this desk stands on; write it somewhere else (nothing was written)")
        }
    }
}
