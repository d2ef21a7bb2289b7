/// Why an address given for an outgoing message was refused, phrased for the agent or person who wrote it.
public struct AddressInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case lineBreak, controlCharacter, empty, syntax, localPart, domain, tooLong, group, notSingle
    }

    public let kind: Kind
    /// The offending text, cut to about 80 characters and with control characters escaped (`\r`, `\n`,
    /// `\u{1B}`), so that it is safe to echo back in a message or a log line.
    public let input: String
    /// A sentence a person can act on; it quotes `input`.
    public let reason: String

    public var description: String { reason }

    /// `wording` receives the excerpt already in double quotes and returns the whole sentence.
    init(_ kind: Kind, offending text: String, focus: Int = 0, wording: (String) -> String) {
        let excerpt = InputExcerpt.make(from: text, around: focus)
        self.kind = kind
        self.input = excerpt
        self.reason = wording("\"\(excerpt)\"")
    }

    /// The common sentence: `"bob@@example.com" is not an e-mail address: it has more than one @.`
    static func notAnAddress(_ kind: Kind, _ text: String, focus: Int = 0, _ problem: String) -> AddressInputError {
        AddressInputError(kind, offending: text, focus: focus) { "\($0) is not an e-mail address: \(problem)." }
    }
}
