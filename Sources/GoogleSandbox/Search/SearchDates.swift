import Foundation

/// Dates in queries. Gmail reads `after:`/`before:` dates at midnight in the account's time
/// zone; the fake's account lives in UTC.
enum SearchDates {
    private static var utcCalendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// `2024/01/15`, `2024-1-15` or epoch seconds, as epoch milliseconds.
    static func milliseconds(ofDate text: String) -> Int64? {
        if !text.isEmpty, text.allSatisfy(\.isASCIIDigit), let seconds = Int64(text) {
            return seconds * 1000
        }
        let fields = text.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { Int($0) }
        guard fields.count == 3, let year = fields[0], let month = fields[1], let day = fields[2],
            (1...12).contains(month), (1...31).contains(day), year >= 1970
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = utcCalendar.date(from: components) else { return nil }
        return Int64(date.timeIntervalSince1970 * 1000)
    }

    /// `7d`, `2m`, `1y` back from `now`, as epoch milliseconds.
    static func milliseconds(ofAge text: String, now: Date) -> Int64? {
        guard let unit = text.last, let amount = Int(text.dropLast()), amount >= 0 else { return nil }
        let component: Calendar.Component
        switch unit.lowercased() {
        case "d": component = .day
        case "m": component = .month
        case "y": component = .year
        default: return nil
        }
        guard let date = utcCalendar.date(byAdding: component, value: -amount, to: now) else { return nil }
        return Int64(date.timeIntervalSince1970 * 1000)
    }

    /// `10M`, `512K` or plain bytes, for `larger:` and `smaller:`.
    static func bytes(ofSize text: String) -> Int? {
        let upper = text.uppercased()
        if let number = Int(upper) { return number }
        guard let unit = upper.last, let amount = Int(upper.dropLast()) else { return nil }
        switch unit {
        case "K": return amount * 1024
        case "M": return amount * 1024 * 1024
        default: return nil
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
