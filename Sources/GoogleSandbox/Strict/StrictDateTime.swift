/// The RFC 5322 3.3 date-time, without the obsolete forms of 4.3: `[day-name ","] day month
/// year hour:minute[:second] ±hhmm`, names in any case, a four-digit (or longer) year from
/// 1900 on, a real calendar date whose day name (when given) is the right one, and a numeric
/// zone.
enum StrictDateTime {
    private static let dayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
    private static let fullDayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    static func validate(_ value: String) throws(StrictDecodingFailure) {
        let tokens = try StrictFieldLexer.tokens(of: Array(value.utf8), grammar: .rfc5322)
        var position = 0
        func next() -> StrictFieldToken? {
            guard position < tokens.count else { return nil }
            defer { position += 1 }
            return tokens[position]
        }
        func fail(_ what: String) -> StrictDecodingFailure {
            StrictDecodingFailure("is \(quotedForReason(value)), not an RFC 5322 date-time: \(what) (RFC 5322 3.3)")
        }

        var dayOfWeek: Int?
        if let first = tokens.first, first.kind == .atom, first.text.first?.isLetter == true {
            guard let index = dayNames.firstIndex(of: first.text.lowercased()) else {
                throw fail("\(quotedForReason(first.text)) is not a day name")
            }
            guard tokens.count > 1, tokens[1].isSpecial(",") else { throw fail("the day name must be followed by ','") }
            dayOfWeek = index
            position = 2
        }
        guard let dayToken = next(), let day = number(dayToken, digits: 1...2) else {
            throw fail("the day of the month must be one or two digits")
        }
        guard let monthToken = next(), monthToken.kind == .atom,
            let month = monthNames.firstIndex(of: monthToken.text.lowercased()).map({ $0 + 1 })
        else { throw fail("the month must be a three-letter English name") }
        guard let yearToken = next(), let year = number(yearToken, digits: 4...9), year >= 1900 else {
            throw fail("the year must have four digits and be 1900 or later")
        }
        guard (1...daysIn(month: month, year: year)).contains(day) else {
            throw fail("day \(day) does not exist in that month")
        }
        guard let hourToken = next(), let hour = number(hourToken, digits: 2...2), hour < 24 else {
            throw fail("the hour must be two digits, 00 to 23")
        }
        try expectColon(next(), fail: fail)
        guard let minuteToken = next(), !minuteToken.followsSpace, let minute = number(minuteToken, digits: 2...2),
            minute < 60
        else { throw fail("the minute must be two digits, 00 to 59") }
        if position < tokens.count, tokens[position].isSpecial(":") {
            try expectColon(next(), fail: fail)
            guard let secondToken = next(), !secondToken.followsSpace,
                let second = number(secondToken, digits: 2...2), second <= 60
            else { throw fail("the second must be two digits, 00 to 60") }
        }
        guard let zone = next(), zone.kind == .atom, zone.text.utf8.count == 5,
            zone.text.hasPrefix("+") || zone.text.hasPrefix("-"),
            zone.text.dropFirst().allSatisfy(\.isASCIIDigit), let zoneMinutes = Int(zone.text.suffix(2)),
            zoneMinutes < 60
        else { throw fail("the zone must be +hhmm or -hhmm (names such as GMT are obsolete)") }
        guard position == tokens.count else { throw fail("\(quotedForReason(tokens[position].text)) follows the zone") }
        if let dayOfWeek, dayOfWeek != weekday(year: year, month: month, day: day) {
            throw fail("that date is a \(fullDayNames[weekday(year: year, month: month, day: day)])")
        }
    }

    private static func expectColon(
        _ token: StrictFieldToken?, fail: (String) -> StrictDecodingFailure
    ) throws(StrictDecodingFailure) {
        guard let token, token.isSpecial(":"), !token.followsSpace else {
            throw fail("the time must be hh:mm or hh:mm:ss without spaces")
        }
    }

    private static func number(_ token: StrictFieldToken, digits: ClosedRange<Int>) -> Int? {
        guard token.kind == .atom, digits.contains(token.text.count), token.text.allSatisfy(\.isASCIIDigit) else {
            return nil
        }
        return Int(token.text)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// 0 for Sunday; Sakamoto's method for the Gregorian calendar.
    private static func weekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }
}
