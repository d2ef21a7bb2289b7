/// One name/value pair, used for header fields, query items and form fields alike,
/// because all three are ordered lists in which a name may repeat.
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HeaderField {
    /// The first value whose name matches, ignoring ASCII case as HTTP field names do.
    func firstValue(named name: String) -> String? {
        first { $0.name.lowercased() == name.lowercased() }?.value
    }

    func allValues(named name: String) -> [String] {
        filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
    }
}
