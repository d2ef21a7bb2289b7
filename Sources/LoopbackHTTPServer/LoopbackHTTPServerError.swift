/// A system call that failed while the server was starting, with the `errno` it left.
public struct LoopbackHTTPServerError: Error, Sendable, Equatable, CustomStringConvertible {
    public let operation: String
    public let errorNumber: Int32

    public init(operation: String, errorNumber: Int32) {
        self.operation = operation
        self.errorNumber = errorNumber
    }

    public var description: String {
        "LoopbackHTTPServer: \(operation) failed with errno \(errorNumber)"
    }
}
