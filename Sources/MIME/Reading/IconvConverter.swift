#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The result of one iconv run: the text, and how many times the input had a byte sequence
/// the charset does not define. Callers use the count to tell a damaged text (a few bad
/// bytes: keep the conversion) from a lying label (many bad bytes: decode otherwise).
struct IconvConversion {
    var text: String
    var invalidSequences: Int
}

/// glibc iconv to UTF-8. An iconv descriptor carries shift state and is not safe to share, so
/// every conversion opens its own and closes it before returning: callers on any thread are
/// fine, and glibc caches the loaded converter modules itself, so opening is cheap.
enum IconvConverter {
    /// nil when iconv does not know `charset`.
    static func convert(_ input: UnsafeBufferPointer<UInt8>, from charset: String) -> IconvConversion? {
        guard let descriptor = open(charset) else { return nil }
        defer { iconv_close(descriptor) }

        var output = [UInt8]()
        output.reserveCapacity(input.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var position = 0
        var invalidSequences = 0
        let base = input.baseAddress.map { UnsafeMutablePointer(mutating: $0) }

        while true {
            let (consumed, failure) = step(
                descriptor, input: base.map { $0 + position }, count: input.count - position, chunk: &chunk,
                into: &output)
            position += consumed
            guard let failure else { break }
            switch failure {
            case E2BIG:
                continue
            case EINVAL:
                // A multibyte sequence cut off by the end of the input.
                invalidSequences += 1
                for byte in input[position...] { Windows1252.appendUTF8(of: byte, to: &output) }
                position = input.count
            default:
                // EILSEQ: one undefined sequence. Show its first byte and resynchronize after it.
                invalidSequences += 1
                Windows1252.appendUTF8(of: input[position], to: &output)
                position += 1
            }
            if position >= input.count { break }
        }
        // Stateful charsets (ISO-2022-*) may owe a final reset sequence.
        _ = step(descriptor, input: nil, count: 0, chunk: &chunk, into: &output)
        return IconvConversion(text: String(decoding: output, as: UTF8.self), invalidSequences: invalidSequences)
    }

    private static func open(_ charset: String) -> iconv_t? {
        let descriptor = iconv_open("UTF-8", charset)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        return descriptor
    }

    /// One iconv call; `input == nil` flushes the shift state. Returns the bytes consumed and
    /// the errno of a failed call.
    private static func step(
        _ descriptor: iconv_t, input: UnsafeMutablePointer<UInt8>?, count: Int, chunk: inout [UInt8],
        into output: inout [UInt8]
    ) -> (consumed: Int, failure: Int32?) {
        chunk.withUnsafeMutableBufferPointer { chunkBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = input.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            var inLeft = count
            var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(chunkBuffer.baseAddress!)
                .assumingMemoryBound(to: CChar.self)
            var outLeft = chunkBuffer.count
            let result: Int
            if input == nil {
                result = iconv(descriptor, nil, nil, &outPointer, &outLeft)
            } else {
                result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            }
            let failure = result == -1 ? errno : nil
            output.append(contentsOf: chunkBuffer[0..<(chunkBuffer.count - outLeft)])
            return (count - inLeft, failure)
        }
    }
}
