namespace ArrayBridge;

public readonly partial struct DType
{
    /// <summary>
    /// Whether NumPy allows casting <paramref name="from"/> to <paramref name="to"/> under
    /// <paramref name="casting"/> (<c>np.can_cast(from, to, casting)</c>, <c>PyArray_CanCastTypeTo</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="casting"/> is not a defined casting level.</exception>
    public static bool CanCast(DType from, DType to, Casting casting)
    {
        EnumChecks.Check(casting);
        switch (casting)
        {
            case Casting.No:
                return from == to;
            case Casting.Equiv:
                return from.Type == to.Type;
            case Casting.Safe:
                return from.Type == to.Type || IsSafe(from.Type, to.Type);
            case Casting.SameKind:
                return from.Type == to.Type || IsSafe(from.Type, to.Type) || KindOrder(from.Kind) <= KindOrder(to.Kind);
            case Casting.Unsafe:
                return true;
            default:
                return ThrowHelper.ThrowArgumentOutOfRange<bool>(nameof(casting), $"'{(int)casting}' is not a casting level.");
        }
    }

    // NumPy's kind order for same_kind: b < u < i < f < c (a bool source is always safe).
    private static int KindOrder(char kind) => kind switch
    {
        'b' => 0,
        'u' => 1,
        'i' => 2,
        'f' => 3,
        _ => 4,
    };

    private static bool IsSafe(ScalarType from, ScalarType to)
    {
        // The bit for each safe target, NumPy's _npy_can_cast_safely_table for LP64.
        return (SafeTargets(from) & Bit(to)) != 0;
    }

    private static int Bit(ScalarType t) => 1 << (int)t;

    private static int SafeTargets(ScalarType from)
    {
                const int i16 = 1 << (int)ScalarType.Int16, u16 = 1 << (int)ScalarType.UInt16;
        const int i32 = 1 << (int)ScalarType.Int32, u32 = 1 << (int)ScalarType.UInt32;
        const int i64 = 1 << (int)ScalarType.Int64, u64 = 1 << (int)ScalarType.UInt64;
        const int f16 = 1 << (int)ScalarType.Float16, f32 = 1 << (int)ScalarType.Float32, f64 = 1 << (int)ScalarType.Float64;
        const int c64 = 1 << (int)ScalarType.Complex64, c128 = 1 << (int)ScalarType.Complex128;
        return from switch
        {
            ScalarType.Bool => ~0,
            ScalarType.Int8 => i16 | i32 | i64 | f16 | f32 | f64 | c64 | c128,
            ScalarType.UInt8 => i16 | i32 | i64 | u16 | u32 | u64 | f16 | f32 | f64 | c64 | c128,
            ScalarType.Int16 => i32 | i64 | f32 | f64 | c64 | c128,
            ScalarType.UInt16 => i32 | i64 | u32 | u64 | f32 | f64 | c64 | c128,
            ScalarType.Int32 => i64 | f64 | c128,
            ScalarType.UInt32 => i64 | u64 | f64 | c128,
            ScalarType.Int64 => f64 | c128,
            ScalarType.UInt64 => f64 | c128,
            ScalarType.Float16 => f32 | f64 | c64 | c128,
            ScalarType.Float32 => f64 | c64 | c128,
            ScalarType.Float64 => c128,
            ScalarType.Complex64 => c128,
            _ => 0,
        };
    }
}
