namespace ArrayBridge;

/// <summary>
/// NumPy's legacy <c>numpy.random.RandomState</c> over MT19937, seeded the legacy way: an integer
/// seed fills the state with Knuth's generator (<c>np.random.seed(42)</c>), an array seed goes
/// through <c>init_by_array</c>. <see cref="Rand()"/>, <see cref="RandN()"/> (the polar Box–Muller
/// with its cached second value) and <see cref="RandInt(long, long)"/> (masked rejection) give
/// NumPy's numbers bit for bit, so code ported from <c>np.random.seed(...)</c> scripts keeps its data.
/// </summary>
/// <remarks>Not thread-safe: one thread at a time draws from one instance.</remarks>
public sealed unsafe class RandomState
{
    private readonly Mt19937Core _mt = new();
    private bool _hasGauss;
    private double _gauss;

    /// <summary><c>np.random.RandomState(seed)</c> for an integer seed in [0, 2³²).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seed"/> is outside [0, 2³²) ("Seed must be between 0 and 2**32 - 1").</exception>
    public RandomState(long seed) => Seed(seed);

    /// <summary><c>np.random.RandomState([s0, s1, ...])</c>: an array seed through <c>init_by_array</c>.</summary>
    /// <exception cref="ArgumentException">The seed is empty ("Seed must be non-empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">An element is outside [0, 2³²).</exception>
    public RandomState(ReadOnlySpan<long> seed) => Seed(seed);

    /// <summary><c>RandomState.seed(seed)</c>: reseeds and forgets a cached normal value.</summary>
    /// <inheritdoc cref="RandomState(long)"/>
    public void Seed(long seed)
    {
        if (seed < 0 || seed > uint.MaxValue)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(seed), "Seed must be between 0 and 2**32 - 1");
        }

        _mt.Seed((uint)seed);
        _hasGauss = false;
        _gauss = 0;
    }

    /// <summary><c>RandomState.seed([s0, s1, ...])</c>.</summary>
    /// <inheritdoc cref="RandomState(ReadOnlySpan{long})"/>
    public void Seed(ReadOnlySpan<long> seed)
    {
        if (seed.IsEmpty)
        {
            ThrowHelper.ThrowArgument("Seed must be non-empty", nameof(seed));
        }

        uint[] key = new uint[seed.Length];
        for (int i = 0; i < seed.Length; i++)
        {
            if (seed[i] < 0 || seed[i] > uint.MaxValue)
            {
                ThrowHelper.ThrowArgumentOutOfRange(nameof(seed), "Seed must be between 0 and 2**32 - 1");
            }

            key[i] = (uint)seed[i];
        }

        _mt.SeedByArray(key);
        _hasGauss = false;
        _gauss = 0;
    }

    /// <summary>One double in [0, 1) (<c>rs.random_sample()</c>, <c>rs.rand()</c>).</summary>
    public double RandomSample() => _mt.NextDouble();

    /// <summary>Doubles in [0, 1) of the given shape (<c>rs.random_sample(size)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<double> RandomSample(params ReadOnlySpan<nint> size)
    {
        NDArray<double> result = NDArray.Empty<double>(size);
        double* p = (double*)result.Data;
        for (nint i = 0, n = result.Size; i < n; i++)
        {
            p[i] = _mt.NextDouble();
        }

        return result;
    }

    /// <summary><c>rs.rand()</c>: one double in [0, 1).</summary>
    public double Rand() => _mt.NextDouble();

    /// <summary><c>rs.rand(d0, d1, ...)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<double> Rand(params ReadOnlySpan<nint> shape) => RandomSample(shape);

    /// <summary><c>rs.randn()</c>: one standard normal value (legacy polar Box–Muller).</summary>
    public double RandN() => Gauss();

    /// <summary>
    /// <c>rs.randn(d0, d1, ...)</c> (= <c>rs.standard_normal(shape)</c>): each pair of uniform draws
    /// inside the unit disc gives two values, the second kept for the next call.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<double> RandN(params ReadOnlySpan<nint> shape)
    {
        NDArray<double> result = NDArray.Empty<double>(shape);
        double* p = (double*)result.Data;
        for (nint i = 0, n = result.Size; i < n; i++)
        {
            p[i] = Gauss();
        }

        return result;
    }

    /// <summary><c>legacy_gauss</c>.</summary>
    private double Gauss()
    {
        if (_hasGauss)
        {
            _hasGauss = false;
            double cached = _gauss;
            _gauss = 0;
            return cached;
        }

        double x1, x2, r2;
        do
        {
            x1 = 2.0 * _mt.NextDouble() - 1.0;
            x2 = 2.0 * _mt.NextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        }
        while (r2 >= 1.0 || r2 == 0.0);

        double f = Math.Sqrt(-2.0 * Math.Log(r2) / r2);
        _gauss = f * x1;
        _hasGauss = true;
        return f * x2;
    }

    /// <summary>One int64 in [low, high) (<c>rs.randint(low, high)</c>, masked rejection).</summary>
    /// <exception cref="ArgumentException">The range is empty ("low &gt;= high", "high &lt;= 0").</exception>
    public long RandInt(long low, long high)
    {
        long value;
        Fill(DType.Int64, low, high, (byte*)&value, 1);
        return value;
    }

    /// <summary><c>rs.randint(low, high, size)</c> as int64.</summary>
    /// <exception cref="ArgumentException">The range is empty ("low &gt;= high", "high &lt;= 0").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<long> RandInt(long low, long high, ReadOnlySpan<nint> size) => RandInt<long>(low, high, size);

    /// <summary><c>rs.randint(low, high, size, dtype=T)</c> for sbyte … ulong or bool.</summary>
    /// <exception cref="ArgumentException">Unsupported dtype, a bound outside the type ("high is out of bounds for uint8"), or an empty range ("low &gt;= high").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<T> RandInt<T>(Int128 low, Int128 high, ReadOnlySpan<nint> size) where T : unmanaged
    {
        NDArray<T> result = NDArray.Empty<T>(size);
        Fill(result.DType, low, high, result.Data, result.Size);
        return result;
    }

    private void Fill(DType dtype, Int128 low, Int128 high, byte* output, nint count)
    {
        if (count == 0)
        {
            return;
        }

        Int128 closedHigh = Generator.CheckIntegerBounds(dtype, low, high, endpoint: false, "randint");
        ulong rng = (ulong)(closedHigh - low);
        ulong off = (ulong)low;
        ulong mask = BoundedIntegers.Mask(rng);
        switch (dtype.ItemSize)
        {
            case 8:
                for (nint i = 0; i < count; i++)
                {
                    ulong v;
                    if (rng == 0)
                    {
                        v = 0;
                    }
                    else if (rng <= uint.MaxValue)
                    {
                        if (rng == uint.MaxValue)
                        {
                            v = _mt.Next32();
                        }
                        else
                        {
                            while ((v = _mt.Next32() & mask) > rng)
                            {
                            }
                        }
                    }
                    else if (rng == ulong.MaxValue)
                    {
                        v = _mt.Next64();
                    }
                    else
                    {
                        while ((v = _mt.Next64() & mask) > rng)
                        {
                        }
                    }

                    ((ulong*)output)[i] = off + v;
                }

                break;
            case 4:
                for (nint i = 0; i < count; i++)
                {
                    uint v;
                    if (rng == 0)
                    {
                        v = 0;
                    }
                    else if (rng == uint.MaxValue)
                    {
                        v = _mt.Next32();
                    }
                    else
                    {
                        while ((v = _mt.Next32() & (uint)mask) > rng)
                        {
                        }
                    }

                    ((uint*)output)[i] = (uint)off + v;
                }

                break;
            default:
                FillNarrow(dtype, off, rng, mask, output, count);
                break;
        }
    }

    // 16-bit, 8-bit and bool values come from the halves, bytes and bits of one 32-bit word, lowest first.
    private void FillNarrow(DType dtype, ulong off, ulong rng, ulong mask, byte* output, nint count)
    {
        uint buf = 0;
        int bcnt = 0;
        int bits = dtype.Type == ScalarType.Bool ? 1 : dtype.ItemSize * 8;
        int perWord = 32 / bits;
        uint unitMask = bits == 32 ? uint.MaxValue : (1u << bits) - 1;
        for (nint i = 0; i < count; i++)
        {
            uint v = 0;
            if (rng != 0)
            {
                do
                {
                    if (bcnt == 0)
                    {
                        buf = _mt.Next32();
                        bcnt = perWord - 1;
                    }
                    else
                    {
                        buf >>= bits;
                        bcnt--;
                    }

                    v = buf & unitMask;
                    if (dtype.Type == ScalarType.Bool || rng == unitMask)
                    {
                        break; // full range: the raw unit, no rejection
                    }

                    v &= (uint)mask;
                }
                while (v > rng);
            }

            if (dtype.ItemSize == 2)
            {
                ((ushort*)output)[i] = (ushort)(off + v);
            }
            else if (dtype.Type == ScalarType.Bool)
            {
                output[i] = (byte)(rng == 0 ? off : v);
            }
            else
            {
                output[i] = (byte)(off + v);
            }
        }
    }
}
