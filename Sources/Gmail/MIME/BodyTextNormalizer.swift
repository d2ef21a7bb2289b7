/// The one normalization applied to decoded body parts (text and HTML alike): CRLF becomes LF
/// (mail on the wire is CRLF; readers and models expect LF), then exactly one trailing LF is
/// removed (the line end that closes the last line, not content). Everything else is kept:
/// leading and trailing spaces, further blank lines, lone CRs, format=flowed soft breaks.
enum BodyTextNormalizer {
    static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    index += 1
                    continue
                }
                output.append(byte)
                index += 1
            }
            if output.last == 0x0A { output.removeLast() }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
