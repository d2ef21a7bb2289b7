/// The Punycode encoder of RFC 3492: Bootstring with the parameters IDNA uses, turning a Unicode domain
/// label into the ASCII text that follows `xn--`.
///
/// Only encoding is needed: the parser produces A-labels and never reads them. Case is kept as given (the
/// optional mixed-case annotation of RFC 3492 appendix A is not used); callers lowercase first.
enum AddressPunycode {
    private static let base = 36
    private static let tMin = 1
    private static let tMax = 26
    private static let skew = 38
    private static let damp = 700
    private static let initialBias = 72
    private static let initialN = 0x80

    /// The encoded label without the `xn--` prefix; nil only if the arithmetic would overflow, which takes
    /// input far longer than any domain label.
    static func encode(_ label: String) -> String? {
        let codePoints = label.unicodeScalars.map { Int($0.value) }
        var output = String.UnicodeScalarView(label.unicodeScalars.filter(\.isASCII))
        let basicCount = output.count
        if basicCount > 0 { output.append("-") }

        var n = initialN
        var delta = 0
        var bias = initialBias
        var handledCount = basicCount
        while handledCount < codePoints.count {
            // The smallest code point not yet handled; every remaining one is at least `n`.
            let next = codePoints.filter { $0 >= n }.min() ?? n
            let (step, stepOverflow) = (next - n).multipliedReportingOverflow(by: handledCount + 1)
            let (advanced, addOverflow) = delta.addingReportingOverflow(step)
            guard !stepOverflow, !addOverflow else { return nil }
            delta = advanced
            n = next
            for codePoint in codePoints {
                if codePoint < n {
                    delta += 1
                } else if codePoint == n {
                    appendVariableLengthInteger(delta, bias: bias, to: &output)
                    bias = adapt(delta: delta, pointCount: handledCount + 1, isFirst: handledCount == basicCount)
                    delta = 0
                    handledCount += 1
                }
            }
            delta += 1
            n += 1
        }
        return String(output)
    }

    /// Writes `value` as generalized variable-length integer digits, least significant first.
    private static func appendVariableLengthInteger(_ value: Int, bias: Int, to output: inout String.UnicodeScalarView)
    {
        var q = value
        var k = base
        while true {
            let threshold = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
            if q < threshold { break }
            output.append(digit(threshold + (q - threshold) % (base - threshold)))
            q = (q - threshold) / (base - threshold)
            k += base
        }
        output.append(digit(q))
    }

    private static func adapt(delta: Int, pointCount: Int, isFirst: Bool) -> Int {
        var delta = isFirst ? delta / damp : delta / 2
        delta += delta / pointCount
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    /// 0–25 are a–z, 26–35 are 0–9.
    private static func digit(_ value: Int) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(value < 26 ? 0x61 + value : 0x30 + value - 26))
    }
}
