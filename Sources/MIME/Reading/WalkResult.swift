/// What walking a subtree yields: its body rendering and its attachments, in tree order.
struct WalkResult {
    var rendering = BodyRendering()
    var attachments: [AttachmentDescriptor] = []
    /// Body parts whose bytes are only behind an attachmentId (also in `attachments`).
    var unfetchedBodyParts: [AttachmentDescriptor] = []

    mutating func append(_ other: WalkResult) {
        rendering.append(other.rendering)
        attachments += other.attachments
        unfetchedBodyParts += other.unfetchedBodyParts
    }
}

/// Where a part sits, as far as the reader's rules care.
struct WalkContext {
    enum Role {
        /// Part of the message's content.
        case content
        /// A non-root part of a `multipart/related`: a resource the root refers to.
        case relatedResource
        /// A direct child of a `multipart/alternative`: another rendering of the same content.
        case alternative
    }

    var role = Role.content
    /// RFC 2046 §5.1.5: parts of a `multipart/digest` default to message/rfc822.
    var defaultMIMEType = "text/plain"
    var depth = 0

    func child(role: Role, defaultMIMEType: String = "text/plain") -> WalkContext {
        WalkContext(role: role, defaultMIMEType: defaultMIMEType, depth: depth + 1)
    }
}
