using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge.Interop;

/// <summary>Throw paths of the interop layer, kept out of line so callers stay small.</summary>
internal static partial class ThrowHelper
{
    internal const string ShutDownMessage =
        "Python was shut down (Python.Shutdown was called); CPython cannot be used or restarted in this process.";

    [DoesNotReturn]
    public static void ThrowPythonShutDown() => throw new ObjectDisposedException("Python", ShutDownMessage);

    [DoesNotReturn]
    public static void ThrowNotInitialized() =>
        throw new InvalidOperationException("Python is not initialized; call Python.Initialize() first.");

    [DoesNotReturn]
    public static void ThrowStartFailed(Exception? inner) =>
        throw new InvalidOperationException("Python failed to start earlier in this process and cannot be started again; see the inner exception.", inner);

    [DoesNotReturn]
    public static void ThrowObjectDisposed() =>
        throw new ObjectDisposedException(nameof(PyObject), "The PyObject was disposed; its reference to the Python object was released.");

    [DoesNotReturn]
    public static void ThrowGilScopeMismatch(string what) =>
        throw new InvalidOperationException($"{what} scopes must be disposed once, in reverse order of creation, on the thread that created them.");

    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void ThrowArgument(string message, string? paramName = null) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void ThrowArgument(string message, string? paramName, Exception inner) => throw new ArgumentException(message, paramName, inner);

    [DoesNotReturn]
    public static T ThrowArgument<T>(string message, string? paramName = null) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T ThrowArgument<T>(string message, string? paramName, Exception inner) => throw new ArgumentException(message, paramName, inner);

    /// <summary>A request the array's layout cannot satisfy; raised in Python as <c>BufferError</c>.</summary>
    [DoesNotReturn]
    public static void ThrowBufferRefused(string message) => throw new BufferRefusedException(message);

    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string paramName, string message) => throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn]
    public static void ThrowNotSupported(string message) => throw new NotSupportedException(message);

    [DoesNotReturn]
    public static T ThrowNotSupported<T>(string message) where T : allows ref struct => throw new NotSupportedException(message);

    [DoesNotReturn]
    public static void ThrowInvalidCast(string message) => throw new InvalidCastException(message);

    [DoesNotReturn]
    public static T ThrowInvalidCast<T>(string message) => throw new InvalidCastException(message);

    [DoesNotReturn]
    public static void ThrowOverflow(string message) => throw new OverflowException(message);
}
