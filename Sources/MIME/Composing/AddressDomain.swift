import Foundation

/// The part after the `@`: checked as a host name and converted to the ASCII form that goes on the wire.
///
/// ASCII labels are lowercased (domains are case-insensitive, and one spelling keeps headers comparable).
/// A label with other characters is an IDN label: normalized to NFC and lowercased (a small, dependency-free
/// subset of the UTS #46 mapping), checked for characters that can never be in a host name, and converted to
/// its Punycode A-label (`bücher` → `xn--bcher-kva`), because Gmail's API takes ASCII headers only.
/// Bracketed address literals are handed to `AddressDomainLiteral`.
enum AddressDomain {
    static let maximumOctets = 253
    static let maximumLabelOctets = 63

    /// Dots that IDNA treats as label separators: full stop, ideographic, fullwidth and halfwidth ideographic.
    private static let labelSeparators: Set<Unicode.Scalar> = [".", "\u{3002}", "\u{FF0E}", "\u{FF61}"]

    static func wireForm(of text: String, in source: String) throws(AddressInputError) -> String {
        guard !text.isEmpty else {
            throw .notAnAddress(.domain, source, "there is nothing after the @; add a domain such as example.com")
        }
        if text.hasPrefix("[") { return try AddressDomainLiteral.wireForm(of: text, in: source) }
        let labels = try splitIntoLabels(normalized(text), in: source)
        guard labels.count >= 2 else {
            throw .notAnAddress(
                .domain, source,
                "\"\(text)\" is not a complete domain name; it needs at least one dot, as in example.com")
        }
        var asciiLabels: [String] = []
        for label in labels { asciiLabels.append(try asciiLabel(label, in: source)) }
        if let last = asciiLabels.last, last.unicodeScalars.allSatisfy(AddressCharacterClass.isASCIIDigit) {
            let example = AddressDomainLiteral.isIPv4(text) ? text : "192.0.2.1"
            throw .notAnAddress(
                .domain, source,
                "the domain ends in the number \"\(last)\", so it is not a domain name; an IP address must be "
                    + "written in brackets, as in [\(example)]")
        }
        let domain = asciiLabels.joined(separator: ".")
        guard domain.utf8.count <= maximumOctets else {
            throw .notAnAddress(
                .tooLong, source,
                "the domain is \(domain.utf8.count) octets long; at most \(maximumOctets) are allowed")
        }
        return domain
    }

    /// NFC both before and after lowercasing: lowercasing may leave a decomposed sequence behind.
    private static func normalized(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.lowercased().precomposedStringWithCanonicalMapping
    }

    private static func splitIntoLabels(_ domain: String, in source: String) throws(AddressInputError) -> [String] {
        let labels = domain.unicodeScalars.split(omittingEmptySubsequences: false) { labelSeparators.contains($0) }
            .map { String(String.UnicodeScalarView($0)) }
        if labels.first?.isEmpty == true {
            throw .notAnAddress(.domain, source, "the domain starts with a dot")
        }
        if labels.count > 1, labels.last?.isEmpty == true {
            throw .notAnAddress(.domain, source, "the domain ends with a dot")
        }
        if labels.contains(where: \.isEmpty) {
            throw .notAnAddress(.domain, source, "the domain has two dots in a row")
        }
        return labels
    }

    /// One label, already lowercased, in its ASCII form: as it is, or `xn--` and its Punycode.
    private static func asciiLabel(_ label: String, in source: String) throws(AddressInputError) -> String {
        let scalars = label.unicodeScalars
        if let invalid = scalars.first(where: { !isAllowedInLabel($0) }) {
            let shown = invalid.isASCII ? "\"\(invalid)\"" : "\"\(invalid)\" (\(codePoint(invalid)))"
            throw .notAnAddress(
                .domain, source,
                "the domain contains \(shown); domain names hold only letters, digits, hyphens and dots")
        }
        if scalars.first == "-" || scalars.last == "-" {
            let end = scalars.first == "-" ? "starts" : "ends"
            throw .notAnAddress(.domain, source, "the domain label \"\(label)\" \(end) with a hyphen")
        }
        if scalars.allSatisfy(\.isASCII) {
            try checkLength(label, in: source)
            return label
        }
        // Fullwidth letters and the like are valid Unicode but never valid in a host name (IDNA2008 refuses
        // characters that compatibility normalization changes); say which plain spelling was probably meant.
        let plain = label.precomposedStringWithCompatibilityMapping.lowercased()
        if plain != label {
            throw .notAnAddress(
                .domain, source, "the domain label \"\(label)\" uses compatibility characters; write it as \"\(plain)\""
            )
        }
        if let first = scalars.first, isMark(first) {
            throw .notAnAddress(.domain, source, "the domain label \"\(label)\" starts with a combining mark")
        }
        // An A-label is never shorter than its U-label plus "xn--"; stop absurd input before encoding it.
        guard scalars.count <= maximumLabelOctets, let encoded = AddressPunycode.encode(label) else {
            throw .notAnAddress(
                .tooLong, source,
                "the domain label \"\(label)\" is too long; at most \(maximumLabelOctets) octets are allowed")
        }
        let aLabel = "xn--" + encoded
        try checkLength(aLabel, in: source, unicodeLabel: label)
        return aLabel
    }

    private static func checkLength(
        _ label: String, in source: String, unicodeLabel: String? = nil
    ) throws(AddressInputError) {
        guard label.utf8.count > maximumLabelOctets else { return }
        let form = unicodeLabel.map { "\"\($0)\" becomes \(label.utf8.count) octets as \(label.prefix(12))…" }
        throw .notAnAddress(
            .tooLong, source,
            "the domain label "
                + (form ?? "\"\(label.prefix(12))…\" is \(label.utf8.count) octets long")
                + "; at most \(maximumLabelOctets) are allowed")
    }

    /// ASCII letters, digits and hyphen; beyond ASCII, letters, marks and decimal digits, which is roughly
    /// what IDNA2008 permits (symbols, punctuation, spaces and emoji never are).
    private static func isAllowedInLabel(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return AddressCharacterClass.isASCIILetterOrDigit(scalar) || scalar == "-" }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        case _ where isMark(scalar):
            return true
        default:
            return false
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
