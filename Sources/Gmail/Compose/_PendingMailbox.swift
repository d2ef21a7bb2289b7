import Foundation
// Placeholder until the address parser lands; same shape.
public struct OutgoingMailbox: Sendable, Equatable {
    public let displayName: String?
    public let localPart: String
    public let domain: String
    public var addrSpec: String { "\(localPart)@\(domain)" }
    public init(displayName: String?, localPart: String, domain: String) {
        self.displayName = displayName
        self.localPart = localPart
        self.domain = domain
    }
}
public struct AddressInputError: Error, Sendable, Equatable {
    public let reason: String
}
public enum OutgoingAddressParser {
    public static func parseList(_ text: String) throws(AddressInputError) -> [OutgoingMailbox] {
        try text.split(separator: ",").map { piece throws(AddressInputError) in try parseSingle(String(piece)) }
    }
    public static func parseSingle(_ text: String) throws(AddressInputError) -> OutgoingMailbox {
        if text.contains("\r") || text.contains("\n") { throw AddressInputError(reason: "line break") }
        var t = Substring(text).drop { $0 == " " }
        var name: String? = nil
        if let lt = t.firstIndex(of: "<"), let gt = t.lastIndex(of: ">") {
            name = String(t[..<lt]).trimmingCharacters(in: .whitespaces)
            if name!.hasPrefix("\"") { name = String(name!.dropFirst().dropLast()) }
            if name!.isEmpty { name = nil }
            t = t[t.index(after: lt)..<gt]
        }
        let parts = t.trimmingCharacters(in: .whitespaces).split(separator: "@")
        guard parts.count == 2, parts[1].contains(".") else { throw AddressInputError(reason: "not an address") }
        return OutgoingMailbox(displayName: name, localPart: String(parts[0]), domain: String(parts[1]).lowercased())
    }
}
