import Crypto
import Foundation

/// The `sha256` of an attachment result: lowercase hex of the decoded bytes, so a client can
/// check what it saved or received without the bytes travelling twice.
enum SHA256Digest {
    static func hex(of bytes: Data) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
