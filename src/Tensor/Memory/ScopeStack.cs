namespace ArrayBridge;

/// <summary>
/// The open <see cref="NDArrayScope"/>s of the current thread, as a chain from the innermost one
/// through <see cref="NDArrayScope.Outer"/>, and the creation counter that orders the arrays they own.
/// </summary>
/// <remarks>
/// Every array constructor reads <see cref="Innermost"/>, so it is a bare thread-static field:
/// outside any scope, registration costs that one read and a null test.
/// </remarks>
internal static class ScopeStack
{
    [ThreadStatic]
    private static NDArrayScope? t_innermost;

    [ThreadStatic]
    private static long t_sequence;

    /// <summary>The innermost scope open on this thread, or null.</summary>
    public static NDArrayScope? Innermost
    {
        get => t_innermost;
        set => t_innermost = value;
    }

    /// <summary>
    /// The next number in this thread's creation order of scoped arrays. Only the order of numbers
    /// from one thread matters, since a scope owns only arrays created on its own thread.
    /// </summary>
    public static long NextSequence() => t_sequence++;
}
