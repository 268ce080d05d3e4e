namespace ArrayBridge.Interop;

/// <summary>
/// No usable CPython was found: the message lists every candidate tried and why each was rejected.
/// </summary>
public sealed class PythonNotFoundException : Exception
{
    /// <summary>Creates the exception with a message and no candidate list.</summary>
    public PythonNotFoundException()
        : this("No usable Python interpreter was found.", [])
    {
    }

    /// <summary>Creates the exception with a message and no candidate list.</summary>
    public PythonNotFoundException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message, no candidate list and an inner exception.</summary>
    public PythonNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failures = [];
    }

    /// <summary>Creates the exception for a list of rejected candidates; the message lists them.</summary>
    public PythonNotFoundException(string summary, IReadOnlyList<PythonProbeFailure> failures)
        : base(Format(summary, failures))
    {
        Failures = failures;
    }

    /// <summary>Every candidate tried, in order, with the reason it was rejected.</summary>
    public IReadOnlyList<PythonProbeFailure> Failures { get; }

    private static string Format(string summary, IReadOnlyList<PythonProbeFailure> failures)
    {
        if (failures.Count == 0)
        {
            return summary;
        }

        return summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Select(f => "  - " + f));
    }
}
