import Foundation

/// Builds message sources as bytes, the way they travel: CRLF line ends, base64 in 76-column
/// lines. Text is written as UTF-8, so anything in another charset is spelled out as bytes.
enum MailSource {
    static let lineBreak: [UInt8] = [.carriageReturn, .lineFeed]

    /// Each line followed by CRLF.
    static func lines(_ lines: String...) -> [UInt8] {
        lines.flatMap { Array($0.utf8) + lineBreak }
    }

    /// Base64 in 76-character lines, each followed by CRLF.
    static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let text = Data(bytes).base64EncodedString()
        var output: [UInt8] = []
        var line = text[...]
        while !line.isEmpty {
            output += Array(line.prefix(76).utf8) + lineBreak
            line = line.dropFirst(76)
        }
        return output
    }

    static func join(_ pieces: [[UInt8]]) -> [UInt8] {
        pieces.flatMap { $0 }
    }
}
