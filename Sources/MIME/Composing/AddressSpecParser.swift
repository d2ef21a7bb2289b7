/// Validates one addr-spec (`local@domain`) and builds the mailbox from it.
///
/// The split is at the single `@` outside a quoted local part; each half is then checked and normalized by
/// its own rules, and the whole address is held to the 254-octet limit of RFC 5321's forward-path.
enum AddressSpecParser {
    static let maximumOctets = 254

    /// `source` is the list entry as written, quoted in errors; `isOneOfSeveral` says the list had other
    /// entries, which makes a missing @ likely to come from an unquoted comma in a display name.
    static func mailbox(
        _ parts: AddressItemReader.Parts, source: String, isOneOfSeveral: Bool
    ) throws(AddressInputError) -> OutgoingMailbox {
        let scalars = Array(parts.addrSpec.unicodeScalars)
        let unquoted = unquotedOffsets(in: scalars)
        let atSigns = unquoted.filter { scalars[$0] == "@" }
        guard let at = atSigns.first else {
            throw .notAnAddress(.syntax, source, missingAtProblem(isOneOfSeveral: isOneOfSeveral))
        }
        if unquoted.contains(where: { AddressCharacterClass.isWhitespace(scalars[$0]) }) {
            throw .notAnAddress(.syntax, source, spaceProblem(in: parts.addrSpec))
        }
        guard atSigns.count == 1 else {
            throw .notAnAddress(.syntax, source, "it has more than one @")
        }
        let localPart = try AddressLocalPart.wireForm(of: string(scalars[..<at]), in: source)
        let domain = try AddressDomain.wireForm(of: string(scalars[(at + 1)...]), in: source)
        let octets = localPart.utf8.count + 1 + domain.utf8.count
        guard octets <= maximumOctets else {
            throw .notAnAddress(
                .tooLong, source, "the address is \(octets) octets long; at most \(maximumOctets) are allowed")
        }
        return OutgoingMailbox(displayName: parts.displayName, localPart: localPart, domain: domain)
    }

    /// Offsets of the scalars outside double quotes (the quotes themselves excluded), so that a quoted
    /// local part may hold `@` and spaces.
    private static func unquotedOffsets(in scalars: [Unicode.Scalar]) -> [Int] {
        var offsets: [Int] = []
        var inQuotes = false
        var escaped = false
        for (offset, scalar) in scalars.enumerated() {
            if escaped {
                escaped = false
            } else if inQuotes, scalar == "\\" {
                escaped = true
            } else if scalar == "\"" {
                inQuotes.toggle()
            } else if !inQuotes {
                offsets.append(offset)
            }
        }
        return offsets
    }

    /// `Alice alice@x.com` is almost always a display name without its angle brackets: say how to write it.
    private static func spaceProblem(in addrSpec: String) -> String {
        let words = addrSpec.split(whereSeparator: \.isWhitespace)
        guard words.count > 1, let last = words.last, last.contains("@") else {
            return "it contains a space, which an address cannot hold"
        }
        let name = words.dropLast().joined(separator: " ")
        return "it contains a space, which an address cannot hold; to give a name, write \(name) <\(last)>"
    }

    private static func missingAtProblem(isOneOfSeveral: Bool) -> String {
        guard isOneOfSeveral else { return "it has no @ (an address looks like alice@example.com)" }
        return "it has no @; if it is part of a display name that contains a comma or semicolon, put the name "
            + "in double quotes, as in \"Smith, Alice\" <alice@example.com>"
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
