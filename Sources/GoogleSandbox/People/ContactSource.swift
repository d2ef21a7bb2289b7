/// Which of the account's two people lists a person is on: saved contacts, or "other
/// contacts" (people the user emailed but never saved). It sets the resourceName prefix and the
/// `source.type` Google reports.
enum ContactSource: Sendable {
    case contact, otherContact

    var sourceType: String {
        switch self {
        case .contact: "CONTACT"
        case .otherContact: "OTHER_CONTACT"
        }
    }

    /// `people/c…` and `otherContacts/c…` (reference section 4).
    var resourcePrefix: String {
        switch self {
        case .contact: "people/c"
        case .otherContact: "otherContacts/c"
        }
    }
}
