import Foundation

/// Credentials travel over `https`, or over plain `http` only to this machine.
public enum EndpointPolicy {
    public struct Violation: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    public static func check(_ url: String, variable: String) throws(Violation) {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased(),
            let host = components.host, !host.isEmpty
        else {
            throw Violation(message: "\(variable)=\(url) is not an absolute http(s) URL")
        }
        guard components.user == nil, components.password == nil else {
            throw Violation(message: "\(variable) must not carry a user name or password in the URL")
        }
        switch scheme {
        case "https":
            return
        case "http" where isLoopback(host):
            return
        case "http":
            throw Violation(
                message: "\(variable)=\(url) uses plain http to a host that is not this machine; "
                    + "credentials would cross the network unencrypted. Use https, or http only to "
                    + "127.0.0.1, ::1 or localhost")
        default:
            throw Violation(message: "\(variable)=\(url) must be an https URL (scheme '\(scheme)' is not supported)")
        }
    }

    /// 127.0.0.0/8, ::1 and localhost.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}
