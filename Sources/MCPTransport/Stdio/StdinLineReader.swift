import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads newline-delimited messages from a descriptor on a thread of its own, with blocking reads
/// (no polling loop, no change to the descriptor's flags).
struct StdinLineReader: Sendable {
    /// The largest line accepted: a 35 MiB message as base64 inside JSON, with room to spare.
    static let maximumLineBytes = 96 << 20

    let descriptor: Int32

    enum Event {
        case line(Data)
        /// A line over the limit, skipped up to its newline.
        case oversized(Int)
        case endOfInput
    }

    /// Runs `deliver` for every event, in order, on a new thread.
    func start(deliver: @escaping @Sendable (Event) -> Void) {
        let descriptor = self.descriptor
        let thread = Thread {
            Self.readLoop(descriptor: descriptor, deliver: deliver)
        }
        thread.name = "mcp.stdin"
        thread.start()
    }

    private static func readLoop(descriptor: Int32, deliver: (Event) -> Void) {
        var pending = Data()
        var skipping = 0  // > 0 while discarding the rest of an oversized line
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        while true {
            let count = read(descriptor, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {
                    var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&poller, 1, 1000)
                    continue
                }
                break
            }
            if count == 0 { break }
            var bytes = UnsafeRawBufferPointer(rebasing: chunk[0..<count])
            while let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) {
                let head = UnsafeRawBufferPointer(rebasing: bytes[..<newline])
                if skipping > 0 {
                    deliver(.oversized(skipping + head.count))
                    skipping = 0
                } else {
                    pending.append(contentsOf: head)
                    emit(&pending, deliver)
                }
                bytes = UnsafeRawBufferPointer(rebasing: bytes[(newline + 1)...])
            }
            if skipping > 0 {
                skipping += bytes.count
            } else {
                pending.append(contentsOf: bytes)
                if pending.count > maximumLineBytes {
                    skipping = pending.count
                    pending = Data()
                }
            }
        }
        // A last line without its newline is still a message.
        if skipping > 0 {
            deliver(.oversized(skipping))
        } else {
            emit(&pending, deliver)
        }
        deliver(.endOfInput)
    }

    private static func emit(_ pending: inout Data, _ deliver: (Event) -> Void) {
        defer { pending = Data() }
        // Blank lines and a CR before the LF are tolerated: some clients write CRLF.
        var line = pending
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return }
        deliver(.line(line))
    }
}
