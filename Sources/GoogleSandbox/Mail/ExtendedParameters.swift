import LoopbackHTTPServer
import Foundation

/// RFC 2231 parameter value continuations and charset encoding.
enum ExtendedParameters {
    private struct Piece {
        let index: Int
        let isEncoded: Bool
        let value: String
    }

    static func assemble(_ raw: [(name: String, value: String)]) -> [String: String] {
        var plain: [String: String] = [:]
        var pieces: [String: [Piece]] = [:]
        for (name, value) in raw {
            if let (base, piece) = extendedPiece(name: name, value: value) {
                pieces[base, default: []].append(piece)
            } else if plain[name] == nil {
                plain[name] = value
            }
        }
        for (base, parts) in pieces {
            plain[base] = decode(parts.sorted { $0.index < $1.index })
        }
        return plain
    }

    /// `name*` → index 0 encoded; `name*3` → index 3 literal; `name*3*` → index 3 encoded.
    private static func extendedPiece(name: String, value: String) -> (String, Piece)? {
        guard let star = name.firstIndex(of: "*") else { return nil }
        let base = String(name[..<star])
        let rest = name[name.index(after: star)...]
        if rest.isEmpty { return (base, Piece(index: 0, isEncoded: true, value: value)) }
        let isEncoded = rest.hasSuffix("*")
        guard let index = Int(isEncoded ? rest.dropLast() : rest) else { return nil }
        return (base, Piece(index: index, isEncoded: isEncoded, value: value))
    }

    private static func decode(_ pieces: [Piece]) -> String {
        var charset: String?
        var bytes: [UInt8] = []
        for (position, piece) in pieces.enumerated() {
            var text = Substring(piece.value)
            if piece.isEncoded && position == 0 {
                // charset'language'value
                let quoteParts = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if quoteParts.count == 3 {
                    charset = String(quoteParts[0])
                    text = quoteParts[2]
                }
            }
            bytes += piece.isEncoded ? PercentDecoding.bytes(text, plusAsSpace: false) : Array(text.utf8)
        }
        return CharsetDecoder.decode(Data(bytes), charset: charset)
    }
}
