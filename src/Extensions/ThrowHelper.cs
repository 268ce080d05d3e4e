using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge.Extensions;

/// <summary>Throw paths of the extension runtime, kept out of line so callers stay small.</summary>
internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void ThrowArgument(string message, string paramName) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void ThrowEntryPointNotFound(string message) => throw new EntryPointNotFoundException(message);
}
