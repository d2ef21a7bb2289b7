import Foundation
import GmailMCP
import Logging
import MCPTransport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Process-level chores shared by the subcommands: configuration, logging, exit codes.
enum Startup {
    /// The configuration, or exit code 2 with the reason on stderr.
    static func configuration(from environment: [String: String]) -> ServerConfiguration {
        do {
            return try ServerConfiguration.fromEnvironment(environment)
        } catch {
            fail("configuration error: \(error.message)", code: 2)
        }
    }

    /// swift-log to stderr at the configured level; stdout belongs to the protocol.
    static func logger(level: Logger.Level) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        // A writer that died must not kill us with SIGPIPE; its write just fails.
        signal(SIGPIPE, SIG_IGN)
        var logger = Logger(label: "gmail-mcp")
        logger.logLevel = level
        return logger
    }

    /// `serve --http` and `sandbox --http`: the HTTP settings from the environment (exit 2 when
    /// they are wrong), then the server; says where it listens on stderr, once bound.
    static func serveHTTP(configuration: ServerConfiguration, environment: [String: String], logger: Logger) async
        -> Int32
    {
        let settings: HTTPTransportSettings
        do {
            settings = try HTTPServingConfiguration.fromEnvironment(environment)
        } catch {
            fail("configuration error: \(error.message)", code: 2)
        }
        return await GmailMCPServer.serveHTTP(configuration: configuration, settings: settings, logger: logger) {
            port in
            stderr("gmail-mcp: listening on http://\(settings.host):\(port)\(settings.endpointPath)")
        }
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func fail(_ message: String, code: Int32) -> Never {
        stderr("gmail-mcp: " + message)
        exit(code)
    }

    static func exit(_ code: Int32) -> Never {
        fflush(nil)
        Glibc.exit(code)
    }
}
