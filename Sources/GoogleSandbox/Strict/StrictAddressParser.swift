/// The RFC 5322 3.4 address grammar, without the obsolete forms of section 4.4: mailboxes as
/// `addr-spec` or `[display-name] <addr-spec>`, groups `name: members;` where a list may hold
/// them, comments ignored. Display names are atoms, quoted strings and (RFC 2047 5) encoded
/// words; encoded words anywhere else are refused, since no reader would decode them.
enum StrictAddressParser {
    enum Shape {
        /// Sender: exactly one mailbox.
        case mailbox
        /// From: one or more mailboxes, no groups.
        case mailboxList
        /// To, Cc, Reply-To: one or more addresses, groups allowed.
        case addressList
        /// Bcc: like an address list, or nothing at all.
        case optionalAddressList
    }

    struct Field {
        let mailboxes: [StrictAddress]
        /// The value with the display names' encoded words decoded in place.
        let decodedValue: String
        let longestEncodedWord: Int
    }

    static func parse(_ value: String, shape: Shape) throws(StrictDecodingFailure) -> Field {
        let bytes = Array(value.utf8)
        var parser = Parser(tokens: try StrictFieldLexer.tokens(of: bytes, grammar: .rfc5322))
        try parser.parseList(shape: shape)
        return Field(
            mailboxes: parser.mailboxes, decodedValue: parser.decodedValue(of: bytes),
            longestEncodedWord: parser.longestEncodedWord)
    }

    private struct Parser {
        let tokens: [StrictFieldToken]
        var position = 0
        var mailboxes: [StrictAddress] = []
        /// Encoded words of display names: where they are and what they say.
        var decodedWords: [(range: Range<Int>, text: String)] = []
        var longestEncodedWord = 0

        init(tokens: [StrictFieldToken]) {
            self.tokens = tokens
        }

        mutating func parseList(shape: Shape) throws(StrictDecodingFailure) {
            guard !tokens.isEmpty else {
                if shape == .optionalAddressList { return }
                throw StrictDecodingFailure("is empty; it must name at least one address")
            }
            while true {
                try parseAddress(allowingGroup: shape == .addressList || shape == .optionalAddressList)
                guard position < tokens.count else { return }
                let token = tokens[position]
                guard token.isSpecial(",") else {
                    throw StrictDecodingFailure(
                        "has \(quotedForReason(token.text)) after an address, where only ',' may follow")
                }
                if shape == .mailbox { throw StrictDecodingFailure("names more than one mailbox; it takes one") }
                position += 1
                guard position < tokens.count else {
                    throw StrictDecodingFailure("ends with ','; an empty address is obsolete syntax (RFC 5322 4.4)")
                }
            }
        }

        /// The index of the first `<`, `:`, `@`, `,` or `;` from `start`, which decides what
        /// kind of address starts there.
        private func firstStructuralSpecial(from start: Int) -> Int {
            var index = start
            while index < tokens.count {
                let token = tokens[index]
                if token.kind == .special, ["<", ":", "@", ",", ";"].contains(token.text) { return index }
                index += 1
            }
            return index
        }

        private mutating func parseAddress(allowingGroup: Bool) throws(StrictDecodingFailure) {
            let stop = firstStructuralSpecial(from: position)
            let stopText = stop < tokens.count ? tokens[stop].text : ""
            if stopText == ":" {
                guard allowingGroup else {
                    throw StrictDecodingFailure("holds a group (name: …;), which this field does not allow")
                }
                guard stop > position else { throw StrictDecodingFailure("has a group without a display name") }
                _ = try displayName(position..<stop)
                position = stop + 1
                try parseGroupMembers()
                return
            }
            try parseMailbox()
        }

        private mutating func parseGroupMembers() throws(StrictDecodingFailure) {
            if position < tokens.count, tokens[position].isSpecial(";") {
                position += 1
                return
            }
            while true {
                try parseMailbox()
                guard position < tokens.count else {
                    throw StrictDecodingFailure("has a group that is never closed with ';'")
                }
                let token = tokens[position]
                position += 1
                if token.isSpecial(";") { return }
                guard token.isSpecial(",") else {
                    throw StrictDecodingFailure(
                        "has \(quotedForReason(token.text)) in a group, where ',' or ';' belongs")
                }
            }
        }

        private mutating func parseMailbox() throws(StrictDecodingFailure) {
            let stop = firstStructuralSpecial(from: position)
            let stopText = stop < tokens.count ? tokens[stop].text : ""
            switch stopText {
            case "<":
                var name: String?
                if stop > position { name = try displayName(position..<stop) }
                position = stop + 1
                if position < tokens.count, tokens[position].isSpecial("@") {
                    throw StrictDecodingFailure("has a source route (<@host:…>), which is obsolete (RFC 5322 4.4)")
                }
                let address = try addrSpec()
                guard position < tokens.count, tokens[position].isSpecial(">") else {
                    throw StrictDecodingFailure("has the address \(quotedForReason(address)) without its closing '>'")
                }
                position += 1
                mailboxes.append(StrictAddress(displayName: name, address: address))
            case "@":
                mailboxes.append(StrictAddress(displayName: nil, address: try addrSpec()))
            default:
                guard stop > position else {
                    throw StrictDecodingFailure(
                        "has an empty address before \(quotedForReason(stopText.isEmpty ? "the end" : stopText))")
                }
                let words = tokens[position..<stop].map(\.text).joined(separator: " ")
                throw StrictDecodingFailure("has \(quotedForReason(words)), which is not an address: it lacks @domain")
            }
        }

        /// local-part "@" domain, each a dot-atom without inner whitespace or a quoted string /
        /// domain literal.
        private mutating func addrSpec() throws(StrictDecodingFailure) -> String {
            guard position < tokens.count else { throw StrictDecodingFailure("ends where an address should be") }
            let local: String
            let first = tokens[position]
            switch first.kind {
            case .quotedString:
                if StrictEncodedWords.containsWordShape(first.text) {
                    throw StrictDecodingFailure("has an encoded word inside an addr-spec, where it is never decoded")
                }
                local = "\"" + escapedForQuoting(first.text) + "\""
                position += 1
            case .atom:
                local = try dotAtom(part: "local part")
            default:
                throw StrictDecodingFailure("has \(quotedForReason(first.text)) where an address's local part belongs")
            }
            guard position < tokens.count, tokens[position].isSpecial("@") else {
                let found = position < tokens.count ? quotedForReason(tokens[position].text) : "the end"
                throw StrictDecodingFailure(
                    "has \(found) after \(quotedForReason(local)), where '@' belongs (a display name with spaces "
                        + "needs the address in angle brackets)")
            }
            position += 1
            guard position < tokens.count else { throw StrictDecodingFailure("has an address without a domain") }
            let domainToken = tokens[position]
            let domain: String
            switch domainToken.kind {
            case .domainLiteral:
                domain = domainToken.text
                position += 1
            case .atom:
                domain = try dotAtom(part: "domain")
            default:
                throw StrictDecodingFailure("has \(quotedForReason(domainToken.text)) where a domain belongs")
            }
            return local + "@" + domain
        }

        private mutating func dotAtom(part: String) throws(StrictDecodingFailure) -> String {
            var text = tokens[position].text
            position += 1
            while position < tokens.count, tokens[position].isSpecial(".") {
                let dot = tokens[position]
                guard position + 1 < tokens.count, tokens[position + 1].kind == .atom else {
                    throw StrictDecodingFailure("has a \(part) \(quotedForReason(text + ".")) that ends in '.'")
                }
                let next = tokens[position + 1]
                guard !dot.followsSpace, !next.followsSpace else {
                    throw StrictDecodingFailure(
                        "has whitespace or a comment around a '.' in the \(part) \(quotedForReason(text)) "
                            + "(obsolete syntax, RFC 5322 4.4)")
                }
                text += "." + next.text
                position += 2
            }
            if StrictEncodedWords.containsWordShape(text) {
                throw StrictDecodingFailure("has an encoded word inside an addr-spec, where it is never decoded")
            }
            return text
        }

        /// The decoded display name of a phrase (RFC 5322 3.2.5): atoms, quoted strings and
        /// encoded words; a bare '.' is obsolete.
        private mutating func displayName(_ range: Range<Int>) throws(StrictDecodingFailure) -> String {
            var name = ""
            var previousWasEncoded = false
            for index in range {
                let token = tokens[index]
                var isEncoded = false
                var text = token.text
                switch token.kind {
                case .atom:
                    if StrictEncodedWords.looksLikeWord(token.text) {
                        text = try StrictEncodedWords.decode(token.text, context: .phrase)
                        longestEncodedWord = max(longestEncodedWord, token.text.count)
                        decodedWords.append((token.range, text))
                        isEncoded = true
                    } else if StrictEncodedWords.containsWordShape(token.text) {
                        throw StrictDecodingFailure(
                            "has an encoded word inside \(quotedForReason(token.text)); it must be a whole word")
                    }
                case .quotedString:
                    if StrictEncodedWords.containsWordShape(token.text) {
                        throw StrictDecodingFailure(
                            "has an encoded word inside the quoted string \(quotedForReason(token.text)), where it "
                                + "is never decoded (RFC 2047 5)")
                    }
                case .special where token.text == ".":
                    let words = tokens[range].map(\.text).joined(separator: " ")
                    throw StrictDecodingFailure(
                        "has an unquoted '.' in the display name \(quotedForReason(words)); quote the name "
                            + "(obsolete syntax, RFC 5322 4.1)")
                default:
                    throw StrictDecodingFailure("has \(quotedForReason(token.text)) inside a display name")
                }
                if index > range.lowerBound, !(isEncoded && previousWasEncoded) { name += " " }
                name += text
                previousWasEncoded = isEncoded
            }
            return name
        }

        private func escapedForQuoting(_ text: String) -> String {
            var output = ""
            for character in text {
                if character == "\"" || character == "\\" { output.append("\\") }
                output.append(character)
            }
            return output
        }

        /// The field value with each display-name encoded word replaced by its text, and the
        /// whitespace between two adjacent encoded words dropped.
        func decodedValue(of bytes: [UInt8]) -> String {
            guard !decodedWords.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            var output = ""
            var cursor = 0
            var previousEnd: Int?
            for word in decodedWords {
                let gap = bytes[cursor..<word.range.lowerBound]
                if previousEnd == cursor, gap.allSatisfy(\.isWhitespace) {
                    // Adjacent encoded words: the whitespace between them is not text.
                } else {
                    output += String(decoding: gap, as: UTF8.self)
                }
                output += word.text
                cursor = word.range.upperBound
                previousEnd = cursor
            }
            return output + String(decoding: bytes[cursor...], as: UTF8.self)
        }
    }
}
