import FlagdeskCore
import FlagdeskStore
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP exchange as Flagdesk saw it.
struct FetchResult: Sendable {
    struct Redirect: Sendable {
        let status: Int
        let from: String
        let to: String
    }

    let requestedURL: String
    let method: String
    let status: Int
    let finalURL: String
    let redirects: [Redirect]
    /// Headers as received, sorted by name.
    let headers: [(name: String, value: String)]
    /// Bytes of body kept (at most the cap).
    let bodyBytes: Int64
    /// The body went on past the cap and was not read further.
    let truncated: Bool
    /// SHA-256 of the bytes kept; nil for a HEAD request.
    let sha256: String?
    let mediaType: String?
}

/// Why no answer came.
enum FetchFailure: Error, Sendable, CustomStringConvertible {
    case timedOut(seconds: Int)
    case failed(String)

    var description: String {
        switch self {
        case .timedOut(let seconds): return "no complete answer within \(seconds) s (config [network] timeout_seconds)"
        case .failed(let reason): return reason
        }
    }
}

/// Fetches one URL with Foundation's URLSession: no cookies, no cache, redirects followed (at
/// most 10, http and https only) and recorded, a time limit for the whole exchange, and a
/// size cap past which the body is not read (the result says it was truncated). The body is
/// hashed as it arrives and, when `bodyFile` is given, written there; never held whole.
/// No redirect may lead into a private address unless allowed (`DestinationGuard`; the caller
/// checks the first request, `Desk.fetchURL`).
struct CaptureHTTPClient: Sendable {
    let timeoutSeconds: Int
    let maxBytes: Int
    let destinations: DestinationGuard
    static let maximumRedirects = 10

    init(timeoutSeconds: Int, maxBytes: Int, destinations: DestinationGuard) {
        self.timeoutSeconds = timeoutSeconds
        self.maxBytes = maxBytes
        self.destinations = destinations
    }

    /// The client the configuration asks for.
    init(_ network: FlagdeskConfig.Network) {
        self.init(
            timeoutSeconds: network.timeoutSeconds, maxBytes: network.maxBytes,
            destinations: DestinationGuard(allowPrivate: network.allowPrivateAddresses))
    }

    func fetch(_ url: URL, method: String = "GET", bodyFile: URL? = nil) throws(FetchFailure) -> FetchResult {
        let sink: FileHandle?
        if let bodyFile {
            guard
                FileManager.default.createFile(
                    atPath: bodyFile.path, contents: nil, attributes: [.posixPermissions: 0o600]),
                let handle = try? FileHandle(forWritingTo: bodyFile)
            else { throw .failed("cannot write the temporary capture file \(bodyFile.path)") }
            sink = handle
        } else {
            sink = nil
        }
        defer { try? sink?.close() }
        let delegate = FetchDelegate(maxBytes: maxBytes, sink: sink, destinations: destinations)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = TimeInterval(timeoutSeconds)
        configuration.timeoutIntervalForResource = TimeInterval(timeoutSeconds)
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: queue)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.setValue("Flagdesk evidence capture (trusted flagger, DSA Art. 22)", forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        task.resume()
        // URLSession's own limits are per read; this one covers the whole exchange.
        if delegate.done.wait(timeout: .now() + .seconds(timeoutSeconds)) == .timedOut {
            task.cancel()
            throw .timedOut(seconds: timeoutSeconds)
        }
        return try delegate.result(requestedURL: url.absoluteString, method: method, timeoutSeconds: timeoutSeconds)
    }
}

/// Collects one exchange from URLSession's callbacks (run on the session's serial queue;
/// the lock makes the state safe to read from the waiting thread).
private final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private let maxBytes: Int
    private let sink: FileHandle?
    private let destinations: DestinationGuard
    private var hasher = StreamHasher()
    private var response: HTTPURLResponse?
    private var redirects: [FetchResult.Redirect] = []
    private var received: Int64 = 0
    private var truncated = false
    private var failure: String?
    private var timedOut = false

    init(maxBytes: Int, sink: FileHandle?, destinations: DestinationGuard) {
        self.maxBytes = maxBytes
        self.sink = sink
        self.destinations = destinations
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        lock.lock()
        let from = response.url?.absoluteString ?? ""
        let to = request.url?.absoluteString ?? ""
        let scheme = request.url?.scheme?.lowercased()
        var follow = redirects.count < CaptureHTTPClient.maximumRedirects && (scheme == "http" || scheme == "https")
        redirects.append(FetchResult.Redirect(status: response.statusCode, from: from, to: to))
        if follow, let target = request.url, let refusal = destinations.refusal(for: target) {
            follow = false
            failure = "redirect to \(TerminalSanitizer.sanitizeURL(to)) refused: \(refusal)"
        }
        lock.unlock()
        // Not followed: the redirect response itself is the answer recorded.
        completionHandler(follow ? request : nil)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        lock.lock()
        self.response = response as? HTTPURLResponse
        lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.lock()
        defer { lock.unlock() }
        guard !truncated else { return }
        let room = Int64(maxBytes) - received
        let kept = data.count > room ? data.prefix(Int(max(0, room))) : data
        hasher.update(kept)
        try? sink?.write(contentsOf: kept)
        received += Int64(kept.count)
        if data.count > room {
            truncated = true
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        lock.lock()
        if let error, !truncated {
            let code = (error as? URLError)?.code
            if code == .timedOut { timedOut = true }
            failure =
                (error as? URLError).map { "\($0.localizedDescription) (URLError \($0.code.rawValue))" }
                ?? String(describing: error)
        }
        lock.unlock()
        done.signal()
    }

    func result(requestedURL: String, method: String, timeoutSeconds: Int) throws(FetchFailure) -> FetchResult {
        lock.lock()
        defer { lock.unlock() }
        if timedOut { throw .timedOut(seconds: timeoutSeconds) }
        if let failure { throw .failed(failure) }
        guard let response else { throw .failed("no HTTP response") }
        var headers: [(name: String, value: String)] = []
        for (name, value) in response.allHeaderFields {
            headers.append((String(describing: name), String(describing: value)))
        }
        headers.sort { $0.name.lowercased() < $1.name.lowercased() }
        let contentType = response.value(forHTTPHeaderField: "Content-Type")
        return FetchResult(
            requestedURL: requestedURL, method: method, status: response.statusCode,
            finalURL: response.url?.absoluteString ?? requestedURL, redirects: redirects, headers: headers,
            bodyBytes: received, truncated: truncated, sha256: method == "HEAD" ? nil : hasher.finalizedHex(),
            mediaType: contentType.map {
                String($0.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces)
            }
        )
    }
}
