import Foundation

/// A message that passed every rule of `StrictMessageParser`, with what tests ask of it.
public struct StrictMessage: Sendable {
    /// The top-level header section, in order.
    public let headers: [StrictHeader]
    public let root: StrictPart
    /// The longest line in octets, line break excluded, over the whole message.
    public let longestLine: Int
    /// The longest line of any header section, the top one and every part's.
    public let longestHeaderLine: Int
    /// The longest RFC 2047 encoded word in any header, in characters; 0 when there is none.
    public let longestEncodedWord: Int
    /// Mailboxes of the top-level address fields, keyed by lowercased field name.
    let addressLists: [String: [StrictAddress]]
    /// Message ids (`<left@right>`) of the top-level msg-id fields, keyed by lowercased name.
    let messageIDLists: [String: [String]]

    /// Decoded values of the top-level fields with this name (case-insensitive), in order.
    public func values(_ name: String) -> [String] {
        root.values(name)
    }

    /// The mailboxes of From, Sender, Reply-To, To, Cc or Bcc (group members included); empty
    /// when the field is absent.
    public func addresses(_ name: String) -> [StrictAddress] {
        addressLists[name.lowercased()] ?? []
    }

    /// The ids of Message-ID, In-Reply-To or References, angle brackets kept.
    public func messageIDs(_ name: String) -> [String] {
        messageIDLists[name.lowercased()] ?? []
    }

    /// The first text/plain part, depth first, that is not an attachment and not inside an
    /// attachment or an encapsulated message.
    public var textBody: String? { bodyParts.first { $0.mimeType == "text/plain" }?.text }

    /// The same for text/html.
    public var htmlBody: String? { bodyParts.first { $0.mimeType == "text/html" }?.text }

    /// Every part with `Content-Disposition: attachment`, depth first; parts inside an
    /// attachment (a forwarded message's own attachments) are not listed.
    public var attachments: [StrictPart] {
        func collect(_ part: StrictPart) -> [StrictPart] {
            if part.isAttachment { return [part] }
            return part.children.flatMap(collect)
        }
        return collect(root)
    }

    private var bodyParts: [StrictPart] {
        func collect(_ part: StrictPart) -> [StrictPart] {
            if part.isAttachment || part.mimeType == "message/rfc822" { return [] }
            if part.isMultipart { return part.children.flatMap(collect) }
            return part.text == nil ? [] : [part]
        }
        return collect(root)
    }
}
