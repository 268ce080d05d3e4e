using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Order statistics of one lane in place: after <see cref="SelectRanks"/> every requested rank holds
/// the value a full sort would put there (introselect: quickselect with a median-of-three pivot,
/// falling back to a sort of the remaining range when the recursion runs too deep, so O(n) expected
/// and O(n log n) at worst). The lane must hold no NaN: the callers treat NaN lanes apart, as
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
            Select(lane, start, lane.Length - 1, (int)rank);
            start = (int)rank + 1;
        }
    }

    /// <summary>Places the <paramref name="k"/>-th smallest of <c>lane[left..right]</c> at <paramref name="k"/>.</summary>
    private static void Select(Span<T> lane, int left, int right, int k)
    {
        int depth = 2 * (BitLength(right - left + 1) + 1);
        while (right > left)
        {
            if (right - left < 16 || --depth < 0)
            {
                lane[left..(right + 1)].Sort();
                return;
            }

            int middle = left + ((right - left) >> 1);
            SortThree(lane, left, middle, right);
            T pivot = lane[middle];

            // Hoare partition around the median of three: [left, j] <= pivot <= [i, right].
            int i = left, j = right;
            while (i <= j)
            {
                while (lane[i] < pivot)
                    i++;
                while (pivot < lane[j])
                    j--;
                if (i <= j)
                {
                    (lane[i], lane[j]) = (lane[j], lane[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
                right = j;
            else if (k >= i)
                left = i;
            else
                return;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SortThree(Span<T> lane, int a, int b, int c)
    {
        if (lane[b] < lane[a])
            (lane[a], lane[b]) = (lane[b], lane[a]);
        if (lane[c] < lane[b])
        {
            (lane[b], lane[c]) = (lane[c], lane[b]);
            if (lane[b] < lane[a])
                (lane[a], lane[b]) = (lane[b], lane[a]);
        }
    }

    private static int BitLength(int n) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)n);
}
