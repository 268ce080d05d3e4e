using System.Numerics;

namespace ArrayBridge;

/// <summary>The <see cref="ScalarType"/> of a .NET element type, resolved at JIT time.</summary>
internal static class ScalarTypes
{
    /// <summary>The scalar type of <typeparamref name="T"/>; throws for a type with no NumPy dtype.</summary>
    public static ScalarType Of<T>() where T : unmanaged =>
        TryOf<T>(out ScalarType type) ? type : ThrowHelper.ThrowNotSupported<ScalarType>($"'{typeof(T)}' has no NumPy dtype");

    /// <summary>The scalar type of <typeparamref name="T"/>, or false for a type with no NumPy dtype.</summary>
    public static bool TryOf<T>(out ScalarType type) where T : unmanaged
    {
        if (typeof(T) == typeof(bool)) type = ScalarType.Bool;
        else if (typeof(T) == typeof(sbyte)) type = ScalarType.Int8;
        else if (typeof(T) == typeof(byte)) type = ScalarType.UInt8;
        else if (typeof(T) == typeof(short)) type = ScalarType.Int16;
        else if (typeof(T) == typeof(ushort)) type = ScalarType.UInt16;
        else if (typeof(T) == typeof(int)) type = ScalarType.Int32;
        else if (typeof(T) == typeof(uint)) type = ScalarType.UInt32;
        else if (typeof(T) == typeof(long)) type = ScalarType.Int64;
        else if (typeof(T) == typeof(ulong)) type = ScalarType.UInt64;
        else if (typeof(T) == typeof(Half)) type = ScalarType.Float16;
        else if (typeof(T) == typeof(float)) type = ScalarType.Float32;
        else if (typeof(T) == typeof(double)) type = ScalarType.Float64;
        else if (typeof(T) == typeof(Complex64)) type = ScalarType.Complex64;
        else if (typeof(T) == typeof(Complex)) type = ScalarType.Complex128;
        else
        {
            type = default;
            return false;
        }

        return true;
    }
}
