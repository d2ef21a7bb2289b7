/// RFC 5322 §2.2.3 unfolding: a line break followed by a space or tab is removed, leaving the
/// space or tab. Bare LF (and bare CR) folds are accepted too, since Gmail and many tools hand
/// header values around with LF line ends. A line break that is not followed by whitespace is
/// not a fold and is kept.
enum HeaderUnfolding {
    static func unfold(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { return value }
        let bytes = Array(value.utf8)
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D || byte == 0x0A {
                var end = index + 1
                if byte == 0x0D, end < bytes.count, bytes[end] == 0x0A { end += 1 }
                if end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 {
                    index = end
                    continue
                }
            }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
