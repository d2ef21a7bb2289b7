import GoogleAuth
import Logging

/// Everything the server reads from its environment (docs/configuration.md), checked once at
/// start so a misconfiguration stops the process with one clear sentence instead of failing
/// later inside a tool call.
public struct ServerConfiguration: Sendable {
    public var credentials: PartialCredentials
    public var endpoints: GoogleEndpoints
    public var logLevel: Logger.Level
    public var selection: ToolSelection
    public var maxInlineBytes: Int
    public var downloadDirectory: String?

    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public static func fromEnvironment(_ environment: [String: String]) throws(Invalid) -> ServerConfiguration {
        let endpoints: GoogleEndpoints
        do {
            endpoints = try GoogleEndpoints.fromEnvironment(environment)
        } catch {
            throw Invalid(message: error.message)
        }
        return ServerConfiguration(
            credentials: PartialCredentials.fromEnvironment(environment),
            endpoints: endpoints,
            logLevel: try logLevel(environment["GMAIL_MCP_LOG_LEVEL"]),
            selection: ToolSelection(
                readOnly: try flag("GMAIL_MCP_READ_ONLY", environment["GMAIL_MCP_READ_ONLY"]),
                names: try toolNames(environment["GMAIL_MCP_TOOLS"])),
            maxInlineBytes: try positiveInteger(
                "GMAIL_MCP_MAX_INLINE_BYTES", environment["GMAIL_MCP_MAX_INLINE_BYTES"], default: 10 << 20),
            downloadDirectory: environment["GMAIL_MCP_DOWNLOAD_DIR"].flatMap { $0.isEmpty ? nil : $0 })
    }

    private static func logLevel(_ value: String?) throws(Invalid) -> Logger.Level {
        switch value?.lowercased() {
        case nil, "": return .info
        case "debug": return .debug
        case "info": return .info
        case "warning", "warn": return .warning
        case "error": return .error
        case let other?:
            throw Invalid(message: "GMAIL_MCP_LOG_LEVEL=\(other) is not one of debug, info, warning, error")
        }
    }

    private static func flag(_ name: String, _ value: String?) throws(Invalid) -> Bool {
        switch value?.lowercased() {
        case nil, "", "0", "false", "no": return false
        case "1", "true", "yes": return true
        case let other?: throw Invalid(message: "\(name)=\(other) must be 1 or 0")
        }
    }

    private static func toolNames(_ value: String?) throws(Invalid) -> Set<String>? {
        guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let names = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let unknown = names.filter { !ToolCatalog.names.contains($0) }
        guard unknown.isEmpty else {
            throw Invalid(
                message: "GMAIL_MCP_TOOLS names unknown tools (\(unknown.joined(separator: ", "))); the tools are "
                    + ToolCatalog.names.joined(separator: ", "))
        }
        return Set(names)
    }

    private static func positiveInteger(_ name: String, _ value: String?, default fallback: Int) throws(Invalid) -> Int
    {
        guard let value, !value.isEmpty else { return fallback }
        guard let number = Int(value), number > 0 else {
            throw Invalid(message: "\(name)=\(value) must be a positive whole number of bytes")
        }
        return number
    }
}
