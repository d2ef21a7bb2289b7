import Foundation

/// A protobuf Timestamp as Google renders it in JSON: RFC 3339 in UTC with a `Z`, fractional
/// seconds only when there are any (`2024-05-06T09:15:00Z`, `2024-05-06T09:15:00.316Z`).
enum GoogleTimestamp {
    static func string(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let whole = Date(timeIntervalSince1970: TimeInterval(milliseconds.quotient(dividingBy: 1000)))
        // The default ISO 8601 style is UTC, `T`-separated, with a `Z`.
        var text = whole.formatted(.iso8601)
        let fraction = milliseconds.remainder(dividingBy: 1000)
        if fraction != 0 {
            text.removeLast()  // the Z
            text += "." + String(format: "%03d", Int(fraction)) + "Z"
        }
        return text
    }
}

extension Int64 {
    /// Floor division, so that dates before 1970 keep a positive fraction.
    fileprivate func quotient(dividingBy divisor: Int64) -> Int64 {
        self >= 0 ? self / divisor : -((-self + divisor - 1) / divisor)
    }

    fileprivate func remainder(dividingBy divisor: Int64) -> Int64 {
        self - quotient(dividingBy: divisor) * divisor
    }
}
