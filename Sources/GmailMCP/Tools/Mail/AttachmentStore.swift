import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes attachments into `GMAIL_MCP_DOWNLOAD_DIR` and nowhere else: the name is reduced to a
/// safe single path component, and an existing file is never overwritten (a unique name is
/// chosen, and the file is created exclusively, so two calls cannot race onto one name).
struct AttachmentStore {
    let directory: String

    func save(_ bytes: Data, suggestedName: String) throws(ToolError) -> String {
        let name = Self.safeName(suggestedName)
        let (stem, suffix) = Self.split(name)
        for attempt in 0..<1000 {
            let candidate = attempt == 0 ? name : "\(stem) (\(attempt))\(suffix)"
            let path = (directory as NSString).appendingPathComponent(candidate)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor < 0 {
                if errno == EEXIST { continue }
                throw ToolError(
                    .invalidArgument,
                    "cannot write into GMAIL_MCP_DOWNLOAD_DIR (\(directory)): \(String(cString: strerror(errno)))")
            }
            defer { close(descriptor) }
            let written = bytes.withUnsafeBytes { buffer -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return false }
                    offset += count
                }
                return true
            }
            guard written else {
                unlink(path)
                throw ToolError(.invalidArgument, "writing \(candidate) into \(directory) failed")
            }
            return path
        }
        throw ToolError(.invalidArgument, "too many files named like \(name) in \(directory)")
    }

    /// One path component, no control characters, no leading dots, at most 200 bytes.
    static func safeName(_ name: String) -> String {
        let lastComponent = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = String(
            lastComponent.unicodeScalars.map { scalar -> Character in
                scalar.properties.generalCategory == .control || ":*?\"<>|".unicodeScalars.contains(scalar)
                    ? "_" : Character(scalar)
            })
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        if cleaned.isEmpty { cleaned = "attachment" }
        while cleaned.utf8.count > 200 {
            let (stem, suffix) = split(cleaned)
            cleaned = stem.isEmpty ? String(cleaned.dropLast()) : String(stem.dropLast()) + suffix
        }
        return cleaned
    }

    private static func split(_ name: String) -> (stem: String, suffix: String) {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
            name.distance(from: dot, to: name.endIndex) <= 10
        else { return (name, "") }
        return (String(name[..<dot]), String(name[dot...]))
    }
}
