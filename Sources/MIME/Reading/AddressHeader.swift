/// Address-list headers (From, To, Cc, Bcc, Reply-To, Sender) split into mailboxes.
///
/// Give it the header value as Gmail sent it, not `ReadMessage.headers` (which is already
/// RFC 2047-decoded): a decoded display name may contain a comma (`Müller, Hans`) and would
/// then split in two. Display names are unquoted and RFC 2047-decoded after splitting.
/// Tolerated: `"Name" <a@b>`, `Name <a@b>`, bare `a@b`, the legacy `a@b (Name)`, groups
/// (`Team: a@b, c@d;` — the group name is dropped), and entries without an address
/// (`undisclosed-recipients:;`, which yield nothing).
public enum AddressHeader {
    public struct Mailbox: Sendable, Equatable {
        public var displayName: String?
        public var address: String

        public init(displayName: String?, address: String) {
            self.displayName = displayName
            self.address = address
        }
    }

    public static func mailboxes(in rawValue: String) -> [Mailbox] {
        splitTopLevel(HeaderUnfolding.unfold(rawValue)).compactMap(mailbox)
    }

    /// Splits at `,` (and group `:`/`;`) outside quotes, comments and angle brackets.
    private static func splitTopLevel(_ value: String) -> [String] {
        var entries = [String]()
        var current = ""
        var inQuote = false
        var escaped = false
        var commentDepth = 0
        var inAngle = false
        for character in value {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            switch character {
            case "\\" where inQuote || commentDepth > 0:
                escaped = true
            case "\"" where commentDepth == 0:
                inQuote.toggle()
            case "(" where !inQuote:
                commentDepth += 1
            case ")" where !inQuote && commentDepth > 0:
                commentDepth -= 1
            case "<" where !inQuote && commentDepth == 0:
                inAngle = true
            case ">" where !inQuote && commentDepth == 0:
                inAngle = false
            case "," where !inQuote && commentDepth == 0 && !inAngle,
                ";" where !inQuote && commentDepth == 0 && !inAngle:
                entries.append(current)
                current = ""
                continue
            case ":" where !inQuote && commentDepth == 0 && !inAngle:
                current = ""  // a group's display name
                continue
            default:
                break
            }
            current.append(character)
        }
        entries.append(current)
        return entries
    }

    private static func mailbox(_ entry: String) -> Mailbox? {
        let parts = MailboxParts(entry)
        let address = parts.address.trimmingASCIIWhitespace()
        guard !address.isEmpty else { return nil }
        let phrase = parts.phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        let name = phrase.isEmpty ? parts.comment : phrase
        let decoded = EncodedWords.decode(name).trimmingASCIIWhitespace()
        return Mailbox(displayName: decoded.isEmpty ? nil : decoded, address: address)
    }

    /// One entry taken apart: the phrase before `<` (quoted parts unquoted, in order), the
    /// address (inside `<>`, else the bare text), and the text of the first comment.
    private struct MailboxParts {
        var phrase = ""
        var address = ""
        var comment = ""

        init(_ entry: String) {
            var inOrder = ""  // quoted and unquoted text before `<`, for the phrase
            var unquoted = ""  // unquoted text only, for a bare address
            var angle: String?
            var angleClosed = false
            var inQuote = false
            var escaped = false
            var commentDepth = 0
            var sawComment = false
            for character in entry {
                if commentDepth > 0 {
                    if escaped {
                        escaped = false
                        if !sawComment { comment.append(character) }
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "(" {
                        commentDepth += 1
                    } else if character == ")" {
                        commentDepth -= 1
                        if commentDepth == 0 { sawComment = true }
                    } else if !sawComment {
                        comment.append(character)
                    }
                    continue
                }
                if inQuote {
                    if escaped {
                        escaped = false
                        inOrder.append(character)
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        inQuote = false
                    } else {
                        inOrder.append(character)
                    }
                    continue
                }
                if angle != nil && !angleClosed {
                    if character == ">" { angleClosed = true } else { angle!.append(character) }
                    continue
                }
                switch character {
                case "\"": inQuote = true
                case "(": commentDepth = 1
                case "<" where angle == nil: angle = ""
                default:
                    guard angle == nil else { continue }  // text after `<…>` is ignored
                    inOrder.append(character)
                    unquoted.append(character)
                }
            }
            if let angle {
                address = angle
                phrase = inOrder
            } else {
                address = unquoted
            }
        }
    }
}
