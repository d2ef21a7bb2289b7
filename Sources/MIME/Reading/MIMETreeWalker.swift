import Foundation

/// Walks a Gmail payload tree of any depth and shape and sorts every part into body or
/// attachment. The rules, in order:
///
/// - `multipart/alternative`: the children are renderings of one content; see
///   `BodyRendering.choosingAlternative`. Attachments inside any child are all kept. A child
///   that is another text rendering (text/enriched, text/x-amp-html, text/watch-html…) without
///   a name is not an attachment; text/calendar is (it is the invitation itself).
/// - `multipart/related`: the root (the `start` parameter's Content-ID, else the first child)
///   is content; every other part is a resource the root shows (a `cid:` image). A resource
///   is listed as an attachment only when it has a name or says `Content-Disposition:
///   attachment` (the tool contract: "inline parts that carry a filename count too"); it is
///   then `isInline` unless the disposition is attachment. Unnamed resources (logos, spacers
///   of an HTML newsletter) are not attachments: they are part of the HTML body.
/// - Every other multipart (mixed, signed, report, digest, parallel, encrypted, unknown):
///   children in order, their bodies joined. In a digest, parts default to message/rfc822.
/// - `message/rfc822` (and message/global): one attachment (see `walkEmbeddedMessage`); its
///   text never becomes the outer body.
/// - A text/plain or text/html leaf without a name and without `Content-Disposition:
///   attachment` is body. If Gmail moved its bytes behind an `attachmentId` (large parts) and
///   the caller did not pass them in `fetchedBodies`, it is listed as an attachment (so it can
///   be fetched) and in `unfetchedBodyParts` (so the caller knows the body is incomplete).
/// - Every other leaf outside a related resource is an attachment: anything with a name, any
///   disposition attachment, every non-text leaf (images, signatures, delivery reports).
///
/// Only body parts are charset-decoded; attachments are described from Gmail's metadata, and
/// only an inline `body.data` without `attachmentId` is base64-decoded (it is the only copy).
/// Recursion stops at depth 64; deeper parts are flattened with an explicit stack.
struct MIMETreeWalker {
    static let maximumDepth = 64

    /// Bytes of body parts that Gmail sent only as an `attachmentId`, by part id.
    var fetchedBodies: [String: Data] = [:]

    func walk(_ part: MIMEPart, context: WalkContext) -> WalkResult {
        let facts = MIMEPartFacts(part, defaultMIMEType: context.defaultMIMEType)
        if facts.isEmbeddedMessage { return walkEmbeddedMessage(facts, context) }
        if facts.isMultipart || !facts.children.isEmpty { return walkMultipart(facts, context) }
        return walkLeaf(facts, context)
    }

    private func walkMultipart(_ facts: MIMEPartFacts, _ context: WalkContext) -> WalkResult {
        let children = facts.children
        if context.depth >= Self.maximumDepth { return walkFlattened(children, context) }
        let inheritedRole: WalkContext.Role = context.role == .relatedResource ? .relatedResource : .content
        var result = WalkResult()
        switch facts.multipartSubtype {
        case "alternative":
            var renderings = [BodyRendering]()
            let childRole: WalkContext.Role = inheritedRole == .relatedResource ? .relatedResource : .alternative
            for child in children {
                let walked = walk(child, context: context.child(role: childRole))
                renderings.append(walked.rendering)
                result.attachments += walked.attachments
                result.unfetchedBodyParts += walked.unfetchedBodyParts
            }
            result.rendering = .choosingAlternative(renderings)
        case "related":
            let root = relatedRootIndex(facts)
            for (index, child) in children.enumerated() {
                let role = index == root ? inheritedRole : .relatedResource
                result.append(walk(child, context: context.child(role: role)))
            }
        default:
            let defaultType = facts.multipartSubtype == "digest" ? "message/rfc822" : "text/plain"
            for child in children {
                result.append(walk(child, context: context.child(role: inheritedRole, defaultMIMEType: defaultType)))
            }
        }
        return result
    }

    private func relatedRootIndex(_ facts: MIMEPartFacts) -> Int {
        guard let start = facts.contentType.parameters["start"] else { return 0 }
        let wanted = MIMEPartFacts.strippingAngleBrackets(start)
        return facts.children.firstIndex {
            MIMEPartFacts($0).contentID == wanted
        } ?? 0
    }

    private func walkLeaf(_ facts: MIMEPartFacts, _ context: WalkContext) -> WalkResult {
        if context.role == .relatedResource {
            guard facts.filename != nil || facts.hasAttachmentDisposition else { return WalkResult() }
            return WalkResult(attachments: [descriptor(facts, inlineWhenUndeclared: true)])
        }
        let isUnnamedText = facts.filename == nil && !facts.hasAttachmentDisposition
        if facts.isBodyTextType && isUnnamedText {
            if let piece = bodyPiece(facts) { return WalkResult(rendering: .single(piece)) }
            let deferred = descriptor(facts, inlineWhenUndeclared: false)
            return WalkResult(attachments: [deferred], unfetchedBodyParts: [deferred])
        } else if context.role == .alternative && isUnnamedText && facts.mimeType.hasPrefix("text/")
            && facts.mimeType != "text/calendar"
        {
            return WalkResult()
        }
        return WalkResult(attachments: [descriptor(facts, inlineWhenUndeclared: false)])
    }

    /// nil when the bytes are neither in the payload nor in `fetchedBodies` (only an
    /// `fetchID`).
    private func bodyPiece(_ facts: MIMEPartFacts) -> BodyPiece? {
        let kind: BodyPiece.Kind = facts.mimeType == "text/html" ? .html : .plain
        let bytes: Data
        if let content = facts.part.content {
            bytes = content
        } else if let fetched = fetchedBodies[facts.partID] {
            bytes = fetched
        } else if facts.part.fetchID != nil {
            return nil
        } else {
            bytes = Data()
        }
        let text = CharsetDecoder.decode(bytes, declaredCharset: facts.charset)
        return BodyPiece(kind: kind, text: BodyTextNormalizer.normalize(text))
    }

    /// A forwarded or attached message: one attachment named after its own filename, else its
    /// Subject + ".eml", else "forwarded-message.eml". Gmail also parses the embedded message
    /// into `parts`; those are listed too, but only when the message itself cannot be fetched
    /// (no `attachmentId`, no inline data), so that its files stay reachable without listing
    /// every file twice.
    private func walkEmbeddedMessage(_ facts: MIMEPartFacts, _ context: WalkContext) -> WalkResult {
        let filename =
            facts.filename
            ?? AttachmentNaming.forwardedMessageFilename(subject: EmbeddedMessageHeaders.subject(of: facts))
        let attachment = descriptor(
            facts, filename: filename, inlineWhenUndeclared: context.role == .relatedResource)
        var result = WalkResult(attachments: [attachment])
        if attachment.attachmentID == nil && attachment.inlineData == nil && context.depth < Self.maximumDepth {
            for child in facts.children {
                // The embedded message's body is not ours: only its files are kept.
                result.attachments += walk(child, context: context.child(role: .content)).attachments
            }
        }
        return result
    }

    /// Past the depth limit: every leaf in document order, as if in one multipart/mixed.
    private func walkFlattened(_ parts: [MIMEPart], _ context: WalkContext) -> WalkResult {
        var result = WalkResult()
        var stack = Array(parts.reversed())
        while let part = stack.popLast() {
            let facts = MIMEPartFacts(part)
            if facts.isEmbeddedMessage {
                result.append(walkEmbeddedMessage(facts, context))
            } else if facts.isMultipart || !facts.children.isEmpty {
                stack.append(contentsOf: facts.children.reversed())
            } else {
                let role: WalkContext.Role = context.role == .relatedResource ? .relatedResource : .content
                result.append(walkLeaf(facts, WalkContext(role: role, depth: context.depth)))
            }
        }
        return result
    }

    private func descriptor(
        _ facts: MIMEPartFacts, filename: String? = nil, inlineWhenUndeclared: Bool
    ) -> AttachmentDescriptor {
        let attachmentID = facts.part.fetchID
        // With a fetch id the bytes are fetched on demand, even if the store also sent them.
        let inlineData = attachmentID == nil ? facts.part.content : nil
        let isInline = facts.disposition == "inline" || (facts.disposition == nil && inlineWhenUndeclared)
        return AttachmentDescriptor(
            attachmentID: attachmentID,
            filename: filename ?? facts.filename
                ?? AttachmentNaming.defaultFilename(mimeType: facts.mimeType),
            mimeType: facts.mimeType,
            size: inlineData?.count ?? facts.part.size ?? 0,
            partID: facts.partID,
            contentID: facts.contentID,
            isInline: isInline,
            inlineData: inlineData,
            charset: facts.charset)
    }
}
