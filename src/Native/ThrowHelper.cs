using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge.Native;

/// <summary>Throw paths of the native layer, kept out of line.</summary>
internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowArgument(string message, string paramName) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void ThrowDllNotFound(string message) => throw new DllNotFoundException(message);

    [DoesNotReturn]
    public static void ThrowEntryPointNotFound(string message) => throw new EntryPointNotFoundException(message);

    [DoesNotReturn]
    public static void ThrowNotSupported(string message) => throw new NotSupportedException(message);

    [DoesNotReturn]
    public static void ThrowPlatformNotSupported(string message) => throw new PlatformNotSupportedException(message);

    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);
}
