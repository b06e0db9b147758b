import FlagdeskCore
import Foundation
import GRDB

/// The organisation as the desk records it (migration `v20-organisation`): its profile as the
/// engine encodes it, who recorded it and when. The engine decides who may change it.
public struct StoredOrganisation: Sendable, Equatable {
    /// The profile's JSON, as the engine wrote it (the store does not read inside it).
    public var profile: String
    public var recordedBy: String
    public var recordedAt: Date

    public init(profile: String, recordedBy: String, recordedAt: Date) {
        self.profile = profile
        self.recordedBy = recordedBy
        self.recordedAt = recordedAt
    }
}

public enum OrganisationRecords {
    /// nil while no organisation is recorded (a personal desk, or a team desk made before v20).
    public static func get(in db: Database) throws -> StoredOrganisation? {
        guard try db.tableExists("desk_organisation"),
            let row = try Row.fetchOne(db, sql: "SELECT * FROM desk_organisation WHERE id = 1")
        else { return nil }
        let at: String = row["recorded_at"]
        return StoredOrganisation(
            profile: row["profile"], recordedBy: row["recorded_by"],
            recordedAt: ISO8601.parseInstant(at) ?? .distantPast)
    }

    public static func put(_ organisation: StoredOrganisation, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO desk_organisation (id, profile, recorded_by, recorded_at) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at
                """,
            arguments: [organisation.profile, organisation.recordedBy, ISO8601.format(organisation.recordedAt)])
    }
}
