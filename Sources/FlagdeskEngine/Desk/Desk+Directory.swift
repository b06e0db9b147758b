import FlagdeskCore
import FlagdeskStore
import Foundation

extension Desk {
    /// Mirrors the directory (starter entries + config) into the store so records can name a
    /// provider or authority that later leaves the config. The store skips it when nothing changed.
    func mirrorDirectory() throws(EngineError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let providers = directory.providers.map { provider in
            (provider, (try? encoder.encode(provider)).map { String(decoding: $0, as: UTF8.self) } ?? "{}")
        }
        let authorities = directory.authorities.map { authority in
            (authority, (try? encoder.encode(authority)).map { String(decoding: $0, as: UTF8.self) } ?? "{}")
        }
        let providerRows = providers.map { provider, json in
            DirectoryRow(
                key: provider.key, name: provider.name, country: provider.country,
                isOnlinePlatform: provider.isOnlinePlatform, json: json)
        }
        let authorityRows = authorities.map { authority, json in
            DirectoryRow(
                key: authority.key, name: authority.name, country: authority.country, kind: authority.kind.rawValue,
                json: json)
        }
        let isMirrored = try storeRead { db in
            try DirectoryRecords.isMirrored(providers: providerRows, authorities: authorityRows, in: db)
        }
        // A read-only store keeps the mirror it has; the desk reads the directory from the
        // configuration (`directory`), the mirror only serves queries by key.
        guard !isMirrored, !store.isReadOnly else { return }
        _ = try storeWrite { db in
            try DirectoryRecords.mirror(
                providers: providerRows, authorities: authorityRows, in: db)
        }
    }
}
