import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes whole lines to a file descriptor, one at a time, on a queue of its own.
///
/// A blocking write to a pipe whose reader is slow would otherwise pin one of the few threads of
/// Swift's cooperative pool. The descriptor's flags are left alone: setting O_NONBLOCK, as the
/// SDK's transport does, changes them for every process sharing the pipe.
final class StdoutWriter: Sendable {
    private let descriptor: Int32
    private let queue = DispatchQueue(label: "gmail-mcp.stdout")

    init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    /// Appends a newline and writes the line; returns when it is all written (or the reader is gone).
    func write(line: Data) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            enqueue(line: line) { continuation.resume() }
        }
    }

    /// Queues the line at once (so the order of calls is the order on the wire) and runs
    /// `written` after it is out; the reader thread uses it without waiting on the client.
    func enqueue(line: Data, written: @escaping @Sendable () -> Void = {}) {
        enqueue(parts: [line], written: written)
    }

    /// One line given in pieces (a large result between its envelope's head and tail), written
    /// back to back so the pieces are never copied into one buffer.
    func enqueue(parts: [Data], written: @escaping @Sendable () -> Void = {}) {
        queue.async {
            parts.forEach(self.writeAll)
            self.writeAll(Data([UInt8(ascii: "\n")]))
            written()
        }
    }

    /// Waits until every line queued so far is written.
    func flush() {
        queue.sync {}
    }

    // The pieces and the newline go out as separate writes rather than one copied buffer: an
    // answer can be a hundred megabytes (an attachment, three times in base64), and the queue
    // keeps them together on the wire.

    private func writeAll(_ bytes: Data) {
        bytes.withUnsafeBytes { buffer in
            guard buffer.count > 0 else { return }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN {
                    // Someone made the pipe non-blocking; wait until it drains instead of spinning.
                    var poller = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&poller, 1, 1000)
                } else {
                    return  // EPIPE and friends: the client is gone; nothing left to tell it.
                }
            }
        }
    }
}

/// `write(2)`, named apart from the method above.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
