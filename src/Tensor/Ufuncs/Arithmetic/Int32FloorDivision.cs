using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// Vectorized int32 floor division through float64: <c>floor((double)a / (double)b)</c> is exact for
/// 32-bit operands (the quotient has at most 32 significant bits and a non-integral one stays at
/// least <c>1/|b|</c> from the next integer, more than float64's rounding error), so it needs no
/// integer divide instruction. Zero divisors are replaced by 1 before dividing (no FPU flag) and
/// give 0 with divide-by-zero flagged by hand; <c>MinValue // -1</c> wraps to MinValue when
/// narrowed and flags overflow, as NumPy's <c>floor_div_INT</c>.
/// </summary>
internal static class Int32FloorDivision
{
    public static void FloorDivide(ReadOnlySpan<int> x, ReadOnlySpan<int> y, Span<int> d)
    {
        ref int xr = ref MemoryMarshal.GetReference(x);
        ref int yr = ref MemoryMarshal.GetReference(y);
        ref int dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)x.Length, i = 0;
        Vector256<int> zeros = Vector256<int>.Zero, divideByZero = zeros, overflow = zeros;
        Vector256<int> minValue = Vector256.Create(int.MinValue), minusOne = Vector256.Create(-1);
        for (; i + (nuint)Vector256<int>.Count <= n; i += (nuint)Vector256<int>.Count)
        {
            Vector256<int> a = Vector256.LoadUnsafe(ref xr, i), b = Vector256.LoadUnsafe(ref yr, i);
            Vector256<int> zero = Vector256.Equals(b, zeros);
            divideByZero |= zero;
            overflow |= Vector256.Equals(a, minValue) & Vector256.Equals(b, minusOne);
            Vector256<int> q = Quotient(a, Vector256.ConditionalSelect(zero, Vector256<int>.One, b));
            Vector256.ConditionalSelect(zero, zeros, q).StoreUnsafe(ref dr, i);
        }

        Flag(divideByZero, overflow);
        for (; i < n; i++)
        {
            Unsafe.Add(ref dr, i) = IntegerFloorDivideKernel<int>.Apply(Unsafe.Add(ref xr, i), Unsafe.Add(ref yr, i));
        }
    }

    /// <summary><c>x // b</c> for a divisor other than 0 and -1 (the caller leaves those to the scalar loop).</summary>
    public static void FloorDivide(ReadOnlySpan<int> x, int b, Span<int> d)
    {
        ref int xr = ref MemoryMarshal.GetReference(x);
        ref int dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)x.Length, i = 0;
        Vector256<int> divisor = Vector256.Create(b);
        for (; i + (nuint)Vector256<int>.Count <= n; i += (nuint)Vector256<int>.Count)
        {
            Quotient(Vector256.LoadUnsafe(ref xr, i), divisor).StoreUnsafe(ref dr, i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref dr, i) = IntegerFloorDivideKernel<int>.Apply(Unsafe.Add(ref xr, i), b);
        }
    }

    /// <summary><c>a // x</c> element-wise for a broadcast dividend.</summary>
    public static void FloorDivide(int a, ReadOnlySpan<int> y, Span<int> d)
    {
        ref int yr = ref MemoryMarshal.GetReference(y);
        ref int dr = ref MemoryMarshal.GetReference(d);
        nuint n = (nuint)y.Length, i = 0;
        Vector256<int> zeros = Vector256<int>.Zero, divideByZero = zeros, overflow = zeros;
        Vector256<int> dividend = Vector256.Create(a), minusOne = Vector256.Create(-1);
        Vector256<int> dividendIsMin = a == int.MinValue ? Vector256<int>.AllBitsSet : zeros;
        for (; i + (nuint)Vector256<int>.Count <= n; i += (nuint)Vector256<int>.Count)
        {
            Vector256<int> b = Vector256.LoadUnsafe(ref yr, i);
            Vector256<int> zero = Vector256.Equals(b, zeros);
            divideByZero |= zero;
            overflow |= dividendIsMin & Vector256.Equals(b, minusOne);
            Vector256<int> q = Quotient(dividend, Vector256.ConditionalSelect(zero, Vector256<int>.One, b));
            Vector256.ConditionalSelect(zero, zeros, q).StoreUnsafe(ref dr, i);
        }

        Flag(divideByZero, overflow);
        for (; i < n; i++)
        {
            Unsafe.Add(ref dr, i) = IntegerFloorDivideKernel<int>.Apply(a, Unsafe.Add(ref yr, i));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Quotient(Vector256<int> a, Vector256<int> b)
    {
        (Vector256<long> aLow, Vector256<long> aHigh) = Vector256.Widen(a);
        (Vector256<long> bLow, Vector256<long> bHigh) = Vector256.Widen(b);
        Vector256<double> qLow = Vector256.Floor(Vector256.ConvertToDouble(aLow) / Vector256.ConvertToDouble(bLow));
        Vector256<double> qHigh = Vector256.Floor(Vector256.ConvertToDouble(aHigh) / Vector256.ConvertToDouble(bHigh));
        // 2^31 (MinValue // -1) converts exactly to long and narrows, wrapping, to MinValue.
        return Vector256.Narrow(Vector256.ConvertToInt64(qLow), Vector256.ConvertToInt64(qHigh));
    }

    private static void Flag(Vector256<int> divideByZero, Vector256<int> overflow)
    {
        if (divideByZero != Vector256<int>.Zero)
        {
            FloatingPointStatus.SetDivideByZero();
        }

        if (overflow != Vector256<int>.Zero)
        {
            FloatingPointStatus.SetOverflow();
        }
    }
}
