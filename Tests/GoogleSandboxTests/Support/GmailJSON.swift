import Foundation
import GoogleSandbox
import RawHTTPClient

/// Small readers for Gmail's JSON, written for the tests on their own.
enum GmailJSON {
    /// Decodes base64url, padded or not; nil on a character outside the alphabet.
    static func base64URL(_ text: String) -> Data? {
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.count % 4 != 0 { standard += "=" }
        return Data(base64Encoded: standard)
    }

    /// The `error` object of a Google API error body.
    static func error(_ response: RawHTTPResponse) throws -> [String: Any] {
        guard let error = try response.jsonObject()["error"] as? [String: Any] else {
            throw RawHTTPError(description: "no error object: \(response.text)")
        }
        return error
    }

    /// `errors[0]` of a Google API error.
    static func firstErrorItem(_ response: RawHTTPResponse) throws -> [String: Any] {
        guard let items = try error(response)["errors"] as? [[String: Any]], let first = items.first else {
            throw RawHTTPError(description: "no errors[]: \(response.text)")
        }
        return first
    }

    static func header(_ part: [String: Any], _ name: String) -> String? {
        (part["headers"] as? [[String: String]])?.first { $0["name"]?.lowercased() == name.lowercased() }?["value"]
    }

    /// Every part of a payload tree, depth first, the root first.
    static func flattened(_ part: [String: Any]) -> [[String: Any]] {
        [part] + ((part["parts"] as? [[String: Any]]) ?? []).flatMap(flattened)
    }

    static func part(_ payload: [String: Any], id: String) -> [String: Any]? {
        flattened(payload).first { $0["partId"] as? String == id }
    }
}

extension SandboxSeed {
    /// The id of a seeded message, failing loudly on a mistyped key.
    static func id(_ key: String) -> String {
        guard let message = seededMessage(key) else { fatalError("no seeded message \(key)") }
        return message.id
    }

    static func ids(_ keys: [String]) -> Set<String> {
        Set(keys.map(id))
    }
}
