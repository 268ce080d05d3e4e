namespace ArrayBridge.Tests;

/// <summary>
/// The bound on waits for other threads (joins, events, barriers) in tests that check the absence
/// of a deadlock. Only a deadlock should reach it: on two shared cores under load, with the other
/// test classes running beside it, a thread may get no time for many seconds.
/// </summary>
internal static class Hang
{
    /// <summary>Five minutes: a hang still fails the test, and no busy machine gets there.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromMinutes(5);
}
