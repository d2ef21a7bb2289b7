import CCurl
import Foundation
import Synchronization

/// Runs every transfer of one `HTTPClient` on a single libcurl multi handle, on one thread.
///
/// One multi handle means one connection cache: keep-alive connections, HTTP/2 streams, DNS
/// answers and (through the share handle) TLS sessions are reused across all requests. libcurl
/// handles are not thread-safe, so only the driver thread touches them once a transfer is
/// submitted; other threads talk to it through `inbox` and `curl_multi_wakeup`, which is the one
/// multi call documented as safe from any thread.
final class CurlMultiDriver: Sendable {
    private struct Inbox {
        var additions: [CurlTransfer] = []
        var cancellations: [CurlTransfer] = []
        var isShuttingDown = false
    }

    /// Raw libcurl pointers; Sendable because only the driver thread uses them after `init`,
    /// apart from `curl_multi_wakeup`, which libcurl allows from any thread.
    private struct Handles: @unchecked Sendable {
        let multi: UnsafeMutableRawPointer
        let share: UnsafeMutableRawPointer
    }

    private let handles: Handles
    private let inbox = Mutex(Inbox())
    private let stopped = Atomic<Bool>(false)

    var share: UnsafeMutableRawPointer { handles.share }

    init() {
        CurlGlobal.initializeOnce()
        guard let multi = curl_multi_init(), let share = curl_share_init() else {
            fatalError("libcurl could not allocate a multi or share handle (out of memory)")
        }
        // The driver thread is the only user of the share handle, so it needs no lock callbacks.
        _ = ccurl_share_setopt_lock(share, CURL_LOCK_DATA_DNS)
        _ = ccurl_share_setopt_lock(share, CURL_LOCK_DATA_SSL_SESSION)
        _ = ccurl_multi_setopt_long(
            multi, CURLMOPT_PIPELINING, Int(CurlCapabilities.multiplexesSafely ? CURLPIPE_MULTIPLEX : CURLPIPE_NOTHING))
        handles = Handles(multi: multi, share: share)

        let thread = Thread { [self] in run() }
        thread.name = "libcurl-multi"
        thread.start()
    }

    /// Hands a configured transfer to the driver thread.
    func submit(_ transfer: CurlTransfer) {
        let accepted = inbox.withLock { inbox in
            guard !inbox.isShuttingDown else { return false }
            inbox.additions.append(transfer)
            return true
        }
        guard accepted else {
            transfer.finish(.failure(HTTPError(.shutdown, "the HTTP client was shut down")))
            return
        }
        curl_multi_wakeup(handles.multi)
    }

    /// Aborts a transfer; its caller gets `CancellationError`.
    func cancel(_ transfer: CurlTransfer) {
        transfer.markCancelled()
        inbox.withLock { $0.cancellations.append(transfer) }
        curl_multi_wakeup(handles.multi)
    }

    /// Fails every transfer in flight and ends the driver thread.
    func shutdown() {
        inbox.withLock { $0.isShuttingDown = true }
        curl_multi_wakeup(handles.multi)
    }

    // MARK: Driver thread

    private func run() {
        var running: [UnsafeMutableRawPointer: CurlTransfer] = [:]
        var stillRunning: Int32 = 0
        while true {
            let (additions, cancellations, shuttingDown) = inbox.withLock { inbox in
                defer {
                    inbox.additions.removeAll()
                    inbox.cancellations.removeAll()
                }
                return (inbox.additions, inbox.cancellations, inbox.isShuttingDown)
            }
            for transfer in additions {
                if transfer.isCancelled {
                    transfer.finish(.failure(CancellationError()))
                } else if curl_multi_add_handle(handles.multi, transfer.handle) == CURLM_OK {
                    running[transfer.handle] = transfer
                } else {
                    transfer.finish(.failure(HTTPError(.network, "libcurl could not start the transfer")))
                }
            }
            for transfer in cancellations where running.removeValue(forKey: transfer.handle) != nil {
                curl_multi_remove_handle(handles.multi, transfer.handle)
                transfer.finish(.failure(CancellationError()))
            }
            if shuttingDown {
                for transfer in running.values {
                    curl_multi_remove_handle(handles.multi, transfer.handle)
                    transfer.finish(.failure(HTTPError(.shutdown, "the HTTP client was shut down")))
                }
                break
            }

            curl_multi_perform(handles.multi, &stillRunning)
            collectFinished(into: &running)
            // Sleeps until a socket is ready, a timer of libcurl's is due, or a wakeup arrives.
            curl_multi_poll(handles.multi, nil, 0, 1000, nil)
        }
        curl_multi_cleanup(handles.multi)
        curl_share_cleanup(handles.share)
        stopped.store(true, ordering: .releasing)
    }

    private func collectFinished(into running: inout [UnsafeMutableRawPointer: CurlTransfer]) {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(handles.multi, &remaining) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                let transfer = running.removeValue(forKey: easy)
            else { continue }
            let code = ccurl_msg_result(message)
            curl_multi_remove_handle(handles.multi, easy)
            if code == CURLE_OK {
                transfer.reportFinalProgress()
            }
            transfer.finish(transfer.outcome(of: code))
        }
    }
}

/// `curl_global_init` must run once, before any other thread uses libcurl.
enum CurlGlobal {
    private static let initialized: Bool = {
        curl_global_init(Int(CURL_GLOBAL_ALL))
        return true
    }()

    static func initializeOnce() {
        _ = initialized
    }
}
