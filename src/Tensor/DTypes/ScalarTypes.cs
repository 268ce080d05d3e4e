using System.Numerics;

namespace ArrayBridge;

/// <summary>The <see cref="ScalarType"/> of a .NET element type, resolved at JIT time.</summary>
internal static class ScalarTypes
{
    public static ScalarType Of<T>() where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) return ScalarType.Bool;
        if (typeof(T) == typeof(sbyte)) return ScalarType.Int8;
        if (typeof(T) == typeof(byte)) return ScalarType.UInt8;
        if (typeof(T) == typeof(short)) return ScalarType.Int16;
        if (typeof(T) == typeof(ushort)) return ScalarType.UInt16;
        if (typeof(T) == typeof(int)) return ScalarType.Int32;
        if (typeof(T) == typeof(uint)) return ScalarType.UInt32;
        if (typeof(T) == typeof(long)) return ScalarType.Int64;
        if (typeof(T) == typeof(ulong)) return ScalarType.UInt64;
        if (typeof(T) == typeof(Half)) return ScalarType.Float16;
        if (typeof(T) == typeof(float)) return ScalarType.Float32;
        if (typeof(T) == typeof(double)) return ScalarType.Float64;
        if (typeof(T) == typeof(Complex64)) return ScalarType.Complex64;
        if (typeof(T) == typeof(Complex)) return ScalarType.Complex128;
        return ThrowHelper.ThrowNotSupported<ScalarType>($"'{typeof(T)}' has no NumPy dtype");
    }
}
