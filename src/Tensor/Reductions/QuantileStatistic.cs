using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>Pieces shared by the order statistics: NaN scans and delivery into <c>out=</c>.</summary>
internal static class QuantileStatistic
{
    /// <summary>Whether a lane holds a NaN (never for integer types).</summary>
    public static bool HasNaN<T>(ReadOnlySpan<T> values)
        where T : unmanaged, INumberBase<T>
    {
        if (typeof(T) == typeof(double))
            return HasNaNVectorized(MemoryMarshal.Cast<T, double>(values));
        if (typeof(T) == typeof(float))
            return HasNaNVectorized(MemoryMarshal.Cast<T, float>(values));
        if (typeof(T) != typeof(Half))
            return false;
        foreach (T v in values)
        {
            if (T.IsNaN(v))
                return true;
        }

        return false;
    }

    // Below this many elements in all the lanes together one core is faster than the hand-off.
    private const long ParallelThreshold = 1 << 17;

    /// <summary>How many parts to split <paramref name="lanes"/> lanes of <paramref name="length"/> values into.</summary>
    public static int Parts(nint lanes, nint length)
    {
        if (lanes < 2 || (long)lanes * length < ParallelThreshold)
            return 1;
        return (int)Math.Min(Environment.ProcessorCount, lanes);
    }

    /// <summary>The lanes of part <paramref name="part"/> of <paramref name="parts"/> within [start, end).</summary>
    public static (nint From, nint To) Range(nint start, nint end, int part, int parts)
    {
        nint count = end - start;
        return (start + count * part / parts, start + count * (part + 1) / parts);
    }

    /// <summary>Moves the values that are not NaN to the front, in any order, and returns their count.</summary>
    public static int CompactNonNaN<T>(Span<T> values)
        where T : unmanaged, INumberBase<T>
    {
        if (typeof(T) != typeof(double) && typeof(T) != typeof(float) && typeof(T) != typeof(Half))
            return values.Length;
        int kept = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (!T.IsNaN(values[i]))
                values[kept++] = values[i];
        }

        return kept;
    }

    private static bool HasNaNVectorized<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<T>.Count)
        {
            // x == x is false only for NaN.
            ReadOnlySpan<Vector256<T>> vectors = MemoryMarshal.Cast<T, Vector256<T>>(values);
            foreach (Vector256<T> v in vectors)
            {
                if (!Vector256.EqualsAll(v, v))
                    return true;
            }

            i = vectors.Length * Vector256<T>.Count;
        }

        for (; i < values.Length; i++)
        {
            if (T.IsNaN(values[i]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Returns <paramref name="result"/>, or copies it into <paramref name="out"/> (same_kind casting, as the
    /// ufuncs NumPy writes <c>out=</c> with) and returns that after disposing the result.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="out"/> has another shape.</exception>
    /// <exception cref="InvalidCastException">The result's dtype does not cast to out's under same_kind.</exception>
    public static NDArray Deliver(NDArray result, NDArray? @out)
    {
        if (@out is null)
            return result;
        using (result)
        {
            if (!@out.Shape.SequenceEqual(result.Shape))
                ThrowHelper.ThrowArgument($"out has shape {Layout.Format(@out.Shape)}, but the result has shape {Layout.Format(result.Shape)}", "out");
            if (!DType.CanCast(result.DType, @out.DType, Casting.SameKind))
                ThrowHelper.ThrowInvalidCast($"Cannot cast the result from dtype('{result.DType.TypeStr}') to the out array's dtype('{@out.DType.TypeStr}') with casting rule 'same_kind'");
            result.CopyTo(@out, Casting.SameKind);
        }

        return @out;
    }
}
