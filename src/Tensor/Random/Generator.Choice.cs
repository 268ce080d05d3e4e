namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    /// <summary>
    /// One index drawn from <c>range(a)</c> (<c>rng.choice(a, replace=replace, p=p)</c>), uniformly
    /// or with probabilities <paramref name="p"/>.
    /// </summary>
    /// <inheritdoc cref="Choice(long, ReadOnlySpan{nint}, bool, double[], bool)"/>
    public long Choice(long a, bool replace = true, double[]? p = null)
    {
        using NDArray<long> one = Choice(a, [], replace, p);
        return one.At([]);
    }

    /// <summary>
    /// <c>rng.choice(a, size, replace, p, shuffle=shuffle)</c>: int64 indices into <c>range(a)</c>.
    /// With replacement: uniform integers, or with <paramref name="p"/> a search of its normalized
    /// cumulative sum. Without: Floyd's algorithm (then a shuffle unless <paramref name="shuffle"/>
    /// is false), a partial Fisher–Yates of the whole range for large samples, or repeated draws
    /// without the ones already taken when <paramref name="p"/> is given; as NumPy chooses.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// NumPy's errors: "a must be a positive integer unless no samples are taken",
    /// "Cannot take a larger sample than population when replace is False",
    /// "a and p must have same size", "probabilities contain NaN",
    /// "probabilities are not non-negative", "probabilities do not sum to 1",
    /// "Fewer non-zero entries in p than size".
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<long> Choice(long a, ReadOnlySpan<nint> size, bool replace = true, double[]? p = null, bool shuffle = true)
    {
        NDArray<long> result = NDArray.Empty<long>(size);
        if (a <= 0 && result.Size != 0)
        {
            result.Dispose();
            ThrowHelper.ThrowChoice("a must be a positive integer unless no samples are taken", nameof(a));
        }

        try
        {
            ChoiceIndices(a, result, replace, p, shuffle);
        }
        catch
        {
            result.Dispose();
            throw;
        }

        return result;
    }

    /// <summary>
    /// <c>rng.choice(a, size, replace, p, axis=0, shuffle=shuffle)</c>: rows of <paramref name="a"/>
    /// (along axis 0) at the indices <see cref="Choice(long, ReadOnlySpan{nint}, bool, double[], bool)"/>
    /// draws; the result's shape is <paramref name="size"/> followed by the shape of a row.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is 0-d or empty while samples are asked for ("a cannot be empty unless no samples are taken"), or one of NumPy's errors above.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray Choice(NDArray a, ReadOnlySpan<nint> size, bool replace = true, double[]? p = null, bool shuffle = true)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        if (a.NDim == 0)
        {
            ThrowHelper.ThrowChoice("a must be 1-dimensional or an integer", nameof(a));
        }

        nint pop = a.ShapeArray[0];
        using NDArray<long> idx = NDArray.Empty<long>(size);
        if (pop == 0 && idx.Size != 0)
        {
            ThrowHelper.ThrowChoice("a cannot be empty unless no samples are taken", nameof(a));
        }

        ChoiceIndices(pop, idx, replace, p, shuffle);

        // a.take(idx, axis=0): whole rows, copied from a C-ordered source.
        nint[] shape = [.. size, .. a.ShapeArray.AsSpan(1)];
        NDArray result = NDArray.Empty(a.DType, shape);
        NDArray source = a.IsCContiguous ? a : a.Copy();
        try
        {
            nint rowBytes = a.ItemSize;
            for (int d = 1; d < a.NDim; d++)
            {
                rowBytes *= a.ShapeArray[d];
            }

            long* indices = (long*)idx.Data;
            byte* src = source.Data;
            byte* dst = result.Data;
            for (nint k = 0, n = idx.Size; k < n; k++)
            {
                Buffer.MemoryCopy(src + (nint)indices[k] * rowBytes, dst + k * rowBytes, rowBytes, rowBytes);
            }
        }
        finally
        {
            if (!ReferenceEquals(source, a))
            {
                source.Dispose();
            }
        }

        return result;
    }

    /// <summary><c>rng.choice(a, size, ...)</c> for a typed array.</summary>
    /// <inheritdoc cref="Choice(NDArray, ReadOnlySpan{nint}, bool, double[], bool)"/>
    public NDArray<T> Choice<T>(NDArray<T> a, ReadOnlySpan<nint> size, bool replace = true, double[]? p = null, bool shuffle = true) where T : unmanaged =>
        (NDArray<T>)Choice((NDArray)a, size, replace, p, shuffle);

    private void ChoiceIndices(long pop, NDArray<long> result, bool replace, double[]? p, bool shuffle)
    {
        if (p != null)
        {
            CheckProbabilities(p, pop);
        }

        long* output = (long*)result.Data;
        nint size = result.Size;
        if (replace)
        {
            if (p != null)
            {
                double[] cdf = NormalizedCdf(p);
                for (nint i = 0; i < size; i++)
                {
                    output[i] = SearchRight(cdf, _bitGenerator.Core.NextDouble());
                }
            }
            else if (size > 0)
            {
                BoundedIntegers.Fill64(ref _bitGenerator.Core, 0, (ulong)(pop - 1), (ulong*)output, size);
            }

            return;
        }

        if (size > pop)
        {
            ThrowHelper.ThrowChoice("Cannot take a larger sample than population when replace is False", "size");
        }

        if (p != null)
        {
            ChooseWeightedWithoutReplacement(p, output, size);
        }
        else if (pop > 10000 && size > pop / (shuffle ? 50 : 20))
        {
            ChooseByTailShuffle(pop, output, size);
        }
        else
        {
            ChooseByFloyd(pop, output, size, shuffle);
        }
    }

    private static void CheckProbabilities(double[] p, long pop)
    {
        if (p.Length != pop)
        {
            ThrowHelper.ThrowChoice("a and p must have same size", nameof(p));
        }

        if (p.Length == 0)
        {
            return;
        }

        // NumPy's kahan_sum, so that the tolerance test sees the same sum.
        double sum = p[0], c = 0.0;
        for (int i = 1; i < p.Length; i++)
        {
            double y = p[i] - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }

        if (double.IsNaN(sum))
        {
            ThrowHelper.ThrowChoice("probabilities contain NaN", nameof(p));
        }

        foreach (double v in p)
        {
            if (v < 0)
            {
                ThrowHelper.ThrowChoice("probabilities are not non-negative", nameof(p));
            }
        }

        // sqrt(np.finfo(np.float64).eps)
        if (Math.Abs(sum - 1.0) > 1.4901161193847656e-08)
        {
            ThrowHelper.ThrowChoice("probabilities do not sum to 1", nameof(p));
        }
    }

    /// <summary><c>cdf = p.cumsum(); cdf /= cdf[-1]</c>: a sequential running sum, as NumPy's cumsum adds.</summary>
    private static double[] NormalizedCdf(double[] p)
    {
        double[] cdf = new double[p.Length];
        double running = 0;
        for (int i = 0; i < p.Length; i++)
        {
            running += p[i];
            cdf[i] = running;
        }

        double last = cdf[^1];
        for (int i = 0; i < cdf.Length; i++)
        {
            cdf[i] /= last;
        }

        return cdf;
    }

    /// <summary><c>cdf.searchsorted(u, side='right')</c>: the count of entries ≤ u.</summary>
    private static long SearchRight(double[] cdf, double u)
    {
        int lo = 0, hi = cdf.Length;
        while (lo < hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            if (cdf[mid] <= u)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// NumPy's loop for p without replacement: draw the missing count, zero the probabilities of
    /// what was found, keep each new value's first occurrence in draw order, until enough.
    /// </summary>
    private void ChooseWeightedWithoutReplacement(double[] p, long* output, nint size)
    {
        nint positive = 0;
        foreach (double v in p)
        {
            if (v > 0)
            {
                positive++;
            }
        }

        if (positive < size)
        {
            ThrowHelper.ThrowChoice("Fewer non-zero entries in p than size", "size");
        }

        double[] weights = (double[])p.Clone();
        nint found = 0;
        HashSet<long> seen = [];
        while (found < size)
        {
            nint missing = size - found;
            double[] draws = new double[missing];
            for (nint i = 0; i < missing; i++)
            {
                draws[i] = _bitGenerator.Core.NextDouble();
            }

            for (nint i = 0; i < found; i++)
            {
                weights[output[i]] = 0;
            }

            double[] cdf = NormalizedCdf(weights);
            seen.Clear();
            foreach (double u in draws)
            {
                long value = SearchRight(cdf, u);
                if (seen.Add(value))
                {
                    output[found++] = value;
                }
            }
        }
    }

    /// <summary>Partial Fisher–Yates (Lemire draws) over the whole range, keeping the shuffled tail.</summary>
    private void ChooseByTailShuffle(long pop, long* output, nint size)
    {
        long[] all = new long[pop];
        for (long i = 0; i < pop; i++)
        {
            all[i] = i;
        }

        ref Pcg64Core core = ref _bitGenerator.Core;
        long first = Math.Max(pop - size, 1);
        for (long i = pop - 1; i >= first; i--)
        {
            long j = (long)BoundedIntegers.Bounded64(ref core, (ulong)i);
            (all[i], all[j]) = (all[j], all[i]);
        }

        all.AsSpan((int)(pop - size)).CopyTo(new Span<long>(output, (int)size));
    }

    /// <summary>Floyd's sampling with NumPy's open-addressing hash set, then an optional Fisher–Yates.</summary>
    private void ChooseByFloyd(long pop, long* output, nint size, bool shuffle)
    {
        ulong mask = BoundedIntegers.Mask((ulong)(1.2 * size));
        ulong[] set = new ulong[mask + 1];
        Array.Fill(set, ulong.MaxValue);
        ref Pcg64Core core = ref _bitGenerator.Core;
        for (long j = pop - size; j < pop; j++)
        {
            ulong val = BoundedIntegers.Bounded64(ref core, (ulong)j);
            ulong loc = val & mask;
            while (set[loc] != ulong.MaxValue && set[loc] != val)
            {
                loc = (loc + 1) & mask;
            }

            if (set[loc] == ulong.MaxValue)
            {
                set[loc] = val;
                output[j - pop + size] = (long)val;
            }
            else
            {
                // Already taken: take j itself, which no earlier step could have drawn.
                loc = (ulong)j & mask;
                while (set[loc] != ulong.MaxValue)
                {
                    loc = (loc + 1) & mask;
                }

                set[loc] = (ulong)j;
                output[j - pop + size] = j;
            }
        }

        if (shuffle)
        {
            for (nint i = size - 1; i >= 1; i--)
            {
                nint k = (nint)BoundedIntegers.Bounded64(ref core, (ulong)i);
                (output[i], output[k]) = (output[k], output[i]);
            }
        }
    }
}
