import Foundation

/// A contact or other contact as a test describes it: the fields of Google's Person resource
/// the fake serves (reference section 4.5). Every list may be empty and every name part nil,
/// as on a real account (an other contact is often just an address).
public struct FakePerson: Sendable, Equatable {
    public struct Email: Sendable, Equatable {
        public var value: String
        /// `home`, `work`, `other` or a custom label; nil leaves `type` and `formattedType` out.
        public var type: String?

        public init(_ value: String, type: String? = nil) {
            self.value = value
            self.type = type
        }
    }

    public struct Organization: Sendable, Equatable {
        public var name: String?
        public var title: String?
        public var current: Bool

        public init(name: String?, title: String? = nil, current: Bool = true) {
            self.name = name
            self.title = title
            self.current = current
        }
    }

    public struct Phone: Sendable, Equatable {
        /// As the user typed it, e.g. `+1 555-0100`.
        public var value: String
        public var type: String?

        public init(_ value: String, type: String? = "mobile") {
            self.value = value
            self.type = type
        }
    }

    public var givenName: String?
    public var familyName: String?
    /// What Google shows; nil means "given family" (or whichever part exists).
    public var displayName: String?
    public var emails: [Email]
    public var organizations: [Organization]
    public var phones: [Phone]
    /// The person's last change: sets the order of `LAST_MODIFIED_*` listings and `updateTime`.
    public var updated: Date

    public init(
        givenName: String? = nil, familyName: String? = nil, displayName: String? = nil, emails: [Email] = [],
        organizations: [Organization] = [], phones: [Phone] = [], updated: Date = .now
    ) {
        self.givenName = givenName
        self.familyName = familyName
        self.displayName = displayName
        self.emails = emails
        self.organizations = organizations
        self.phones = phones
        self.updated = updated
    }

    /// The shown name, derived as Google does for Western names when none was given; nil for a
    /// person without any name.
    public var resolvedDisplayName: String? {
        if let displayName, !displayName.isEmpty { return displayName }
        let parts = [givenName, familyName].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// `Family, Given` when both exist, else the shown name.
    public var displayNameLastFirst: String? {
        if let familyName, let givenName, !familyName.isEmpty, !givenName.isEmpty {
            return "\(familyName), \(givenName)"
        }
        return resolvedDisplayName
    }

    var hasName: Bool { resolvedDisplayName != nil }
}
