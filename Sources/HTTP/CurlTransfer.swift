import CCurl
import Foundation
import Synchronization

/// One request's easy handle and everything libcurl's callbacks write into.
///
/// Lifecycle: built and configured by the calling task, handed to the driver thread, which alone
/// touches the handle and the response buffers from then on, and finished exactly once (response,
/// error or cancellation) through `finish`.
///
/// `@unchecked Sendable` is sound because the mutable response fields are only written by libcurl
/// callbacks on the driver thread and read there when the transfer completes; the only state
/// shared between threads, `phase`, sits behind a `Mutex`.
final class CurlTransfer: @unchecked Sendable {
    enum Phase {
        case created
        case submitted(CheckedContinuation<HTTPClient.Response, any Error>)
        case finished
    }

    let handle: UnsafeMutableRawPointer
    let maxResponseBytes: Int
    private let phase = Mutex<Phase>(.created)
    private let cancelled = Atomic<Bool>(false)

    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var requestBody: UnsafeMutableRawBufferPointer?
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    // Written by the callbacks on the driver thread.
    var responseBody = Data()
    var responseHeaders = HTTPHeaders()
    var exceededSizeLimit = false

    /// nil leaves libcurl's progress machinery off (CURLOPT_NOPROGRESS stays 1).
    private let progressObserver: (@Sendable (HTTPTransferProgress) -> Void)?
    /// What the observer was last told (or the zero state before the first report); driver thread.
    private var reportedProgress = HTTPTransferProgress(
        bytesSent: 0, totalBytesToSend: 0, bytesReceived: 0, totalBytesToReceive: nil)

    init(request: HTTPClient.Request, share: UnsafeMutableRawPointer, caBundlePath: String?) throws {
        guard let handle = curl_easy_init() else {
            throw HTTPError(.invalidRequest, "libcurl could not create a transfer handle")
        }
        self.handle = handle
        self.maxResponseBytes = request.maxResponseBytes
        self.progressObserver = request.progress
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        do {
            try configure(with: request, share: share)
            if let caBundlePath {
                try set(CURLOPT_CAINFO, caBundlePath)
            }
        } catch {
            release()
            throw error
        }
    }

    deinit {
        release()
        errorBuffer.deallocate()
    }

    private var released = false

    private func release() {
        guard !released else { return }
        released = true
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        requestBody?.deallocate()
    }

    // MARK: Configuration

    private func configure(with request: HTTPClient.Request, share: UnsafeMutableRawPointer) throws {
        let method = request.method.uppercased()
        guard !method.isEmpty, method.allSatisfy({ $0.isLetter }) else {
            throw HTTPError(.invalidRequest, "'\(request.method)' is not an HTTP method")
        }
        guard request.url.hasPrefix("https://") || request.url.hasPrefix("http://") else {
            throw HTTPError(.invalidRequest, "only http and https URLs are supported")
        }
        try set(CURLOPT_URL, request.url)
        try set(CURLOPT_NOSIGNAL, 1)
        // Redirects are never followed: an API call that redirects is a misconfiguration, and a
        // followed redirect could carry the Authorization header to another host.
        try set(CURLOPT_FOLLOWLOCATION, 0)
        try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        // "" asks for every encoding this libcurl can decode (gzip, br, zstd); JSON shrinks well.
        try set(CURLOPT_ACCEPT_ENCODING, "")
        try set(CURLOPT_TIMEOUT_MS, max(1, request.timeout.milliseconds))
        try set(CURLOPT_CONNECTTIMEOUT_MS, max(1, min(request.timeout.milliseconds, 10_000)))
        try check(ccurl_easy_setopt_off_t(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxResponseBytes)))
        try check(ccurl_easy_setopt_share(handle, share))
        try check(ccurl_easy_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))

        try configureMethodAndBody(method: method, body: request.body)
        try configureHeaders(request.headers)

        // Unretained: libcurl only calls back while the handle is in the multi handle, and the
        // driver keeps this transfer in `running` for exactly that long (it removes the handle
        // before `finish`, on its own thread); the handle itself dies in `release`, with us.
        let context = Unmanaged.passUnretained(self).toOpaque()
        try check(ccurl_easy_setopt_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteCallback))
        try check(ccurl_easy_setopt_pointer(handle, CURLOPT_WRITEDATA, context))
        try check(ccurl_easy_setopt_callback(handle, CURLOPT_HEADERFUNCTION, curlHeaderCallback))
        try check(ccurl_easy_setopt_pointer(handle, CURLOPT_HEADERDATA, context))
        if progressObserver != nil {
            try check(ccurl_easy_setopt_xferinfo(handle, curlProgressCallback))
            try check(ccurl_easy_setopt_pointer(handle, CURLOPT_XFERINFODATA, context))
            try set(CURLOPT_NOPROGRESS, 0)
        }
    }

    private func configureMethodAndBody(method: String, body: Data?) throws {
        switch method {
        case "GET" where body == nil:
            try set(CURLOPT_HTTPGET, 1)
        case "HEAD":
            try set(CURLOPT_NOBODY, 1)
        default:
            // The body is copied once into memory this transfer owns, because libcurl reads it
            // lazily from the driver thread while the caller's Data may be gone.
            let bytes = body ?? Data()
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
            bytes.copyBytes(to: buffer)
            requestBody = buffer
            reportedProgress.totalBytesToSend = bytes.count
            try check(ccurl_easy_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(bytes.count)))
            try check(ccurl_easy_setopt_pointer(handle, CURLOPT_POSTFIELDS, buffer.baseAddress))
            if method != "POST" {
                try set(CURLOPT_CUSTOMREQUEST, method)
            }
        }
    }

    private func configureHeaders(_ headers: HTTPHeaders) throws {
        var list: UnsafeMutablePointer<curl_slist>? = nil
        defer { headerList = list }
        for field in headers {
            guard HTTPTransferRules.isValidHeader(name: field.name, value: field.value) else {
                throw HTTPError(
                    .invalidRequest,
                    "header '\(field.name.prefix(64))' has a character that is not allowed (CR, LF or NUL)")
            }
            // "Name;" is libcurl's way to send a header with an empty value.
            let line = field.value.isEmpty ? "\(field.name);" : "\(field.name): \(field.value)"
            list = curl_slist_append(list, line)
        }
        // libcurl would otherwise send "Expect: 100-continue" for large bodies and wait a
        // round trip for an answer many servers never send.
        list = curl_slist_append(list, "Expect:")
        try check(ccurl_easy_setopt_slist(handle, CURLOPT_HTTPHEADER, list))
    }

    private func set(_ option: CURLoption, _ value: Int) throws {
        try check(ccurl_easy_setopt_long(handle, option, value))
    }

    private func set(_ option: CURLoption, _ value: String) throws {
        // CURLOPT string options are copied by libcurl (since 7.17), so a temporary is fine.
        try check(ccurl_easy_setopt_string(handle, option, value))
    }

    private func check(_ code: CURLcode) throws {
        guard code == CURLE_OK else {
            throw HTTPError(.invalidRequest, "libcurl refused an option: \(String(cString: curl_easy_strerror(code)))")
        }
    }

    // MARK: Hand-over and completion

    /// Stores the continuation; false when the transfer was cancelled before it got here.
    func attach(_ continuation: CheckedContinuation<HTTPClient.Response, any Error>) -> Bool {
        phase.withLock { phase in
            guard case .created = phase, !cancelled.load(ordering: .acquiring) else {
                phase = .finished
                return false
            }
            phase = .submitted(continuation)
            return true
        }
    }

    func markCancelled() {
        cancelled.store(true, ordering: .releasing)
    }

    var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    /// Resumes the waiting task once; later calls do nothing.
    func finish(_ result: Result<HTTPClient.Response, any Error>) {
        let continuation: CheckedContinuation<HTTPClient.Response, any Error>? = phase.withLock { phase in
            guard case .submitted(let continuation) = phase else { return nil }
            phase = .finished
            return continuation
        }
        continuation?.resume(with: result)
    }

    /// Tells the observer the final counts of a transfer that ended well, if libcurl's last
    /// progress call fell short of them. Runs on the driver thread, before `finish`.
    func reportFinalProgress() {
        guard progressObserver != nil else { return }
        var sent: curl_off_t = 0
        var received: curl_off_t = 0
        var contentLength: curl_off_t = -1
        _ = ccurl_easy_getinfo_off_t(handle, CURLINFO_SIZE_UPLOAD_T, &sent)
        _ = ccurl_easy_getinfo_off_t(handle, CURLINFO_SIZE_DOWNLOAD_T, &received)
        _ = ccurl_easy_getinfo_off_t(handle, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &contentLength)
        report(sent: sent, received: received, totalToReceive: contentLength)
    }

    /// Turns libcurl's verdict into a response or an error. Runs on the driver thread.
    func outcome(of code: CURLcode) -> Result<HTTPClient.Response, any Error> {
        if code == CURLE_OK {
            var status = 0
            _ = ccurl_easy_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
            var version = 0
            _ = ccurl_easy_getinfo_long(handle, CURLINFO_HTTP_VERSION, &version)
            return .success(
                HTTPClient.Response(
                    status: status, headers: responseHeaders, body: responseBody,
                    httpVersion: HTTPTransferRules.versionName(version)))
        }
        let detail = String(cString: errorBuffer)
        let summary = detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail
        return .failure(HTTPTransferRules.error(for: code, summary: summary, exceededSizeLimit: exceededSizeLimit))
    }

    // MARK: Callback bodies (driver thread)

    fileprivate func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard responseBody.count + bytes.count <= maxResponseBytes else {
            exceededSizeLimit = true
            return false
        }
        responseBody.append(contentsOf: bytes)
        return true
    }

    fileprivate func transferMoved(downloadTotal: curl_off_t, downloaded: curl_off_t, uploaded: curl_off_t) {
        report(sent: uploaded, received: downloaded, totalToReceive: downloadTotal)
    }

    /// Calls the observer when a count changed; never after cancellation, so that a cancelled
    /// caller hears nothing more even before the driver has taken the handle out.
    private func report(sent: curl_off_t, received: curl_off_t, totalToReceive: curl_off_t) {
        guard let progressObserver, !isCancelled else { return }
        var next = reportedProgress
        next.bytesSent = max(next.bytesSent, Int(sent))
        next.bytesReceived = max(next.bytesReceived, Int(received))
        // libcurl says 0 (progress) or -1 (getinfo) while the length is unknown; a length once
        // known is kept.
        if totalToReceive > 0 {
            next.totalBytesToReceive = Int(totalToReceive)
        }
        guard next != reportedProgress else { return }
        reportedProgress = next
        progressObserver(next)
    }

    fileprivate func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            // A new status line (after a 100 Continue or a proxy's CONNECT answer) starts the
            // header block of the final response afresh.
            responseHeaders = HTTPHeaders()
            return
        }
        guard let colon = line.firstIndex(of: ":") else { return }
        let name = String(line[..<colon])
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        responseHeaders.add(name, value)
        if name.caseInsensitiveEquals("content-length"), let length = Int(value), length <= maxResponseBytes {
            responseBody.reserveCapacity(length)
        }
    }
}

// libcurl calls these C functions with the transfer as user data. Returning a count other than
// the one given aborts the transfer (CURLE_WRITE_ERROR), which is how the size cap bites.
private let curlWriteCallback: ccurl_data_callback = { buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    return transfer.receiveBody(UnsafeRawBufferPointer(start: buffer, count: length)) ? length : 0
}

private let curlHeaderCallback: ccurl_data_callback = { buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: buffer, count: length))
    return length
}

// Installed only when the request has an observer. Always 0: progress never aborts a transfer
// (cancellation goes through the driver).
private let curlProgressCallback: ccurl_xferinfo_callback = { context, downloadTotal, downloaded, _, uploaded in
    guard let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    transfer.transferMoved(downloadTotal: downloadTotal, downloaded: downloaded, uploaded: uploaded)
    return 0
}

extension Duration {
    var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
