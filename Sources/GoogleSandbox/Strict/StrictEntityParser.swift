import Foundation

/// Reads one entity (the message, a body part, an encapsulated message) from its lines, and
/// recursively everything inside it, throwing at the first broken rule. Lines are numbered over
/// the whole message, since multiparts and message/rfc822 bodies are never transfer-encoded
/// and so every entity is a run of the message's own lines.
struct StrictEntityParser {
    static let maximumDepth = 40

    let bytes: [UInt8]
    let lines: [StrictLine]
    private(set) var longestHeaderLine = 0
    private(set) var longestEncodedWord = 0

    init(bytes: [UInt8], lines: [StrictLine]) {
        self.bytes = bytes
        self.lines = lines
    }

    struct Entity {
        let part: StrictPart
        let addressLists: [String: [StrictAddress]]
        let messageIDLists: [String: [String]]
    }

    /// The interpreted header section of an entity.
    private struct Fields {
        var headers: [StrictHeader] = []
        var addressLists: [String: [StrictAddress]] = [:]
        var messageIDLists: [String: [String]] = [:]
        var contentType: StrictParameterizedField?
        var disposition: StrictParameterizedField?
        var transferEncoding: String?
    }

    mutating func parseEntity(
        _ span: StrictSpan, location: StrictLocation, depth: Int, isMessage: Bool, defaultType: String
    ) throws(StrictMessageViolation) -> Entity {
        guard depth <= Self.maximumDepth else {
            throw StrictMessageViolation(
                "\(location) is nested \(depth) levels deep; the parser stops at \(Self.maximumDepth)")
        }
        let section = try StrictHeaderSection(bytes: bytes, lines: lines, span: span, location: location)
        longestHeaderLine = max(longestHeaderLine, section.longestLine)
        let fields = try interpret(section.fields, location: location, isMessage: isMessage)
        let body = span.suffix(from: section.bodyStart)

        let mimeType = fields.contentType?.value ?? defaultType
        let parameters = fields.contentType?.parameters ?? [:]
        let encoding = fields.transferEncoding ?? "7bit"
        var content: Data
        var text: String?
        var children: [StrictPart] = []
        if mimeType.hasPrefix("multipart/") || mimeType == "message/rfc822" {
            guard StrictTransferDecoding.identityEncodings.contains(encoding) else {
                throw StrictMessageViolation(
                    "\(location) is \(mimeType) with Content-Transfer-Encoding \(encoding); a composite type "
                        + "allows only 7bit, 8bit or binary (RFC 2045 6.4, RFC 2046 5.2.1)",
                    header: "Content-Transfer-Encoding")
            }
            if encoding == "7bit" {
                try StrictTransferDecoding.requireASCII(bytes, lines: lines, body: body, location: location)
            }
            content = Data(bytes[body.byteRange(in: lines)])
            if mimeType == "message/rfc822" {
                guard !body.lines.isEmpty else {
                    throw StrictMessageViolation("\(location) is message/rfc822 but holds no message")
                }
                let inner = try parseEntity(
                    body, location: location.encapsulated, depth: depth + 1, isMessage: true,
                    defaultType: "text/plain")
                children = [inner.part]
            } else {
                children = try parseMultipart(
                    body, mimeType: mimeType, parameters: parameters, location: location, depth: depth)
            }
        } else {
            content = try StrictTransferDecoding.decode(
                bytes, lines: lines, body: body, encoding: encoding, location: location)
            if mimeType.hasPrefix("text/") {
                text = try decodeText(
                    content, mimeType: mimeType, charsetName: parameters["charset"], location: location)
            }
        }
        let part = StrictPart(
            headers: fields.headers, mimeType: mimeType, parameters: parameters,
            disposition: fields.disposition?.value, dispositionParameters: fields.disposition?.parameters ?? [:],
            filename: filename(disposition: fields.disposition, parameters: parameters),
            transferEncoding: encoding, content: content, text: text, children: children)
        return Entity(part: part, addressLists: fields.addressLists, messageIDLists: fields.messageIDLists)
    }

    // MARK: Header fields

    private mutating func interpret(
        _ raws: [StrictRawField], location: StrictLocation, isMessage: Bool
    ) throws(StrictMessageViolation) -> Fields {
        var fields = Fields()
        var seen: Set<String> = []
        for raw in raws {
            let name = raw.name.lowercased()
            func violation(_ failure: StrictDecodingFailure) -> StrictMessageViolation {
                StrictMessageViolation(
                    "line \(raw.line): the \(raw.name) field of \(location) \(failure.reason)", header: raw.name)
            }
            let isSingle =
                StrictFieldRules.singleInEntity.contains(name)
                || (isMessage && StrictFieldRules.singleInMessage.contains(name))
            if isSingle {
                guard seen.insert(name).inserted else {
                    throw StrictMessageViolation(
                        "line \(raw.line): \(location) has a second \(raw.name) field; only one is allowed "
                            + "(RFC 5322 3.6, RFC 2045)", header: raw.name)
                }
            }
            var decoded = raw.value
            do throws(StrictDecodingFailure) {
                if isMessage, let shape = StrictFieldRules.addressShape(of: name) {
                    let field = try StrictAddressParser.parse(raw.value, shape: shape)
                    fields.addressLists[name] = field.mailboxes
                    decoded = field.decodedValue
                    longestEncodedWord = max(longestEncodedWord, field.longestEncodedWord)
                } else if name == "message-id" || name == "in-reply-to" || name == "references" {
                    let ids = try StrictMessageIDParser.parse(raw.value, single: name == "message-id")
                    if isMessage { fields.messageIDLists[name] = ids }
                } else if name == "content-id" {
                    _ = try StrictMessageIDParser.parse(raw.value, single: true)
                } else if name == "date" {
                    try StrictDateTime.validate(raw.value)
                } else if name == "mime-version" {
                    try Self.validateMIMEVersion(raw.value)
                } else if name == "content-type" {
                    fields.contentType = try StrictParameterizedField(parsing: raw.value, kind: .contentType)
                } else if name == "content-disposition" {
                    fields.disposition = try StrictParameterizedField(parsing: raw.value, kind: .disposition)
                } else if name == "content-transfer-encoding" {
                    fields.transferEncoding = try Self.transferEncoding(raw.value)
                } else if !StrictFieldRules.structured.contains(name) {
                    decoded = try StrictEncodedWords.decodeUnstructured(raw.value, longest: &longestEncodedWord)
                }
            } catch {
                throw violation(error)
            }
            fields.headers.append(
                StrictHeader(name: raw.name, rawValue: raw.value, decodedValue: decoded, line: raw.line))
        }
        if isMessage, !seen.contains("mime-version"),
            let first = raws.first(where: { $0.name.lowercased().hasPrefix("content-") })
        {
            throw StrictMessageViolation(
                "\(location) has a \(first.name) field (line \(first.line)) but no MIME-Version: 1.0 (RFC 2045 4)",
                header: "MIME-Version")
        }
        return fields
    }

    /// `1.0`, comments allowed around it (RFC 2045 4).
    private static func validateMIMEVersion(_ value: String) throws(StrictDecodingFailure) {
        let tokens = try StrictFieldLexer.tokens(of: Array(value.utf8), grammar: .mime)
        guard tokens.count == 1, tokens[0].text == "1.0" else {
            throw StrictDecodingFailure("is \(quotedForReason(value)); the only MIME version is 1.0 (RFC 2045 4)")
        }
    }

    private static func transferEncoding(_ value: String) throws(StrictDecodingFailure) -> String {
        let tokens = try StrictFieldLexer.tokens(of: Array(value.utf8), grammar: .mime)
        let encoding = tokens.count == 1 && tokens[0].kind == .atom ? tokens[0].text.lowercased() : ""
        guard StrictTransferDecoding.knownEncodings.contains(encoding) else {
            throw StrictDecodingFailure(
                "is \(quotedForReason(value)); it must be 7bit, 8bit, binary, quoted-printable or base64 "
                    + "(RFC 2045 6.1)")
        }
        return encoding
    }

    // MARK: Bodies

    /// RFC 2046 4.1.2: text without a charset is US-ASCII; other text must say its charset and
    /// decode in it exactly.
    private func decodeText(
        _ content: Data, mimeType: String, charsetName: String?, location: StrictLocation
    ) throws(StrictMessageViolation) -> String {
        let charset: StrictCharset
        if let charsetName {
            guard let known = StrictCharset(name: charsetName) else {
                throw StrictMessageViolation(
                    "\(location) declares the unsupported charset '\(charsetName)' (supported: "
                        + "\(StrictCharset.supportedNames))", header: "Content-Type")
            }
            charset = known
        } else {
            guard content.allSatisfy({ $0 < 0x80 }) else {
                throw StrictMessageViolation(
                    "\(location) is \(mimeType) with non-ASCII content but no charset parameter (RFC 2046 4.1.2)",
                    header: "Content-Type")
            }
            charset = .usASCII
        }
        guard let text = charset.decode(content) else {
            throw StrictMessageViolation(
                "the content of \(location) is not valid \(charsetName ?? "US-ASCII"), its declared charset")
        }
        return text
    }

    private func filename(disposition: StrictParameterizedField?, parameters: [String: String]) -> String? {
        guard let value = disposition?.parameters["filename"] ?? parameters["name"] else { return nil }
        return Self.legacyEncodedWordsDecoded(value) ?? value
    }

    /// A parameter value made only of encoded words, decoded; nil for anything else. Encoded
    /// words in a quoted parameter are not RFC 2047, but senders add them for old readers.
    private static func legacyEncodedWordsDecoded(_ value: String) -> String? {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !words.isEmpty, words.allSatisfy({ StrictEncodedWords.looksLikeWord($0) }) else { return nil }
        var decoded = ""
        for word in words {
            guard let text = try? StrictEncodedWords.decode(word, context: .text) else { return nil }
            decoded += text
        }
        return decoded
    }
}
