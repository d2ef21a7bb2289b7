import Foundation

/// A connections.list position, opaque to clients (base64url): the last person shown and a
/// fingerprint of the request's other parameters. The next page starts right after that person
/// even when contacts are added or removed in between (no duplicates, no gaps); a token sent
/// with other parameters is refused, since Google requires them unchanged while paging.
struct ConnectionsPageToken {
    let fingerprint: String
    let position: ConnectionsSortOrder.Position

    private static let version = "c1"

    init(fingerprint: String, position: ConnectionsSortOrder.Position) {
        self.fingerprint = fingerprint
        self.position = position
    }

    /// Wording ours: Google's text for a tampered or mismatched connections token is not on
    /// record.
    init(parsing text: String, expectedFingerprint: String) throws(PeopleFailure) {
        guard let data = Self.decodeBase64URL(text), let plain = String(data: data, encoding: .utf8) else {
            throw .invalidArgument("Invalid pageToken.")
        }
        let fields = plain.split(separator: "\n", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4, fields[0] == Self.version else { throw .invalidArgument("Invalid pageToken.") }
        guard fields[1] == expectedFingerprint else {
            throw .invalidArgument(
                "The pageToken was issued for other parameters; keep personFields, pageSize, sortOrder and "
                    + "sources unchanged while paging.")
        }
        fingerprint = fields[1]
        position = ConnectionsSortOrder.Position(key: fields[3], resourceName: fields[2])
    }

    var text: String {
        Base64URL.unpadded(
            Data([Self.version, fingerprint, position.resourceName, position.key].joined(separator: "\n").utf8))
    }

    private static func decodeBase64URL(_ text: String) -> Data? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while standard.count % 4 != 0 { standard += "=" }
        return Data(base64Encoded: standard)
    }
}
