using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge;

/// <summary>
/// The sort, selection and search algorithms over one contiguous lane, generic over an element and
/// its order. Every sort here is stable, so NumPy's 'stable' kind is met exactly and the default
/// kind gives one of the orders NumPy's own leaves open.
/// </summary>
internal static class SortAlgorithms<T, TOps>
    where T : unmanaged
    where TOps : ISortOps<T>
{
    // Below this a binary-free insertion sort wins; runs of this length seed the merge sort.
    private const int InsertionLength = 24;

    // From here a radix sort's fixed cost (a 256-bucket histogram per key byte) pays off.
    private const int RadixLength = 192;

    /// <summary>Sorts <paramref name="data"/> stably; <paramref name="scratch"/> holds at least as many elements.</summary>
    public static void StableSort(Span<T> data, Span<T> scratch)
    {
        if (data.Length <= InsertionLength)
            InsertionSort(data);
        else if (TOps.HasKey && data.Length >= RadixLength)
            RadixSort(data, scratch);
        else
            MergeSort(data, scratch);
    }

    /// <summary>Stable insertion sort: an element moves left past strictly greater ones only.</summary>
    public static void InsertionSort(Span<T> data)
    {
        ref T a = ref MemoryMarshal.GetReference(data);
        for (int i = 1; i < data.Length; i++)
        {
            T v = Unsafe.Add(ref a, i);
            int j = i - 1;
            while (j >= 0 && TOps.Less(v, Unsafe.Add(ref a, j)))
            {
                Unsafe.Add(ref a, j + 1) = Unsafe.Add(ref a, j);
                j--;
            }

            Unsafe.Add(ref a, j + 1) = v;
        }
    }

    /// <summary>Bottom-up stable merge sort over insertion-sorted runs, alternating between the two buffers.</summary>
    public static void MergeSort(Span<T> data, Span<T> scratch)
    {
        int n = data.Length;
        for (int start = 0; start < n; start += InsertionLength)
            InsertionSort(data.Slice(start, Math.Min(InsertionLength, n - start)));

        Span<T> src = data;
        Span<T> dst = scratch[..n];
        for (int width = InsertionLength; width < n; width *= 2)
        {
            for (int left = 0; left < n; left += 2 * width)
            {
                int mid = Math.Min(left + width, n);
                int right = Math.Min(left + 2 * width, n);
                Merge(src, dst, left, mid, right);
            }

            Span<T> t = src;
            src = dst;
            dst = t;
        }

        if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(src), ref MemoryMarshal.GetReference(data)))
            src.CopyTo(data);
    }

    private static void Merge(Span<T> src, Span<T> dst, int left, int mid, int right)
    {
        ref T s = ref MemoryMarshal.GetReference(src);
        ref T d = ref MemoryMarshal.GetReference(dst);

        // Runs already in order need no comparisons.
        if (mid >= right || !TOps.Less(Unsafe.Add(ref s, mid), Unsafe.Add(ref s, mid - 1)))
        {
            src[left..right].CopyTo(dst[left..right]);
            return;
        }

        int i = left, j = mid, k = left;
        while (i < mid && j < right)
        {
            // Ties take the left run first: that is what keeps the sort stable.
            if (TOps.Less(Unsafe.Add(ref s, j), Unsafe.Add(ref s, i)))
                Unsafe.Add(ref d, k++) = Unsafe.Add(ref s, j++);
            else
                Unsafe.Add(ref d, k++) = Unsafe.Add(ref s, i++);
        }

        while (i < mid)
            Unsafe.Add(ref d, k++) = Unsafe.Add(ref s, i++);
        while (j < right)
            Unsafe.Add(ref d, k++) = Unsafe.Add(ref s, j++);
    }

    /// <summary>
    /// LSD radix sort on the order key, one byte per pass (stable by construction); passes where
    /// every element has the same byte are skipped, so small integers in wide types cost few passes.
    /// </summary>
    public static unsafe void RadixSort(Span<T> data, Span<T> scratch)
    {
        int n = data.Length;
        int bytes = TOps.KeyBytes;
        int* counts = stackalloc int[8 * 256];
        new Span<int>(counts, 8 * 256).Clear();
        ref T a = ref MemoryMarshal.GetReference(data);
        for (int i = 0; i < n; i++)
        {
            ulong key = TOps.Key(Unsafe.Add(ref a, i));
            for (int d = 0; d < bytes; d++)
                counts[(d << 8) + (int)((key >> (d << 3)) & 0xFF)]++;
        }

        Span<T> src = data;
        Span<T> dst = scratch[..n];
        for (int d = 0; d < bytes; d++)
        {
            int* c = counts + (d << 8);
            int shift = d << 3;
            if (c[(int)((TOps.Key(src[0]) >> shift) & 0xFF)] == n)
                continue;

            int sum = 0;
            for (int b = 0; b < 256; b++)
            {
                int t = c[b];
                c[b] = sum;
                sum += t;
            }

            ref T s = ref MemoryMarshal.GetReference(src);
            ref T o = ref MemoryMarshal.GetReference(dst);
            for (int i = 0; i < n; i++)
            {
                T v = Unsafe.Add(ref s, i);
                int bucket = (int)((TOps.Key(v) >> shift) & 0xFF);
                Unsafe.Add(ref o, c[bucket]++) = v;
            }

            Span<T> swap = src;
            src = dst;
            dst = swap;
        }

        if (!Unsafe.AreSame(ref MemoryMarshal.GetReference(src), ref a))
            src.CopyTo(data);
    }

    /// <summary>
    /// Puts the element of rank <paramref name="k"/> at <paramref name="k"/> with nothing greater
    /// before it and nothing smaller after it (introselect: three-way quickselect with a
    /// median-of-three pivot, finishing by a sort when it runs too many rounds).
    /// </summary>
    public static void Select(Span<T> data, int left, int k)
    {
        ref T a = ref MemoryMarshal.GetReference(data);
        int lo = left, hi = data.Length - 1;
        int rounds = 2 * (32 - System.Numerics.BitOperations.LeadingZeroCount((uint)(hi - lo + 1))) + 4;
        while (hi - lo > InsertionLength)
        {
            if (--rounds < 0)
            {
                Span<T> range = data[lo..(hi + 1)];
                MergeSort(range, new T[range.Length]);
                return;
            }

            int mid = lo + ((hi - lo) >> 1);
            SortThree(ref Unsafe.Add(ref a, lo), ref Unsafe.Add(ref a, mid), ref Unsafe.Add(ref a, hi));
            T pivot = Unsafe.Add(ref a, mid);

            // Three-way partition: [lo, lt) < pivot, [lt, i) == pivot, (gt, hi] > pivot; runs of
            // equal values (many NaN, many duplicates) end the search at once.
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                T v = Unsafe.Add(ref a, i);
                if (TOps.Less(v, pivot))
                {
                    Unsafe.Add(ref a, i) = Unsafe.Add(ref a, lt);
                    Unsafe.Add(ref a, lt) = v;
                    lt++;
                    i++;
                }
                else if (TOps.Less(pivot, v))
                {
                    Unsafe.Add(ref a, i) = Unsafe.Add(ref a, gt);
                    Unsafe.Add(ref a, gt) = v;
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            if (k < lt)
                hi = lt - 1;
            else if (k > gt)
                lo = gt + 1;
            else
                return;
        }

        if (hi > lo)
            InsertionSort(data[lo..(hi + 1)]);
    }

    private static void SortThree(ref T x, ref T y, ref T z)
    {
        if (TOps.Less(y, x))
            (x, y) = (y, x);
        if (TOps.Less(z, y))
        {
            (y, z) = (z, y);
            if (TOps.Less(y, x))
                (x, y) = (y, x);
        }
    }
}
