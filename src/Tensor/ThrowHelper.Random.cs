using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

internal static partial class ThrowHelper
{
    /// <summary>A dtype a sampler cannot produce, in NumPy's words ("Unsupported dtype dtype('int32') for random").</summary>
    [DoesNotReturn]
    public static void ThrowUnsupportedRandomDType(DType dtype, string method) =>
        throw new ArgumentException($"Unsupported dtype dtype('{dtype.Name}') for {method}", nameof(dtype));

    /// <summary>An <c>out=</c> array a sampler cannot fill in place, in NumPy's words.</summary>
    [DoesNotReturn]
    public static void ThrowRandomOutputLayout() =>
        throw new ArgumentException("Supplied output array must be contiguous, writable, aligned, and in machine byte-order.", "out");

    /// <summary>An <c>out=</c> array of the wrong dtype, in NumPy's words.</summary>
    [DoesNotReturn]
    public static void ThrowRandomOutputType(string expected, DType got) =>
        throw new ArgumentException($"Supplied output array has the wrong type. Expected {expected}, got {got.Name}", "out");

    /// <summary>A parameter that must not be negative ("scale &lt; 0", "high - low &lt; 0").</summary>
    [DoesNotReturn]
    public static void ThrowNegativeParameter(string name, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, $"{name} < 0");

    /// <summary>Generator.integers' bound errors: "low &gt;= high", "high &lt;= 0", "low is out of bounds for int8".</summary>
    [DoesNotReturn]
    public static void ThrowRandomBounds(string message, string paramName) =>
        throw new ArgumentException(message, paramName);

    /// <summary>A choice that cannot be made ("Cannot take a larger sample than population when replace is False").</summary>
    [DoesNotReturn]
    public static void ThrowChoice(string message, string paramName) =>
        throw new ArgumentException(message, paramName);

    /// <summary>A distribution parameter that float64 cannot hold under the 'safe' rule, in NumPy's words.</summary>
    [DoesNotReturn]
    public static void ThrowRandomParameterCast(DType from) =>
        throw new InvalidCastException($"Cannot cast array data from dtype('{from}') to dtype('float64') according to the rule 'safe'");

    /// <summary>A Python-like complex scalar as a real distribution parameter, in CPython's words.</summary>
    [DoesNotReturn]
    public static void ThrowRandomComplexParameter() =>
        throw new InvalidCastException("float() argument must be a string or a real number, not 'complex'");
}
