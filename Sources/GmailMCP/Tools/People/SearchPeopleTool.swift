import Gmail
import MIME
import GoogleAuth
import MCP

/// `gmail_search_people`: contacts and other contacts searched concurrently and merged. A
/// source whose scope the token lacks is skipped and named, so "email Alice" still works for a
/// user who granted only one of the two.
enum SearchPeopleTool {
    static let pageSize = IntegerParameter(
        name: "page_size", meaning: "Most people to return in all", range: 1...PeopleClient.largestSearchPage,
        defaultValue: 10)

    static let definition = ToolDefinition(
        name: "gmail_search_people",
        title: "Find people to email",
        description: """
            Finds people by name, email address, phone number or organization (prefix match: "ali" finds Alice) in \
            the user's contacts and, unless include_other_contacts is false, in "other contacts" (people the user \
            emailed but never saved, often where a recipient is found). Returns each person once with their \
            addresses; contacts come first. Use it to turn a name into an address before gmail_send. \(ToolDescriptions.untrustedContent)
            """,
        inputSchema: JSONSchema.object(
            [
                "query": JSONSchema.string("Name, address, phone number or organization prefix, e.g. \"alice\"."),
                "person_fields": JSONSchema.array(
                    of: JSONSchema.string("A People API field, e.g. names or emailAddresses."),
                    "Fields to read (default names, emailAddresses, organizations, phoneNumbers). Other contacts "
                        + "only have names, emailAddresses and phoneNumbers."),
                "include_other_contacts": JSONSchema.boolean("Also search other contacts (default true)."),
            ], integers: [pageSize], required: ["query"]),
        outputSchema: JSONSchema.object(
            [
                "people": JSONSchema.array(of: PersonShape.schema, "Matches, contacts first, each person once."),
                "skipped_sources": JSONSchema.array(
                    of: JSONSchema.object(
                        [
                            "source": JSONSchema.string(
                                "The source left out.", enumValues: ["contacts", "other_contacts"]),
                            "reason": JSONSchema.string("Why, e.g. the scope the token lacks."),
                        ], required: ["source", "reason"]),
                    "Sources that could not be searched; absent when all were."),
            ], required: ["people"]),
        annotations: .reading("Find people to email"),
        handler: run)

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let query = try arguments.requiredString("query")
        let pageSize = try arguments.integer(pageSize)
        let fields = try PersonFields.read(arguments)
        let includeOthers = try arguments.boolean("include_other_contacts") ?? true
        // Addresses are what duplicates are recognized by, so they are always read.
        let mask = fields.contains("emailAddresses") ? fields : fields + ["emailAddresses"]

        let people = context.people
        async let contacts = outcome {
            try await people.search(.contacts, query: query, pageSize: pageSize, fields: mask)
        }
        async let others: Outcome? =
            includeOthers
            ? outcome { try await people.search(.otherContacts, query: query, pageSize: pageSize, fields: mask) }
            : nil
        let searched: [(PeopleClient.SearchSource, Outcome)] =
            [(.contacts, await contacts)] + (await others.map { [(.otherContacts, $0)] } ?? [])

        var found: [(PeopleClient.SearchSource, [Person])] = []
        var skipped: [(PeopleClient.SearchSource, GoogleError)] = []
        for (source, result) in searched {
            switch result {
            case .success(let list): found.append((source, list))
            case .failure(let error as GoogleError) where error.code == .insufficientScope:
                skipped.append((source, error))
            case .failure(let error): throw error
            }
        }
        guard !found.isEmpty else {
            let scopes = skipped.map(\.0.requiredScope).joined(separator: " and ")
            throw ToolError(
                .insufficientScope,
                "searching people needs the scope\(skipped.count > 1 ? "s" : "") \(scopes), which the "
                    + "token was not granted; authorize again with \(skipped.count > 1 ? "them" : "it")")
        }
        var result: [String: Value] = [
            "people": .array(PeopleMerge.merge(found, limit: pageSize).map { .object(trim($0, to: fields)) })
        ]
        if !skipped.isEmpty {
            result["skipped_sources"] = .array(
                skipped.map { source, _ in
                    .object([
                        "source": .string(source.rawValue),
                        "reason": .string("the token lacks the scope \(source.requiredScope)"),
                    ])
                })
        }
        return ToolOutput(structured: .object(result))
    }

    typealias Outcome = Result<[Person], any Error>

    private static func outcome(_ body: () async throws -> [Person]) async -> Outcome {
        do { return .success(try await body()) } catch { return .failure(error) }
    }

    /// Addresses read only to find duplicates are not shown when the caller did not ask for them.
    private static func trim(_ person: [String: Value], to fields: [String]) -> [String: Value] {
        var person = person
        if !fields.contains("emailAddresses") { person["email_addresses"] = .array([]) }
        return person
    }
}
