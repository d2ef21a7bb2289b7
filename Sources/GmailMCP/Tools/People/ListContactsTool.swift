import Gmail
import MIME
import MCP

/// `gmail_list_contacts`: the user's saved contacts, a page at a time.
enum ListContactsTool {
    static let sortOrders = [
        "LAST_MODIFIED_ASCENDING", "LAST_MODIFIED_DESCENDING", "FIRST_NAME_ASCENDING", "LAST_NAME_ASCENDING",
    ]
    static let pageSize = IntegerParameter(
        name: "page_size", meaning: "Contacts per page", range: 1...1000, defaultValue: 100)

    static let definition = ToolDefinition(
        name: "gmail_list_contacts",
        title: "List contacts",
        description: """
            Lists the user's saved contacts with names, email addresses, organizations and phone numbers, a page at a \
            time. To find a particular person, gmail_search_people is faster. Pass next_page_token back as page_token \
            (with the same other arguments) for more. \(ToolDescriptions.untrustedContent)
            """,
        inputSchema: JSONSchema.object(
            [
                "page_token": JSONSchema.string("next_page_token from the previous call, for the next page."),
                "person_fields": JSONSchema.array(
                    of: JSONSchema.string("A People API field, e.g. names or emailAddresses."),
                    "Fields to read (default names, emailAddresses, organizations, phoneNumbers)."),
                "sort_order": JSONSchema.string(
                    "Order of the list (default LAST_MODIFIED_ASCENDING).", enumValues: sortOrders),
            ], integers: [pageSize]),
        outputSchema: JSONSchema.object(
            [
                "people": JSONSchema.array(of: PersonShape.schema, "The page of contacts."),
                "next_page_token": JSONSchema.string("Pass as page_token for the next page; absent on the last."),
                "total_people": JSONSchema.integer("How many contacts there are in all.", minimum: 0),
            ], required: ["people"]),
        annotations: .reading("List contacts"),
        handler: run)

    @Sendable static func run(_ arguments: ToolArguments, _ context: ToolContext) async throws -> ToolOutput {
        let page = try await context.people.connections(
            pageSize: try arguments.integer(pageSize),
            pageToken: try arguments.string("page_token"), fields: try PersonFields.read(arguments),
            sortOrder: try arguments.choice("sort_order", from: sortOrders))
        let people = page.connections ?? []
        var result: [String: Value] = [
            "people": .array(people.map { .object(PersonShape.person($0, source: .contacts)) })
        ]
        if let next = page.nextPageToken, !next.isEmpty { result["next_page_token"] = .string(next) }
        if let total = page.totalItems ?? page.totalPeople { result["total_people"] = .int(total) }
        return ToolOutput(structured: .object(result))
    }
}
