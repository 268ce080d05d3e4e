namespace ArrayBridge.Interop;

/// <summary>One interpreter that discovery tried and rejected, and why.</summary>
/// <param name="Candidate">The candidate as given (a path, or a name looked up on <c>PATH</c>).</param>
/// <param name="Reason">Why it does not fit, e.g. <c>"cannot import numpy (ModuleNotFoundError: No module named 'numpy')"</c>.</param>
public sealed record PythonProbeFailure(string Candidate, string Reason)
{
    /// <summary><c>"candidate: reason"</c>.</summary>
    public override string ToString() => $"{Candidate}: {Reason}";
}
