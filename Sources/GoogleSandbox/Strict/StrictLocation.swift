/// Which entity a violation is in, numbered like IMAP body sections: `part 2.1` is the first
/// part of the second part; the message inside a message/rfc822 part keeps that part's number.
struct StrictLocation: CustomStringConvertible {
    let path: [Int]
    let isEncapsulated: Bool

    static let message = StrictLocation(path: [], isEncapsulated: false)

    var description: String {
        let number = path.map(String.init).joined(separator: ".")
        if isEncapsulated { return path.isEmpty ? "the encapsulated message" : "the message in part \(number)" }
        return path.isEmpty ? "the message" : "part \(number)"
    }

    func child(_ index: Int) -> StrictLocation {
        StrictLocation(path: path + [index], isEncapsulated: false)
    }

    var encapsulated: StrictLocation { StrictLocation(path: path, isEncapsulated: true) }
}
