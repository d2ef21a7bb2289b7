/// The `sources` values of the People API (reference section 4.1). The fake holds contacts and
/// other contacts only, so profile and domain sources add nothing to a response.
enum ReadSourceType: String, CaseIterable {
    case contact = "READ_SOURCE_TYPE_CONTACT"
    case profile = "READ_SOURCE_TYPE_PROFILE"
    case domainContact = "READ_SOURCE_TYPE_DOMAIN_CONTACT"
    case otherContact = "READ_SOURCE_TYPE_OTHER_CONTACT"

    /// Each repeated `sources` value; an unknown name is the front end's enum 400.
    static func parse(_ values: [String]) throws(PeopleFailure) -> Set<ReadSourceType> {
        var sources: Set<ReadSourceType> = []
        for value in values where !value.isEmpty {
            guard let source = ReadSourceType(rawValue: value) else {
                throw .invalidParameter(
                    field: "sources", type: "type.googleapis.com/google.people.v1.ReadSourceType", value: value)
            }
            sources.insert(source)
        }
        return sources
    }
}
