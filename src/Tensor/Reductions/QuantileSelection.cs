using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// Order statistics of one lane in place: after <see cref="SelectRanks"/> every requested rank holds
/// the value a full sort would put there (Floyd and Rivest's selection, falling back to a sort of
/// the remaining range when it runs too many rounds, so O(n) expected and O(n log n) at worst). The lane must hold no NaN: the callers treat NaN lanes apart, as
/// NumPy's sort order puts NaN last and its quantiles turn such lanes into NaN.
/// </summary>
internal static class QuantileSelection<T>
    where T : unmanaged, IComparable<T>, System.Numerics.IComparisonOperators<T, T, bool>
{
    // Past this many ranks one sort is cheaper than a selection per rank.
    private const int SortAbove = 24;

    /// <summary>Puts the order statistics of <paramref name="ranks"/> (ascending, distinct) in place.</summary>
    public static void SelectRanks(Span<T> lane, ReadOnlySpan<nint> ranks)
    {
        if (ranks.Length > SortAbove)
        {
            lane.Sort();
            return;
        }

        int start = 0;
        foreach (nint rank in ranks)
        {
            if (rank < start)
                continue;
            if (rank == start)
            {
                // The next rank right after a selected one is the minimum of the rest: one pass.
                MoveMinimumTo(lane, start);
            }
            else
            {
                Select(lane, start, lane.Length - 1, (int)rank);
            }

            start = (int)rank + 1;
        }
    }

    private static void MoveMinimumTo(Span<T> lane, int start)
    {
        ref T first = ref MemoryMarshal.GetReference(lane);
        int best = start;
        T min = Unsafe.Add(ref first, start);
        for (int i = start + 1; i < lane.Length; i++)
        {
            T v = Unsafe.Add(ref first, i);
            if (v < min)
            {
                min = v;
                best = i;
            }
        }

        (Unsafe.Add(ref first, start), Unsafe.Add(ref first, best)) = (min, Unsafe.Add(ref first, start));
    }

    /// <summary>
    /// Places the <paramref name="k"/>-th smallest of <c>lane[left..right]</c> at <paramref name="k"/>:
    /// Floyd and Rivest's SELECT, which first narrows to a sample around the expected position so a
    /// median costs about 1.5n comparisons (quickselect's median of three takes about 2.75n). Too many
    /// rounds fall back to sorting the remaining range, so the worst case stays O(n log n).
    /// </summary>
    private static void Select(Span<T> lane, int left, int right, int k)
    {
        ref T a = ref MemoryMarshal.GetReference(lane);
        int rounds = 4 * (BitLength(right - left + 1) + 4);
        while (right > left)
        {
            if (--rounds < 0)
            {
                lane[left..(right + 1)].Sort();
                return;
            }

            if (right - left > 600)
            {
                // Recursing on a sample of size s around k brings k's value close to the pivot.
                double n = right - left + 1;
                double i = k - left + 1;
                double z = Math.Log(n);
                double s = 0.5 * Math.Exp(2 * z / 3);
                double sd = 0.5 * Math.Sqrt(z * s * (n - s) / n) * Math.Sign(i - n / 2);
                int newLeft = Math.Max(left, (int)(k - i * s / n + sd));
                int newRight = Math.Min(right, (int)(k + (n - i) * s / n + sd));
                Select(lane, newLeft, newRight, k);
            }

            T t = Unsafe.Add(ref a, k);
            int lo = left, hi = right;
            Swap(ref a, left, k);
            if (t < Unsafe.Add(ref a, right))
                Swap(ref a, right, left);

            // The ends hold values on either side of t, so the scans stop inside the range.
            while (lo < hi)
            {
                Swap(ref a, lo, hi);
                lo++;
                hi--;
                while (Unsafe.Add(ref a, lo) < t)
                    lo++;
                while (t < Unsafe.Add(ref a, hi))
                    hi--;
            }

            if (!(Unsafe.Add(ref a, left) < t) && !(t < Unsafe.Add(ref a, left)))
            {
                Swap(ref a, left, hi);
            }
            else
            {
                hi++;
                Swap(ref a, hi, right);
            }

            if (hi <= k)
                left = hi + 1;
            if (k <= hi)
                right = hi - 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Swap(ref T a, int i, int j)
    {
        T t = Unsafe.Add(ref a, i);
        Unsafe.Add(ref a, i) = Unsafe.Add(ref a, j);
        Unsafe.Add(ref a, j) = t;
    }

    private static int BitLength(int n) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)n);
}
