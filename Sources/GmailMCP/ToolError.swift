import GoogleAuth

/// Everything that goes wrong inside a tool: rendered as an `isError` result whose text is
/// `code: sentence` (CONTRACT.md section 4).
public struct ToolError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: String
    public let message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public init(_ error: GoogleError) {
        self.init(code: error.code.rawValue, message: error.message)
    }

    public static func invalidArgument(_ message: String) -> ToolError {
        ToolError(code: "invalid_argument", message: message)
    }

    public var description: String { "\(code): \(message)" }
}
