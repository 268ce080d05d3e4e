namespace ArrayBridge;

/// <summary>
/// A floating-point error in a category whose mode is <see cref="FloatingPointErrorMode.Warn"/>:
/// what NumPy issues as a <c>RuntimeWarning</c>.
/// </summary>
public sealed class FloatingPointWarningEventArgs : EventArgs
{
    internal FloatingPointWarningEventArgs(FloatingPointFlags flag, string name, string message)
    {
        Flag = flag;
        Name = name;
        Message = message;
    }

    /// <summary>The error category: exactly one of the four flags.</summary>
    public FloatingPointFlags Flag { get; }

    /// <summary>The operation that met the error: a ufunc name such as <c>add</c>, or <c>cast</c>.</summary>
    public string Name { get; }

    /// <summary>NumPy's warning text, such as "divide by zero encountered in divide".</summary>
    public string Message { get; }

    /// <summary>The warning text.</summary>
    public override string ToString() => Message;
}
