import Foundation
import HTTP
import LoopbackHTTPServer
import Synchronization
import Testing

/// Per-request transfer progress against a real HTTP server on 127.0.0.1.
@Suite struct HTTPProgressTests {
    let client = HTTPClient()

    /// Every report an observer got, in order.
    final class Recorder: Sendable {
        private let reports = Mutex<[HTTPTransferProgress]>([])

        var observer: @Sendable (HTTPTransferProgress) -> Void {
            { [self] progress in reports.withLock { $0.append(progress) } }
        }

        var all: [HTTPTransferProgress] { reports.withLock { $0 } }
    }

    @Test func anUploadReportsRisingSentCountsEndingAtTheBodySize() async throws {
        let size = 8 << 20
        let received = Mutex(0)
        let server = try LoopbackHTTPServer { request in
            received.withLock { $0 = request.body.count }
            return .text(200, "ok")
        }
        defer { server.stop() }
        let recorder = Recorder()
        let body = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 13) })
        let response = try await client.send(
            .init(method: "POST", url: server.baseURL + "/upload", body: body, progress: recorder.observer))
        #expect(response.status == 200)
        #expect(received.withLock { $0 } == size)

        let reports = recorder.all
        #expect(reports.count >= 2)
        #expect(reports.allSatisfy { $0.totalBytesToSend == size })
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytesSent <= $1.bytesSent })
        #expect(reports.contains { $0.bytesSent > 0 && $0.bytesSent < size })  // seen while moving
        #expect(reports.last?.bytesSent == size)
        #expect(reports.allSatisfy { $0.bytesSent <= size })
    }

    @Test func aDownloadReportsRisingReceivedCountsEndingAtTheContentLength() async throws {
        let size = 8 << 20
        let payload = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let server = try LoopbackHTTPServer { _ in HTTPServerResponse(status: 200, body: payload) }
        defer { server.stop() }
        let recorder = Recorder()
        let response = try await client.send(.init(url: server.baseURL + "/big", progress: recorder.observer))
        #expect(response.body == payload)
        #expect(response.headers["Content-Length"] == String(size))

        let reports = recorder.all
        #expect(reports.count >= 2)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytesReceived <= $1.bytesReceived })
        #expect(reports.contains { $0.bytesReceived > 0 && $0.bytesReceived < size })  // seen while moving
        #expect(reports.last?.bytesReceived == size)
        #expect(reports.last?.totalBytesToReceive == size)
        #expect(reports.filter { $0.bytesReceived > 0 }.allSatisfy { $0.totalBytesToReceive == size })
        #expect(reports.allSatisfy { $0.bytesSent == 0 && $0.totalBytesToSend == 0 })
    }

    @Test func aRequestWithoutAnObserverStillWorks() async throws {
        let seen = Mutex<Data?>(nil)
        let server = try LoopbackHTTPServer { request in
            seen.withLock { $0 = request.body }
            return HTTPServerResponse(status: 200, body: request.body)
        }
        defer { server.stop() }
        let body = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 5) })
        let request = HTTPClient.Request(method: "PUT", url: server.baseURL + "/echo", body: body)
        #expect(request.progress == nil)
        let response = try await client.send(request)
        #expect(response.status == 200)
        #expect(response.body == body)
        #expect(seen.withLock { $0 } == body)
    }

    @Test func progressStopsWhenTheTaskIsCancelled() async throws {
        let size = 48 << 20
        let payload = Data(count: size)
        let server = try LoopbackHTTPServer { _ in HTTPServerResponse(status: 200, body: payload) }
        defer { server.stop() }

        struct Log {
            var task: Task<HTTPClient.Response, any Error>?
            var calls = 0
            var cancelIssued = false
            var callsAfterCancel = 0
            var resultSeen = false
            var callsAfterResult = 0
        }
        let log = Mutex(Log())
        // The observer cancels the task itself once bytes arrive, on the libcurl thread, so that
        // "after the cancellation" is a strict order rather than a race with the test's thread.
        let observer: @Sendable (HTTPTransferProgress) -> Void = { progress in
            let toCancel: Task<HTTPClient.Response, any Error>? = log.withLock { log in
                log.calls += 1
                if log.resultSeen { log.callsAfterResult += 1 }
                if log.cancelIssued { log.callsAfterCancel += 1 }
                guard !log.cancelIssued, progress.bytesReceived > 0, let task = log.task else { return nil }
                log.cancelIssued = true
                return task
            }
            toCancel?.cancel()
        }
        let client = self.client
        let url = server.baseURL + "/huge"
        let task = Task {
            try await client.send(.init(url: url, maxResponseBytes: size, progress: observer))
        }
        log.withLock { $0.task = task }
        let result = await task.result
        log.withLock { $0.resultSeen = true }
        #expect(throws: CancellationError.self) { try result.get() }

        try await Task.sleep(for: .milliseconds(300))  // time for stray calls to show up
        let final = log.withLock { $0 }
        #expect(final.calls >= 1)
        #expect(final.cancelIssued)
        #expect(final.callsAfterCancel == 0)
        #expect(final.callsAfterResult == 0)

        // The client goes on serving requests with observers.
        let recorder = Recorder()
        let again = try await client.send(.init(url: server.baseURL + "/again", progress: recorder.observer))
        #expect(again.body.count == size)
        #expect(recorder.all.last?.bytesReceived == size)
    }
}
