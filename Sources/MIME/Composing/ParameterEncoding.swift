/// Writes a MIME parameter (`filename`, `name`) as header words: `filename="report.pdf"` when
/// the value is short plain ASCII, otherwise RFC 2231 `filename*=UTF-8''…` percent-encoding,
/// split into numbered continuations (`filename*0*=…; filename*1*=…`) so that no line passes
/// 78 characters. Continuations split only between whole characters, so each piece also
/// decodes on its own in readers that (wrongly) decode piece by piece.
enum ParameterEncoding {
    /// Percent-encoded characters per continuation piece.
    private static let pieceLength = 54
    /// A quoted value longer than this goes the RFC 2231 way, which can be split across lines.
    private static let longestQuotedValue = 60

    /// The parameter's words, without the `;` separators.
    static func words(name: String, value: String) -> [String] {
        let plain =
            HeaderTextRules.isPrintableASCII(value) && !value.contains("\"") && !value.contains("\\")
            && !value.contains("=?") && value.utf8.count <= longestQuotedValue
        if plain { return ["\(name)=\"\(value)\""] }
        let pieces = percentEncodedPieces(value)
        if pieces.count == 1 { return ["\(name)*=UTF-8''\(pieces[0])"] }
        return pieces.enumerated().map { index, piece in
            index == 0 ? "\(name)*0*=UTF-8''\(piece)" : "\(name)*\(index)*=\(piece)"
        }
    }

    private static func percentEncodedPieces(_ value: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        for scalar in value.unicodeScalars {
            let encoded = percentEncoded(scalar)
            if current.utf8.count + encoded.utf8.count > pieceLength, !current.isEmpty {
                pieces.append(current)
                current = ""
            }
            current += encoded
        }
        pieces.append(current)
        return pieces
    }

    /// RFC 2231 `attribute-char` stays as it is; everything else becomes `%XX` of its UTF-8.
    private static func percentEncoded(_ scalar: Unicode.Scalar) -> String {
        let bytes = Array(String(scalar).utf8)
        if bytes.count == 1, HeaderTextRules.isTokenCharacter(bytes[0]), !"*'%".utf8.contains(bytes[0]) {
            return String(scalar)
        }
        let hex = Array("0123456789ABCDEF".utf8)
        var result = [UInt8]()
        for byte in bytes {
            result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
        }
        return String(decoding: result, as: UTF8.self)
    }
}
