/// Content-Type and Content-Disposition (RFC 2045 5.1, RFC 2183 2): a value, then
/// `; attribute=value` parameters whose values are tokens or quoted strings, with RFC 2231
/// extended values (`name*=charset'lang'%XX…`) and continuations (`name*0*=…; name*1=…`)
/// joined and decoded.
struct StrictParameterizedField {
    /// Lowercased: `text/plain`, `attachment`.
    let value: String
    let parameters: [String: String]

    enum Kind { case contentType, disposition }

    init(parsing raw: String, kind: Kind) throws(StrictDecodingFailure) {
        let tokens = try StrictFieldLexer.tokens(of: Array(raw.utf8), grammar: .mime)
        var position = 0
        guard let first = tokens.first, first.kind == .atom else {
            throw StrictDecodingFailure(
                kind == .contentType ? "does not start with a type/subtype" : "does not start with a disposition type")
        }
        if kind == .contentType {
            guard tokens.count >= 3, tokens[1].isSpecial("/"), tokens[2].kind == .atom else {
                throw StrictDecodingFailure(
                    "has \(quotedForReason(raw)), which does not start with type/subtype tokens (RFC 2045 5.1)")
            }
            value = (first.text + "/" + tokens[2].text).lowercased()
            position = 3
        } else {
            value = first.text.lowercased()
            position = 1
        }

        var raws: [RawParameter] = []
        while position < tokens.count {
            guard tokens[position].isSpecial(";") else {
                throw StrictDecodingFailure(
                    "has \(quotedForReason(tokens[position].text)) where ';' and a parameter belong")
            }
            guard position + 3 <= tokens.count, tokens[position + 1].kind == .atom,
                tokens[position + 2].isSpecial("=")
            else {
                throw StrictDecodingFailure(
                    position + 1 == tokens.count
                        ? "ends with ';' (an empty parameter)"
                        : "has a parameter that is not attribute=value after ';' (RFC 2045 5.1)")
            }
            let name = tokens[position + 1].text.lowercased()
            let valueToken = tokens[position + 3]
            guard valueToken.kind == .atom || valueToken.kind == .quotedString else {
                throw StrictDecodingFailure(
                    "has the parameter \(name) whose value \(quotedForReason(valueToken.text)) is neither a token "
                        + "nor a quoted string")
            }
            if raws.contains(where: { $0.name == name }) {
                throw StrictDecodingFailure("has the parameter \(name) twice")
            }
            raws.append(RawParameter(name: name, value: valueToken.text, isQuoted: valueToken.kind == .quotedString))
            position += 4
        }
        parameters = try StrictExtendedParameters.assemble(raws)
    }
}

struct RawParameter {
    let name: String
    let value: String
    let isQuoted: Bool
}

/// RFC 2231 sections 3 and 4: extended values and continuations, with the order and syntax
/// the RFC asks for (sections numbered from 0 without gaps or leading zeros, in order;
/// percent escapes `%XX` in uppercase hex; the charset on the first section only).
enum StrictExtendedParameters {
    private struct Section {
        let number: Int
        let isExtended: Bool
        let value: String
        let isQuoted: Bool
    }

    static func assemble(_ raws: [RawParameter]) throws(StrictDecodingFailure) -> [String: String] {
        var plain: [String: String] = [:]
        var sectioned: [String: [Section]] = [:]
        var singleExtended: [String: String] = [:]
        var order: [String] = []
        for raw in raws {
            guard let star = raw.name.firstIndex(of: "*") else {
                plain[raw.name] = raw.value
                continue
            }
            let base = String(raw.name[..<star])
            let suffix = raw.name[raw.name.index(after: star)...]
            if !order.contains(base) { order.append(base) }
            if suffix.isEmpty {
                singleExtended[base] = try extendedValue(raw, named: raw.name)
                continue
            }
            let isExtended = suffix.hasSuffix("*")
            let digits = isExtended ? suffix.dropLast() : suffix
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), digits == "0" || !digits.hasPrefix("0"),
                let number = Int(digits)
            else {
                throw StrictDecodingFailure(
                    "has the parameter name \(raw.name), which is not name*, name*N or name*N* (RFC 2231 3)")
            }
            sectioned[base, default: []].append(
                Section(number: number, isExtended: isExtended, value: raw.value, isQuoted: raw.isQuoted))
        }
        var result = plain
        for base in order {
            if let value = singleExtended[base] {
                guard sectioned[base] == nil else {
                    throw StrictDecodingFailure("has both \(base)* and numbered \(base)*N sections")
                }
                result[base] = value
            } else if let sections = sectioned[base] {
                result[base] = try joined(sections, base: base)
            }
        }
        return result
    }

    private static func joined(_ sections: [Section], base: String) throws(StrictDecodingFailure) -> String {
        for (expected, section) in sections.enumerated() where section.number != expected {
            throw StrictDecodingFailure(
                "has the sections of \(base) out of order or with a gap: \(base)*\(section.number) where "
                    + "\(base)*\(expected) belongs (RFC 2231 3)")
        }
        var charset = StrictCharset.usASCII
        var charsetName = "US-ASCII"
        var bytes: [UInt8] = []
        for section in sections {
            let name = "\(base)*\(section.number)\(section.isExtended ? "*" : "")"
            guard section.isExtended else {
                bytes += Array(section.value.utf8)
                continue
            }
            if section.number == 0 {
                let (declared, declaredName, rest) = try splitCharset(section.value, named: name)
                charset = declared
                charsetName = declaredName
                bytes += try percentDecoded(rest, named: name, quoted: section.isQuoted)
            } else {
                guard sections[0].isExtended else {
                    throw StrictDecodingFailure(
                        "has the encoded section \(name) after a plain \(base)*0, which carries no charset "
                            + "(RFC 2231 4.1)")
                }
                bytes += try percentDecoded(Substring(section.value), named: name, quoted: section.isQuoted)
            }
        }
        guard let text = charset.decode(bytes) else {
            throw StrictDecodingFailure("has a value of \(base) that is not valid \(charsetName) once decoded")
        }
        return text
    }

    private static func extendedValue(_ raw: RawParameter, named name: String) throws(StrictDecodingFailure) -> String {
        let (charset, charsetName, rest) = try splitCharset(raw.value, named: name)
        let bytes = try percentDecoded(rest, named: name, quoted: raw.isQuoted)
        guard let text = charset.decode(bytes) else {
            throw StrictDecodingFailure("has a value of \(name) that is not valid \(charsetName) once decoded")
        }
        return text
    }

    /// `charset'language'rest`; an empty charset means US-ASCII.
    private static func splitCharset(
        _ value: String, named name: String
    ) throws(StrictDecodingFailure) -> (StrictCharset, String, Substring) {
        let pieces = value.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
        guard pieces.count == 3 else {
            throw StrictDecodingFailure(
                "has \(name)=\(quotedForReason(value)) without the charset'language' prefix (RFC 2231 4)")
        }
        let charsetName = pieces[0].isEmpty ? "US-ASCII" : String(pieces[0])
        guard let charset = StrictCharset(name: charsetName) else {
            throw StrictDecodingFailure(
                "has \(name) in the unsupported charset '\(charsetName)' (supported: "
                    + "\(StrictCharset.supportedNames))")
        }
        return (charset, charsetName, pieces[2])
    }

    /// RFC 2231 extended-other-values: attribute characters and `%XX` escapes, unquoted.
    private static func percentDecoded(
        _ text: Substring, named name: String, quoted: Bool
    ) throws(StrictDecodingFailure) -> [UInt8] {
        guard !quoted else {
            throw StrictDecodingFailure("has the extended value of \(name) in quotes; RFC 2231 values are bare")
        }
        let input = Array(text.utf8)
        var output: [UInt8] = []
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < input.count, input[index + 1].isUppercaseHexDigit,
                    input[index + 2].isUppercaseHexDigit
                else {
                    throw StrictDecodingFailure(
                        "has a '%' in \(name) not followed by two uppercase hex digits (RFC 2231 7)")
                }
                output.append(
                    StrictEncodedWords.hexValue(input[index + 1]) << 4 | StrictEncodedWords.hexValue(input[index + 2]))
                index += 3
                continue
            }
            guard byte != UInt8(ascii: "*"), byte != UInt8(ascii: "'") else {
                throw StrictDecodingFailure(
                    "has '\(UnicodeScalar(byte))' in \(name), which must be %-escaped (RFC 2231 7)")
            }
            output.append(byte)
            index += 1
        }
        return output
    }
}
