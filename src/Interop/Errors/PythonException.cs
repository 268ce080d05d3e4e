namespace ArrayBridge.Interop;

/// <summary>
/// A Python exception raised by code ArrayBridge ran, carrying the exception's type name, its
/// message (<c>str(exc)</c>) and its formatted traceback (<c>traceback.format_exception</c>).
/// </summary>
/// <remarks>
/// The Python error indicator is always cleared when this exception is created, so no Python
/// error leaks into the next call. The Python exception object itself is not kept.
/// </remarks>
public sealed unsafe partial class PythonException : Exception
{
    /// <summary>Creates an exception with a generic message.</summary>
    public PythonException()
        : this("Exception", "A Python exception was raised.", "")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> as the Python message.</summary>
    public PythonException(string message)
        : this("Exception", message, "")
    {
    }

    /// <summary>Creates an exception with <paramref name="message"/> and an inner exception.</summary>
    public PythonException(string message, Exception innerException)
        : base(message, innerException)
    {
        PythonTypeName = "Exception";
        PythonMessage = message;
        PythonTraceback = "";
    }

    /// <summary>Creates an exception from the parts of a Python exception.</summary>
    /// <param name="pythonTypeName">The exception class, e.g. <c>"ZeroDivisionError"</c> or <c>"mymodule.MyError"</c>.</param>
    /// <param name="pythonMessage"><c>str(exc)</c>.</param>
    /// <param name="pythonTraceback">The formatted traceback, ending with the <c>"Type: message"</c> line.</param>
    public PythonException(string pythonTypeName, string pythonMessage, string pythonTraceback)
        : base(pythonMessage.Length == 0 ? pythonTypeName : $"{pythonTypeName}: {pythonMessage}")
    {
        PythonTypeName = pythonTypeName;
        PythonMessage = pythonMessage;
        PythonTraceback = pythonTraceback;
    }

    /// <summary>
    /// The exception's class: its <c>__qualname__</c>, prefixed with <c>__module__</c> unless that is
    /// <c>builtins</c> (<c>"ZeroDivisionError"</c>, <c>"json.decoder.JSONDecodeError"</c>).
    /// </summary>
    public string PythonTypeName { get; }

    /// <summary>The exception's message: <c>str(exc)</c>.</summary>
    public string PythonMessage { get; }

    /// <summary>
    /// <c>"".join(traceback.format_exception(type(exc), exc, exc.__traceback__))</c>: the Python stack
    /// ("Traceback (most recent call last): ...") and the final <c>"Type: message"</c> line.
    /// </summary>
    public string PythonTraceback { get; }

    /// <summary>The .NET description followed by the Python traceback.</summary>
    public override string ToString() =>
        PythonTraceback.Length == 0 ? base.ToString() : $"{base.ToString()}{Environment.NewLine}--- Python traceback ---{Environment.NewLine}{PythonTraceback}";
}
