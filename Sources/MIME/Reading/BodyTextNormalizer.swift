/// The one normalization applied to decoded body parts (text and HTML alike): CRLF becomes LF
/// (mail on the wire is CRLF; readers and models expect LF). Everything else is kept: leading
/// and trailing spaces, trailing line breaks (a part's content ends where its last line break
/// is content: the CRLF before a MIME boundary belongs to the boundary, and Gmail's part data
/// already leaves it out), blank lines, lone CRs, format=flowed soft breaks.
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
            return String(decoding: output, as: UTF8.self)
        }
    }
}
