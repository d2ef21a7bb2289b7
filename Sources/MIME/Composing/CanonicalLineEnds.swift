/// Text parts travel with CRLF line ends (RFC 2046 4.1.1): LF, CR and CRLF in what the caller
/// wrote all become CRLF, so no reader sees a bare CR or LF.
enum CanonicalLineEnds {
    static func utf8WithCRLF(_ text: String) -> [UInt8] {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count + text.utf8.count / 40)
        var previousWasCR = false
        for byte in text.utf8 {
            switch byte {
            case 0x0D:
                output += [0x0D, 0x0A]
                previousWasCR = true
            case 0x0A:
                if !previousWasCR { output += [0x0D, 0x0A] }
                previousWasCR = false
            default:
                output.append(byte)
                previousWasCR = false
            }
        }
        return output
    }
}
