/// A `readMask` or `personFields` value: comma-separated Person field paths, checked against
/// the list Google documents (reference section 4.1). Only the fields the fake holds data for
/// (names, emailAddresses, organizations, phoneNumbers, metadata) ever show up in a response;
/// the other valid paths are accepted and simply find nothing, as on a sparse real contact.
struct PersonFieldMask {
    static let validPaths: Set<String> = [
        "addresses", "ageRanges", "biographies", "birthdays", "calendarUrls", "clientData", "coverPhotos",
        "emailAddresses", "events", "externalIds", "genders", "imClients", "interests", "locales", "locations",
        "memberships", "metadata", "miscKeywords", "names", "nicknames", "occupations", "organizations",
        "phoneNumbers", "photos", "relations", "sipAddresses", "skills", "urls", "userDefined",
    ]

    /// What otherContacts.search may read (reference section 4.2).
    static let otherContactPaths: Set<String> = ["emailAddresses", "metadata", "names", "phoneNumbers"]

    let paths: Set<String>

    /// `parameter` and `documentation` name the method in messages. The missing-mask text is
    /// Google's observed personFields wording; the others are shaped like it (ours).
    init(
        _ text: String?, parameter: String, documentation: String, allowed: Set<String> = validPaths
    ) throws(PeopleFailure) {
        let paths = (text ?? "").split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard !paths.isEmpty else {
            throw .invalidArgument(
                "\(parameter) mask is required. Please specify one or more valid paths. "
                    + "Valid paths are documented at \(documentation).")
        }
        for path in paths {
            guard Self.validPaths.contains(path) else {
                throw .invalidArgument(
                    "Invalid \(parameter) mask path: \"\(path)\". Valid paths are documented at \(documentation).")
            }
            guard allowed.contains(path) else {
                throw .invalidArgument(
                    "\(parameter) mask path \"\(path)\" is not supported here. Allowed paths: "
                        + allowed.sorted().joined(separator: ", ") + ".")
            }
        }
        self.paths = Set(paths)
    }

    func includes(_ path: String) -> Bool {
        paths.contains(path)
    }
}
