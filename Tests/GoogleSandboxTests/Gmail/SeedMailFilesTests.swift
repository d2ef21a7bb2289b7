import Foundation
@testable import GoogleSandbox
import Testing

/// `Sources/GoogleSandbox/Seed/Mail` (one .eml per hand-made seed, the attachments' bytes and
/// `catalogue.json`), the table that embeds it in the binary, and the catalogue agree.
@Suite("Seeded mail files")
struct SeedMailFilesTests {
    /// The folder in the source tree, relative paths to bytes (hidden files skipped).
    private func folderFiles() throws -> [String: Data] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/GoogleSandbox/Seed/Mail")
        var files: [String: Data] = [:]
        let paths = try #require(FileManager.default.subpaths(atPath: folder.path))
        for path in paths where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            let url = folder.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func everyFileIsEmbeddedAsItIsOnDisk() throws {
        let files = try folderFiles()
        #expect(Set(files.keys) == Set(SeedMailFiles.byPath.keys))
        for (path, bytes) in files {
            #expect(SeedMailFiles.byPath[path].map { Data($0) } == bytes, "\(path)")
        }
    }

    @Test func everyCatalogueKeyHasItsMessageAndEveryMessageItsEntry() throws {
        let keys = SeedCatalogueEntry.all.map(\.key)
        #expect(Set(keys).count == keys.count)
        let messages = try folderFiles().keys.filter { !$0.contains("/") && $0.hasSuffix(".eml") }
        #expect(Set(messages) == Set(keys.map { $0 + ".eml" }))
    }

    @Test func attachmentsThreadsAndDraftsPointAtWhatExists() throws {
        let keys = Set(SeedCatalogueEntry.all.map(\.key))
        let referenced = Set(SeedCatalogueEntry.all.flatMap { ($0.expectedAttachments ?? []).map(\.file) })
        let attachmentFiles = try Set(folderFiles().keys.filter { $0.hasPrefix("attachments/") })
        #expect(referenced == attachmentFiles)
        for entry in SeedCatalogueEntry.all {
            if let threadKey = entry.threadKey { #expect(keys.contains(threadKey), "\(entry.key)") }
            // In Gmail every message labelled DRAFT is a draft.
            #expect((entry.draft ?? false) == entry.labelIds.contains("DRAFT"), "\(entry.key)")
        }
    }

    /// Seeds a strict reader is meant to refuse, and why; every other seed must parse strictly.
    private static let awkward: [String: String] = [
        "latin2": "legacy charset", "latin9-euro": "legacy charset", "windows-1250-qp": "legacy charset",
        "windows-1252-quotes": "legacy charset", "koi8-r": "legacy charset", "shift-jis": "legacy charset",
        "iso-2022-jp": "legacy charset", "gb2312": "legacy charset", "big5": "legacy charset",
        "utf16-bom": "UTF-16", "utf16be-no-bom": "UTF-16", "unknown-charset": "unknown charset",
        "lying-ascii": "mislabelled charset", "lying-utf8": "mislabelled charset",
        "rfc2047-name": "8-bit text inside a multipart that declares no transfer encoding",
    ]

    @Test func wellFormedSeedsPassTheStrictParser() throws {
        #expect(Set(Self.awkward.keys).isSubset(of: Set(SeedCatalogueEntry.all.map(\.key))))
        for entry in SeedEntry.handMade where Self.awkward[entry.key] == nil {
            do {
                _ = try StrictMessageParser.parse(Data(entry.source))
            } catch {
                Issue.record("\(entry.key): \(error.reason)")
            }
        }
    }
}
