/// A header of the message's root part: name as Google sent it, value unfolded and with
/// RFC 2047 encoded words decoded (`EncodedWords`).
public struct DecodedHeader: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
