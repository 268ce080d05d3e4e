namespace ArrayBridge;

/// <summary>
/// NumPy 2's <c>np.clip</c> (<c>_clip</c> in numpy/_core/_methods.py) before the ufunc: on an integer
/// array, a Python-int bound at or past the dtype's own limit on its side (<c>min &lt;= iinfo.min</c>,
/// <c>max &gt;= iinfo.max</c>) bounds nothing, so it is dropped instead of overflowing under NEP 50
/// (<c>np.clip(uint8_arr, -1, 300)</c> is a uint8 copy). Here a dropped bound becomes the dtype's
/// limit as a typed scalar, which clips nothing and keeps the result dtype NumPy's
/// <c>minimum</c>/<c>maximum</c>/<c>positive</c> would give.
/// </summary>
internal static class ClipBounds
{
    /// <summary>Replaces weak-integer bounds past <paramref name="a"/>'s integer range by its limits.</summary>
    public static void DropUnbounding(in Operand a, ref Operand min, ref Operand max)
    {
        if (a.IsWeak || a.Kind == OperandKind.None || a.DType.Kind is not ('i' or 'u'))
        {
            return;
        }

        ScalarType type = a.DType.Type;
        if (min.Kind == OperandKind.WeakInteger && (decimal)min.Integer <= Limit(type, lower: true))
        {
            min = Typed(type, lower: true);
        }

        if (max.Kind == OperandKind.WeakInteger && (decimal)max.Integer >= Limit(type, lower: false))
        {
            max = Typed(type, lower: false);
        }
    }

    private static decimal Limit(ScalarType type, bool lower) => type switch
    {
        ScalarType.Int8 => lower ? sbyte.MinValue : sbyte.MaxValue,
        ScalarType.UInt8 => lower ? byte.MinValue : byte.MaxValue,
        ScalarType.Int16 => lower ? short.MinValue : short.MaxValue,
        ScalarType.UInt16 => lower ? ushort.MinValue : ushort.MaxValue,
        ScalarType.Int32 => lower ? int.MinValue : int.MaxValue,
        ScalarType.UInt32 => lower ? uint.MinValue : uint.MaxValue,
        ScalarType.Int64 => lower ? long.MinValue : long.MaxValue,
        _ => lower ? ulong.MinValue : ulong.MaxValue,
    };

    private static Operand Typed(ScalarType type, bool lower) => type switch
    {
        ScalarType.Int8 => Operand.Scalar(lower ? sbyte.MinValue : sbyte.MaxValue),
        ScalarType.UInt8 => Operand.Scalar(lower ? byte.MinValue : byte.MaxValue),
        ScalarType.Int16 => Operand.Scalar(lower ? short.MinValue : short.MaxValue),
        ScalarType.UInt16 => Operand.Scalar(lower ? ushort.MinValue : ushort.MaxValue),
        ScalarType.Int32 => Operand.Scalar(lower ? int.MinValue : int.MaxValue),
        ScalarType.UInt32 => Operand.Scalar(lower ? uint.MinValue : uint.MaxValue),
        ScalarType.Int64 => Operand.Scalar(lower ? long.MinValue : long.MaxValue),
        _ => Operand.Scalar(lower ? ulong.MinValue : ulong.MaxValue),
    };
}
