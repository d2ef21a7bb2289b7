/// One decoded, normalized body part.
struct BodyPiece: Equatable {
    enum Kind: Equatable {
        case plain
        case html
    }

    var kind: Kind
    var text: String

    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}

/// How a subtree reads, two ways: `plainView` prefers text/plain alternatives (with HTML
/// where a subtree has nothing else), `htmlView` prefers text/html alternatives (with text
/// where a subtree has no HTML). Siblings in a non-alternative multipart concatenate.
struct BodyRendering: Equatable {
    var plainView: [BodyPiece] = []
    var htmlView: [BodyPiece] = []

    static func single(_ piece: BodyPiece) -> BodyRendering {
        BodyRendering(plainView: [piece], htmlView: [piece])
    }

    mutating func append(_ other: BodyRendering) {
        plainView += other.plainView
        htmlView += other.htmlView
    }

    /// `multipart/alternative`: per view, the last alternative (RFC 2046 §5.1.4: last is
    /// preferred) that has non-blank content of the preferred kind; else the last with any
    /// non-blank content, so that an empty text/plain next to a full HTML part (a common
    /// sender bug) does not give an empty body; else the last non-empty one.
    static func choosingAlternative(_ alternatives: [BodyRendering]) -> BodyRendering {
        BodyRendering(
            plainView: pick(alternatives.map(\.plainView), preferring: .plain),
            htmlView: pick(alternatives.map(\.htmlView), preferring: .html))
    }

    private static func pick(_ views: [[BodyPiece]], preferring kind: BodyPiece.Kind) -> [BodyPiece] {
        views.last { $0.contains { $0.kind == kind && !$0.isBlank } }
            ?? views.last { $0.contains { !$0.isBlank } }
            ?? views.last { !$0.isEmpty }
            ?? []
    }
}
