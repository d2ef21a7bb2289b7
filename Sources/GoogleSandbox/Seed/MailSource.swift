import Foundation

/// Builds the filler's message sources as bytes, the way they travel: UTF-8, CRLF line ends.
enum MailSource {
    static let lineBreak: [UInt8] = [.carriageReturn, .lineFeed]

    /// Each line followed by CRLF.
    static func lines(_ lines: String...) -> [UInt8] {
        lines.flatMap { Array($0.utf8) + lineBreak }
    }
}
