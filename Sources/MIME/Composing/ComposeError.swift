/// Why a message cannot be composed: a value that would corrupt the message or smuggle in
/// headers. The message is a sentence a person can act on; the tool reports it as
/// `invalid_argument`.
public struct ComposeError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
