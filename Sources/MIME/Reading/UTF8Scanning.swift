/// UTF-8 well-formedness (Unicode Table 3-7: no overlongs, no surrogates, nothing above
/// U+10FFFF) and the repairing decoder every fallback path ends in.
enum UTF8Scanning {
    /// Length of the well-formed sequence starting at `index`, or 0 when none starts there.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let available = bytes.count - index
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            offset < available && range.contains(bytes[index + offset])
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return false }
            index += length
        }
        return true
    }

    static func containsNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 >= 0x80 }
    }

    /// UTF-8 where the bytes are UTF-8; every byte that starts no valid sequence is read as
    /// windows-1252 instead. This keeps mixed text (a UTF-8 reply quoting a Latin-1 original,
    /// or a "utf-8" label on Latin-1 bytes) readable and never drops a byte.
    static func decodeRepairing(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if isValid(bytes) { return String(decoding: bytes, as: UTF8.self) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + bytes.count / 2)
        var index = 0
        while index < bytes.count {
            let length = sequenceLength(bytes, at: index)
            if length > 0 {
                output.append(contentsOf: bytes[index..<index + length])
                index += length
            } else {
                Windows1252.appendUTF8(of: bytes[index], to: &output)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}
