/// A domain literal after the `@`: `[192.0.2.1]` or `[IPv6:2001:db8::1]` (RFC 5321 §4.1.3).
///
/// Only the shape is checked (four decimal octets; hex groups with at most one `::`), which is enough to
/// keep nonsense and header syntax out. The `IPv6:` tag is written in its canonical case.
enum AddressDomainLiteral {
    static func wireForm(of text: String, in source: String) throws(AddressInputError) -> String {
        guard text.hasSuffix("]"), text.count >= 2 else {
            throw .notAnAddress(.domain, source, "the address literal after the @ does not end with \"]\"")
        }
        let content = String(text.dropFirst().dropLast())
        if content.lowercased().hasPrefix("ipv6:") {
            let address = String(content.dropFirst(5))
            guard isIPv6(address) else {
                throw .notAnAddress(.domain, source, "\"\(address)\" is not a valid IPv6 address")
            }
            return "[IPv6:\(address)]"
        }
        guard isIPv4(content) else {
            throw .notAnAddress(
                .domain, source,
                "the address literal \"\(text)\" is neither an IPv4 address like [192.0.2.1] nor an IPv6 "
                    + "address like [IPv6:2001:db8::1]")
        }
        return text
    }

    static func isIPv4(_ text: some StringProtocol) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4
            && octets.allSatisfy { octet in
                (1...3).contains(octet.count) && octet.unicodeScalars.allSatisfy(AddressCharacterClass.isASCIIDigit)
                    && Int(octet).map { $0 <= 255 } == true
            }
    }

    /// Eight groups, or fewer around one `::`; the last group may be an embedded IPv4 address (two groups).
    static func isIPv6(_ text: String) -> Bool {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groupCount = 0
        for (index, half) in halves.enumerated() where !half.isEmpty {
            let groups = half.split(separator: ":", omittingEmptySubsequences: false)
            for (position, group) in groups.enumerated() {
                let isLastOverall = index == halves.count - 1 && position == groups.count - 1
                if isLastOverall, group.contains("."), isIPv4(group) {
                    groupCount += 2
                } else if (1...4).contains(group.count), group.allSatisfy(\.isHexDigit), group.allSatisfy(\.isASCII) {
                    groupCount += 1
                } else {
                    return false
                }
            }
        }
        return halves.count == 2 ? groupCount <= 7 : groupCount == 8
    }
}
