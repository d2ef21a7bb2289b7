import Foundation

/// Waits for something another thread does (a server noticing a hang-up, say), checking every
/// 10 ms; true as soon as it holds, false when `seconds` pass first.
public func eventually(within seconds: Double = 3, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        Thread.sleep(forTimeInterval: 0.01)
    }
    return condition()
}

/// Seconds taken by `work`.
public func secondsElapsed<T>(_ work: () throws -> T) rethrows -> (result: T, seconds: Double) {
    let clock = ContinuousClock()
    var result: T?
    let duration = try clock.measure { result = try work() }
    let (seconds, attoseconds) = duration.components
    return (result!, Double(seconds) + Double(attoseconds) / 1e18)
}
