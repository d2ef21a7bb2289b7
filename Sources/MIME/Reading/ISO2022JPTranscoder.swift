/// ISO-2022-JP rewritten as EUC-JP bytes, so that iconv's EUC-JP-MS can decode the NEC special
/// characters (row 13: ①, ㈱, №, …) that Japanese mailers put inside `ESC $ B` runs. glibc's
/// ISO-2022-JP converters reject those (they are outside JIS X 0208), and they are common in
/// business mail. The mapping is mechanical: a JIS X 0208 pair (b1, b2) is EUC (b1|0x80,
/// b2|0x80); JIS X 0212 gets the 0x8F prefix; half-width katakana gets 0x8E.
enum ISO2022JPTranscoder {
    private enum Mode {
        case ascii
        case jisX0208
        case jisX0212
        case halfWidthKatakana
    }

    /// nil when the input uses an escape sequence this subset does not cover (the other
    /// ISO-2022-JP-2 sets); the caller then hands the original bytes to iconv.
    static func eucJPBytes(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output = [UInt8]()
        output.reserveCapacity(input.count)
        var mode = Mode.ascii
        var modeBeforeShiftOut = Mode.ascii
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x1B {
                guard let (newMode, length) = escape(input, at: index) else { return nil }
                if let newMode { mode = newMode }
                index += length
                continue
            }
            if byte == 0x0E {  // SO: some senders switch to katakana this way
                modeBeforeShiftOut = mode
                mode = .halfWidthKatakana
                index += 1
                continue
            }
            if byte == 0x0F {  // SI
                mode = modeBeforeShiftOut
                index += 1
                continue
            }
            switch mode {
            case .ascii:
                output.append(byte)
                index += 1
            case .halfWidthKatakana:
                if (0x21...0x5F).contains(byte) {
                    output.append(contentsOf: [0x8E, byte | 0x80])
                } else {
                    output.append(byte)
                }
                index += 1
            case .jisX0208, .jisX0212:
                // Line breaks inside a double-byte run are a common sender bug: pass them through.
                let isPair =
                    (0x21...0x7E).contains(byte) && index + 1 < input.count
                    && (0x21...0x7E).contains(input[index + 1])
                guard isPair else {
                    output.append(byte)
                    index += 1
                    continue
                }
                if mode == .jisX0212 { output.append(0x8F) }
                output.append(contentsOf: [byte | 0x80, input[index + 1] | 0x80])
                index += 2
            }
        }
        return output
    }

    /// The mode an escape sequence selects (nil for the ones that select nothing we track)
    /// and its length; nil for an unknown sequence.
    private static func escape(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> (Mode?, Int)? {
        func matches(_ sequence: String) -> Bool {
            let bytes = Array(sequence.utf8)
            guard index + 1 + bytes.count <= input.count else { return false }
            return bytes.enumerated().allSatisfy { input[index + 1 + $0.offset] == $0.element }
        }
        let known: [(String, Mode?)] = [
            ("(B", .ascii), ("(J", .ascii), ("(I", .halfWidthKatakana),
            ("$@", .jisX0208), ("$B", .jisX0208), ("$(B", .jisX0208), ("$(Q", .jisX0208), ("$(O", .jisX0208),
            ("$(D", .jisX0212), ("&@", nil),
        ]
        for (sequence, mode) in known where matches(sequence) {
            return (mode, 1 + sequence.utf8.count)
        }
        return nil
    }
}
