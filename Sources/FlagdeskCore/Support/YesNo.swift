import Foundation

/// Yes or no as people type it, the same on the command line and in document fields.
public enum YesNo {
    /// true for yes/y/true/1/on, false for no/n/false/0/off (any case), nil otherwise.
    public static func value(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "y", "true", "1", "on": return true
        case "no", "n", "false", "0", "off": return false
        default: return nil
        }
    }
}
