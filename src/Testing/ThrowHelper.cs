using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge.Testing;

/// <summary>Throw paths kept out of line so that the methods that call them stay small.</summary>
internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowArgument(string message, string? paramName = null) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T ThrowArgument<T>(string message, string? paramName = null) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string paramName, string message) => throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static T ThrowFormat<T>(string message) => throw new FormatException(message);

    [DoesNotReturn]
    public static void ThrowAssertion(string message) => throw new ArrayAssertionException(message);
}
