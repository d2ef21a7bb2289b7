import Foundation
import GoogleSandbox
import Testing

@Suite("Strict parser: line rules")
struct StrictLineRulesTests {
    @Test func crlfLinesPassAndTheLastLineMayLackItsCRLF() throws {
        let message = try strictlyParsed(Data("Subject: x\r\n\r\nlast line".utf8))
        #expect(message.textBody == "last line")
        #expect(message.longestLine == 10)
    }

    @Test func bareLineFeedIsNamedWithItsLine() {
        expectViolation(Data("Subject: x\r\nTo: b@example.com\n\r\nbody\r\n".utf8), mentioning: "line 2", "bare LF")
        expectViolation(Data("Subject: x\r\n\r\nbody\nmore\r\n".utf8), mentioning: "line 3", "bare LF")
    }

    @Test func bareCarriageReturnIsRefused() {
        expectViolation(Data("Subject: x\r\n\r\nbo\rdy\r\n".utf8), mentioning: "line 3", "bare CR")
    }

    @Test func nulIsRefused() {
        expectViolation(Data("Subject: x\r\n\r\nbo\u{0}dy\r\n".utf8), mentioning: "line 3", "NUL")
    }

    @Test func linesUpTo998OctetsPassAndLongerOnesFail() throws {
        let fine = try strictlyParsed(simpleMessage(body: String(repeating: "a", count: 998) + "\n"))
        #expect(fine.longestLine == 998)
        expectViolation(
            simpleMessage(body: String(repeating: "a", count: 999) + "\n"), mentioning: "line 5", "999 octets", "998")
    }

    @Test func emptyInputIsRefused() {
        expectViolation(Data(), mentioning: "empty")
    }
}
