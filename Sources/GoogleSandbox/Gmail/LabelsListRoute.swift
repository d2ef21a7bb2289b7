/// `users.labels.list` (reference section 2.7): id, name, visibilities and type, no counts.
enum LabelsListRoute {
    static func respond() -> GoogleJSON {
        .object([("labels", .array(LabelCatalogue.all.map(render)))])
    }

    private static func render(_ label: GmailLabel) -> GoogleJSON {
        var members: [(String, GoogleJSON)] = [("id", .string(label.id)), ("name", .string(label.name))]
        if let visibility = label.messageListVisibility {
            members.append(("messageListVisibility", .string(visibility)))
        }
        if let visibility = label.labelListVisibility { members.append(("labelListVisibility", .string(visibility))) }
        members.append(("type", .string(label.isSystem ? "system" : "user")))
        return .object(members)
    }
}
