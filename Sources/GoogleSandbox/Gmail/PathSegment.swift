import LoopbackHTTPServer

/// Percent-decoding of one path segment (`+` stays a plus in paths).
enum PathSegment {
    static func decode(_ segment: Substring) -> String {
        guard segment.contains("%") else { return String(segment) }
        return String(decoding: PercentDecoding.bytes(segment, plusAsSpace: false), as: UTF8.self)
    }
}
