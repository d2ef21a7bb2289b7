/// The `Authorization: Bearer` check, in constant time: how long the comparison takes must not
/// tell an attacker how much of a guess was right.
enum BearerCheck {
    static func matches(_ header: String?, token: String) -> Bool {
        guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return false }
        let presented = Array(header.dropFirst(7).utf8)
        let expected = Array(token.utf8)
        var difference = UInt8(truncatingIfNeeded: presented.count ^ expected.count)
        for index in 0..<expected.count {
            let byte = index < presented.count ? presented[index] : 0
            difference |= byte ^ expected[index]
        }
        return difference == 0
    }
}
