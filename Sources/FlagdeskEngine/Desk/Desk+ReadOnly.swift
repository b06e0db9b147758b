import FlagdeskStore

extension Desk {
    /// Refuses every change to a store this account may not write (`Store.readOnlyReason`), in
    /// plain words with the path and the fix, before anything is read, asked or copied (evidence
    /// files included): each writing use case checks it with the actor's role.
    func requireWritableStore() throws(EngineError) {
        do {
            try store.requireWritable()
        } catch {
            throw EngineError(error)
        }
    }
}

extension Desk {
    /// Why this account cannot change the store (nil: it can), for the fronts to say so.
    public var readOnlyReason: String? { store.readOnlyReason }
}
