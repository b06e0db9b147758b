/// Migration `v9-team`: who the desk's team is and how the desk is set up live in the desk, not
/// in anyone's configuration (issue #14). One settings row; the triggers keep what may never
/// change: a simulated clock is chosen at creation only, and a team desk never turns personal.
enum TeamSchema {
    static let v9 = """
        CREATE TABLE desk_settings (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            setup TEXT NOT NULL CHECK (setup IN ('personal','team')),
            four_eyes INTEGER NOT NULL CHECK (four_eyes IN (0,1)),
            simulated_clock INTEGER NOT NULL CHECK (simulated_clock IN (0,1)),
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TRIGGER desk_settings_clock_fixed BEFORE UPDATE OF simulated_clock ON desk_settings
            WHEN NEW.simulated_clock <> OLD.simulated_clock
            BEGIN SELECT RAISE(ABORT, 'a desk''s clock is chosen when it is created'); END;
        CREATE TRIGGER desk_settings_team_stays BEFORE UPDATE OF setup ON desk_settings
            WHEN OLD.setup = 'team' AND NEW.setup <> 'team'
            BEGIN SELECT RAISE(ABORT, 'a team desk never turns back into a personal desk'); END;
        CREATE TABLE team_members (
            login TEXT PRIMARY KEY NOT NULL CHECK (length(login) > 0),
            role TEXT NOT NULL CHECK (role IN ('flagger','coordinator')),
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        ) STRICT;
        """
}
