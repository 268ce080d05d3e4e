namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    /// <summary>
    /// One int64 in [low, high), or [low, high] with <paramref name="endpoint"/>
    /// (<c>rng.integers(low, high, endpoint=endpoint)</c>, Lemire's method).
    /// </summary>
    /// <exception cref="ArgumentException">The range is empty ("low &gt;= high", "high &lt;= 0", with endpoint "low &gt; high", "high &lt; 0").</exception>
    public long Integers(long low, long high, bool endpoint = false) => Integers<long>(low, high, endpoint);

    /// <summary><c>rng.integers(low, high, size, endpoint=endpoint)</c> as int64.</summary>
    /// <exception cref="ArgumentException">The range is empty ("low &gt;= high", "high &lt;= 0", ...).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<long> Integers(long low, long high, ReadOnlySpan<nint> size, bool endpoint = false) =>
        Integers<long>(low, high, size, endpoint);

    /// <summary>
    /// One integer of type <typeparamref name="T"/> (sbyte … ulong, or bool) in [low, high), or
    /// [low, high] with <paramref name="endpoint"/> (<c>rng.integers(low, high, dtype=T)</c>).
    /// The bounds may span the type's whole range, e.g. <c>Integers&lt;ulong&gt;(0, UInt128 2⁶⁴)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <typeparamref name="T"/> is not an integer or bool type ("Unsupported dtype dtype('float64') for integers"),
    /// a bound is outside the type ("low is out of bounds for int8", "high is out of bounds for uint8"),
    /// or the range is empty ("low &gt;= high", "high &lt;= 0").
    /// </exception>
    public T Integers<T>(Int128 low, Int128 high, bool endpoint = false) where T : unmanaged
    {
        T value;
        FillIntegers(DType.Of<T>(), low, high, endpoint, (byte*)&value, 1);
        return value;
    }

    /// <summary><c>rng.integers(low, high, size, dtype=T, endpoint=endpoint)</c>.</summary>
    /// <inheritdoc cref="Integers{T}(Int128, Int128, bool)"/>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<T> Integers<T>(Int128 low, Int128 high, ReadOnlySpan<nint> size, bool endpoint = false) where T : unmanaged
    {
        NDArray<T> result = NDArray.Empty<T>(size);
        FillIntegers(result.DType, low, high, endpoint, result.Data, result.Size);
        return result;
    }

    /// <summary><c>rng.integers(low, high, size, dtype=dtype, endpoint=endpoint)</c> with the dtype chosen at run time.</summary>
    /// <inheritdoc cref="Integers{T}(Int128, Int128, bool)"/>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray Integers(Int128 low, Int128 high, ReadOnlySpan<nint> size, DType dtype, bool endpoint = false)
    {
        NDArray result = NDArray.Empty(dtype, size);
        FillIntegers(dtype, low, high, endpoint, result.Data, result.Size);
        return result;
    }

    private static (Int128 Low, Int128 High) IntegerLimits(DType dtype) => dtype.Type switch
    {
        ScalarType.Bool => (0, 1),
        ScalarType.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        ScalarType.UInt8 => (0, byte.MaxValue),
        ScalarType.Int16 => (short.MinValue, short.MaxValue),
        ScalarType.UInt16 => (0, ushort.MaxValue),
        ScalarType.Int32 => (int.MinValue, int.MaxValue),
        ScalarType.UInt32 => (0, uint.MaxValue),
        ScalarType.Int64 => (long.MinValue, long.MaxValue),
        ScalarType.UInt64 => (0, ulong.MaxValue),
        _ => (1, 0),
    };

    /// <summary>The checks of NumPy's <c>_rand_{dtype}</c>, in its order and words.</summary>
    internal static Int128 CheckIntegerBounds(DType dtype, Int128 low, Int128 high, bool endpoint, string method = "integers")
    {
        (Int128 lb, Int128 ub) = IntegerLimits(dtype);
        if (lb > ub || !dtype.IsNativeByteOrder)
        {
            ThrowHelper.ThrowUnsupportedRandomDType(dtype, method);
        }

        // The closed interval [low, high - !endpoint].
        if (!endpoint)
        {
            high -= 1;
        }

        string name = dtype.Type == ScalarType.Bool ? "bool" : dtype.Name;
        if (low < lb)
        {
            ThrowHelper.ThrowRandomBounds($"low is out of bounds for {name}", nameof(low));
        }

        if (high > ub)
        {
            ThrowHelper.ThrowRandomBounds($"high is out of bounds for {name}", nameof(high));
        }

        if (low > high)
        {
            string message = low == 0
                ? (endpoint ? "high < 0" : "high <= 0")
                : (endpoint ? "low > high" : "low >= high");
            ThrowHelper.ThrowRandomBounds(message, nameof(low));
        }

        return high;
    }

    private void FillIntegers(DType dtype, Int128 low, Int128 high, bool endpoint, byte* output, nint count)
    {
        if (count == 0)
        {
            // NumPy returns an empty array before it looks at the bounds.
            (Int128 lb, Int128 ub) = IntegerLimits(dtype);
            if (lb > ub)
            {
                ThrowHelper.ThrowUnsupportedRandomDType(dtype, "integers");
            }

            return;
        }

        Int128 closedHigh = CheckIntegerBounds(dtype, low, high, endpoint);

        // The range and offset in the unsigned type of the same width; signed results wrap into place.
        ulong rng = (ulong)(closedHigh - low);
        ulong off = (ulong)low;
        ref Pcg64Core core = ref _bitGenerator.Core;
        switch (dtype.Type)
        {
            case ScalarType.Int64:
            case ScalarType.UInt64:
                BoundedIntegers.Fill64(ref core, off, rng, (ulong*)output, count);
                break;
            case ScalarType.Int32:
            case ScalarType.UInt32:
                BoundedIntegers.Fill32(ref core, (uint)off, (uint)rng, (uint*)output, count);
                break;
            case ScalarType.Int16:
            case ScalarType.UInt16:
                BoundedIntegers.FillNarrow(ref core, (ushort)off, (ushort)rng, (ushort*)output, count);
                break;
            case ScalarType.Int8:
            case ScalarType.UInt8:
                BoundedIntegers.FillNarrow(ref core, (byte)off, (byte)rng, output, count);
                break;
            default:
                BoundedIntegers.FillBool(ref core, off != 0, rng != 0, (bool*)output, count);
                break;
        }
    }
}
