#if canImport(Glibc)
    import Glibc
#endif

/// Keeps the calling thread, and the processes it starts from then on, on the first CPU. The
/// query rows time sub-millisecond work against the `sqlite3` shell; on the shared 2-core
/// machine a process left free to move ran some of them twice as slow as the next run did.
/// Pinned, both sides run under the same conditions and the figures repeat. (The import row is
/// timed before: it needs both cores.)
enum CPUPinning {
    /// False where the system does not allow it (the figures are then only noisier).
    @discardableResult
    static func pinToFirstCPU() -> Bool { setAffinity(firstOnly: true) }

    /// Lets the calling thread run on every CPU again: `verify` runs SQLite's check on a thread
    /// of its own beside the seal checks, as it does for a user (timed after the pinned rows).
    @discardableResult
    static func unpin() -> Bool { setAffinity(firstOnly: false) }

    private static func setAffinity(firstOnly: Bool) -> Bool {
        #if os(Linux)
            // glibc declares it only under _GNU_SOURCE, which Swift's Glibc module leaves out.
            typealias SetAffinity = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_setaffinity") else { return false }
            var set = cpu_set_t()
            set.__bits.0 = firstOnly ? 1 : ~0
            let setAffinity = unsafeBitCast(symbol, to: SetAffinity.self)
            return withUnsafePointer(to: &set) { setAffinity(0, MemoryLayout<cpu_set_t>.size, $0) } == 0
        #else
            return false
        #endif
    }
}
