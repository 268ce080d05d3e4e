using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// Test helpers for sorting: planting NaN of both signs, ±inf, -0.0, 0.0 and repeated values into
/// float and complex arrays, and checking the partition property with NumPy's order.
/// </summary>
internal static class SortSpecials
{
    private static readonly double NegativeNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8_0000_0000_0001));

    private static readonly double[] Reals = [double.NaN, NegativeNaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, 1.5, 1.5];

    /// <summary>Writes special values at random positions of a writeable float or complex array.</summary>
    public static void Plant(NDArray a, Random rng, int? count = null)
    {
        if (a.DType.Kind is not ('f' or 'c') || a.Size == 0 || !a.IsWriteable)
            return;
        int k = count ?? rng.Next(0, 1 + (int)Math.Min(a.Size / 3, 40));
        for (int i = 0; i < k; i++)
        {
            long flat = rng.NextInt64(a.Size);
            var index = new NDIndex[a.NDim];
            for (int d = a.NDim - 1; d >= 0; d--)
            {
                index[d] = (nint)(flat % a.Shape[d]);
                flat /= a.Shape[d];
            }

            using NDArray element = a.Index(index);
            using NDArray one = a.DType.Kind == 'c'
                ? NDArray.FromArray(new[] { new Complex(Reals[rng.Next(Reals.Length)], Reals[rng.Next(Reals.Length)]) })
                : NDArray.FromArray(new[] { Reals[rng.Next(Reals.Length)] });
            using NDArray scalar = one.Reshape();
            scalar.CopyTo(element, Casting.Unsafe);
        }
    }

    /// <summary>
    /// Null when <paramref name="result"/> (values, or int64 indices into <paramref name="a"/>) is a
    /// partition of <paramref name="a"/> along <paramref name="axis"/> around every kth: each lane a
    /// permutation (for indices), the sorted value at each kth, none greater before it and none smaller after it.
    /// </summary>
    public static string? CheckPartition(NDArray a, NDArray result, int? axis, long[] kth, bool indices)
    {
        if (a.Size == 0 || (indices && a.NDim == 0))
            return null;
        using NDArray flat = a.Flatten();
        NDArray source = axis is null ? flat : a;
        int ax = axis is null ? 0 : axis.Value < 0 ? axis.Value + a.NDim : axis.Value;
        using NDArray sorted = NDArray.Sort(source, ax, SortKind.Stable);
        Complex[] src = Lanes<Complex>(source, ax, DType.Complex128);
        Complex[] exp = Lanes<Complex>(sorted, ax, DType.Complex128);
        int n = (int)source.Shape[ax];
        Complex[] got;
        if (indices)
        {
            long[] idx = Lanes<long>(result, ax, DType.Int64);
            got = new Complex[idx.Length];
            for (int lane = 0; lane * n < idx.Length; lane++)
            {
                var seen = new bool[n];
                for (int i = 0; i < n; i++)
                {
                    long j = idx[lane * n + i];
                    if (j < 0 || j >= n || seen[j])
                        return $"lane {lane} is not a permutation ({j} at {i})";
                    seen[j] = true;
                    got[lane * n + i] = src[lane * n + j];
                }
            }
        }
        else
        {
            got = Lanes<Complex>(result, ax, DType.Complex128);
        }

        for (int lane = 0; lane * n < got.Length; lane++)
        {
            foreach (long k0 in kth)
            {
                int k = (int)(k0 < 0 ? k0 + n : k0);
                Complex pivot = got[lane * n + k];
                if (!Same(pivot, exp[lane * n + k]))
                    return $"lane {lane}: {pivot} at kth {k}, sorted has {exp[lane * n + k]}";
                for (int i = 0; i < n; i++)
                {
                    Complex x = got[lane * n + i];
                    if (i < k && Less(pivot, x))
                        return $"lane {lane}: {x} at {i} before kth {k} holding {pivot}";
                    if (i > k && Less(x, pivot))
                        return $"lane {lane}: {x} at {i} after kth {k} holding {pivot}";
                }
            }
        }

        return null;
    }

    /// <summary>NumPy's complex LT (its real LT when both imaginary parts are 0).</summary>
    public static bool Less(Complex a, Complex b)
    {
        double ar = a.Real, ai = a.Imaginary, br = b.Real, bi = b.Imaginary;
        bool aiNaN = double.IsNaN(ai), biNaN = double.IsNaN(bi);
        if (ar < br)
            return !aiNaN || biNaN;
        if (ar > br)
            return biNaN && !aiNaN;
        if (ar == br || (double.IsNaN(ar) && double.IsNaN(br)))
            return ai < bi || (biNaN && !aiNaN);
        return double.IsNaN(br);
    }

    public static bool Same(Complex x, Complex y) =>
        (x.Real == y.Real || (double.IsNaN(x.Real) && double.IsNaN(y.Real))) && (x.Imaginary == y.Imaginary || (double.IsNaN(x.Imaginary) && double.IsNaN(y.Imaginary)));

    public static T[] Lanes<T>(NDArray a, int axis, DType dtype)
        where T : unmanaged
    {
        using NDArray moved = a.SwapAxes(axis, a.NDim - 1);
        using NDArray cast = moved.AsType(dtype, Casting.Unsafe, ArrayOrder.C);
        return cast.ToArray<T>();
    }
}
