import Foundation
import GoogleSandbox
import Testing

/// Mail written in tests with `\n` line ends, sent with CRLF as the wire wants it.
func crlf(_ text: String) -> Data {
    Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
}

/// A minimal valid message around `headers` (extra top-level fields) and `body`.
func simpleMessage(headers: String = "", body: String = "Hello.\n") -> Data {
    crlf("From: a@example.com\nTo: b@example.com\nSubject: test\n" + headers + "\n" + body)
}

/// Parses, failing the test with the violation when there is one.
func strictlyParsed(_ raw: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> StrictMessage {
    do {
        return try StrictMessageParser.parse(raw)
    } catch {
        Issue.record("unexpected violation: \(error.reason)", sourceLocation: sourceLocation)
        throw error
    }
}

/// The violation a message must produce, checked to mention every fragment.
@discardableResult
func expectViolation(
    _ raw: Data, mentioning fragments: String..., sourceLocation: SourceLocation = #_sourceLocation
) -> StrictMessageViolation? {
    do {
        _ = try StrictMessageParser.parse(raw)
        Issue.record("expected a violation mentioning \(fragments)", sourceLocation: sourceLocation)
        return nil
    } catch {
        for fragment in fragments where !error.reason.contains(fragment) {
            Issue.record(
                "violation \"\(error.reason)\" does not mention \"\(fragment)\"", sourceLocation: sourceLocation)
        }
        return error
    }
}
