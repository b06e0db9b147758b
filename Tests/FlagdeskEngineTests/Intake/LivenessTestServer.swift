import Foundation

/// A small HTTP server on loopback for capture and recheck tests, started by the test: a
/// Python script (python3 is a test dependency, see README) with one handler per case.
/// It picks a free port and prints it; the process ends with the test.
final class LivenessTestServer: @unchecked Sendable {
    let process = Process()
    let port: Int

    static let script = #"""
        import http.server, socketserver, sys, time, threading
        counter = {"n": 0}
        lock = threading.Lock()
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def log_message(self, *args):
                pass
            def send(self, status, body=b"", headers=()):
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
            def do_HEAD(self):
                self.do_GET()
            def do_GET(self):
                path = self.path
                if path == "/ok":
                    self.send(200, b"<html>the advert</html>", [("Content-Type", "text/html; charset=utf-8"), ("X-Test", "yes")])
                elif path == "/redirect":
                    self.send(302, b"", [("Location", "/hop")])
                elif path == "/hop":
                    self.send(301, b"", [("Location", "/ok")])
                elif path.startswith("/to-"):
                    targets = {"/to-loopback": "http://127.0.0.1:9/x", "/to-private": "http://10.0.0.1/x",
                               "/to-v6": "http://[::1]:9/x", "/to-linklocal": "http://169.254.169.254/latest/",
                               "/to-mapped": "http://[::ffff:127.0.0.1]:9/x"}
                    self.send(302, b"", [("Location", targets.get(path, "/ok"))])
                elif path.startswith("/echo"):
                    self.send(200, path.encode(), [("Content-Type", "text/plain")])
                elif path == "/missing":
                    self.send(404, b"not found")
                elif path == "/gone":
                    self.send(410, b"gone")
                elif path == "/slow":
                    time.sleep(4)
                    self.send(200, b"late")
                elif path == "/huge":
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(50 * 1024 * 1024))
                    self.end_headers()
                    if self.command == "HEAD":
                        return
                    chunk = b"x" * 65536
                    try:
                        for _ in range(800):
                            self.wfile.write(chunk)
                    except Exception:
                        pass
                elif path == "/changing":
                    with lock:
                        counter["n"] += 1
                        n = counter["n"]
                    self.send(200, ("version %d" % n).encode(), [("Content-Type", "text/plain")])
                else:
                    self.send(500, b"unknown test path")
        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
        server = Server(("127.0.0.1", 0), Handler)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """#

    init() throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            line.append(data)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadUnknown)
        }
        self.port = port
    }

    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    deinit {
        // SIGKILL: the child may inherit a signal mask that blocks SIGTERM.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
