import Foundation

/// Why reading a request stopped short; each case maps to one way of ending the exchange.
enum RequestReadError: Error {
    /// The client hung up (between requests, the normal end of a keep-alive connection) or the
    /// socket failed: there is no one left to answer.
    case connectionClosed
    case malformed
    /// A line outgrew its limit; the parser decides what that means for the line it wanted.
    case lineTooLong
    case headTooLarge
    case bodyTooLarge
    case versionNotSupported
}

/// Buffered reads from one blocking socket. Bytes beyond the current request stay buffered,
/// which is what makes pipelined requests work.
struct ConnectionReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private static let chunkSize = 64 * 1024

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// One line without its LF (and without a CR before it). `limit` bounds the line so a
    /// client cannot make us buffer without end.
    mutating func readLine(limit: Int) throws(RequestReadError) -> [UInt8] {
        // Bytes after `start` already known to hold no LF; an offset, because fill() may
        // compact the buffer and move `start`.
        var scanned = 0
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > start && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let line = Array(buffer[start..<end])
                start = newline + 1
                // A bare CR inside a line is how request smuggling starts; refuse it.
                if line.contains(UInt8(ascii: "\r")) { throw .malformed }
                return line
            }
            scanned = buffer.count - start
            if scanned > limit { throw .lineTooLong }
            guard fill() else { throw .connectionClosed }
        }
    }

    /// Exactly `count` bytes, taking buffered bytes first and then reading straight into the
    /// result, so a large body is copied once.
    mutating func readBytes(_ count: Int) throws(RequestReadError) -> Data {
        var result = Data(capacity: count)
        let buffered = min(count, buffer.count - start)
        result.append(contentsOf: buffer[start..<(start + buffered)])
        start += buffered
        compact()
        var remaining = count - buffered
        var scratch = [UInt8](repeating: 0, count: Self.chunkSize)
        while remaining > 0 {
            let wanted = min(remaining, scratch.count)
            let received = scratch.withUnsafeMutableBytes {
                SocketCalls.receive(
                    descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<wanted]))
            }
            guard let received, received > 0 else { throw .connectionClosed }
            result.append(contentsOf: scratch[0..<received])
            remaining -= received
        }
        return result
    }

    /// Appends whatever the socket has; false at end of stream or on error.
    private mutating func fill() -> Bool {
        compact()
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunkSize))
        let received = buffer.withUnsafeMutableBytes {
            SocketCalls.receive(
                descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[oldCount...]))
        }
        buffer.removeLast(Self.chunkSize - max(received ?? 0, 0))
        guard let received else { return false }
        return received > 0
    }

    /// Drops consumed bytes once they dominate the buffer, keeping reads amortised O(n).
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
