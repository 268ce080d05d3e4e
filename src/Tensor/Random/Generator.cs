using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// NumPy's <c>numpy.random.Generator</c> over a <see cref="PCG64"/>: the same seed gives the same
/// numbers as NumPy, bit for bit, for every method here. <see cref="DefaultRng(BigInteger)"/> is
/// <c>np.random.default_rng(seed)</c>.
/// </summary>
/// <remarks>
/// Sizes are shapes (<c>size=(2, 3)</c> is <c>Random(2, 3)</c>); a method without a size returns
/// one scalar, as NumPy's does with <c>size=None</c>. Not thread-safe: use one generator per thread
/// (<see cref="SeedSequence.Spawn"/> makes independent seeds).
/// </remarks>
/// <example>
/// <code>
/// var rng = Generator.DefaultRng(42);
/// NDArray&lt;double&gt; z = rng.StandardNormal(3);   // [0.30471707975443135, -1.0399841062404955, 0.7504511958064572]
/// NDArray&lt;long&gt; k = rng.Integers(0, 10, [5]);
/// </code>
/// </example>
public sealed unsafe partial class Generator
{
    private readonly PCG64 _bitGenerator;

    /// <summary><c>np.random.Generator(bit_generator)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="bitGenerator"/> is null.</exception>
    public Generator(PCG64 bitGenerator)
    {
        ArgumentNullException.ThrowIfNull(bitGenerator);
        _bitGenerator = bitGenerator;
    }

    /// <summary><c>np.random.default_rng(seed)</c>: a PCG64 seeded from <c>SeedSequence(seed)</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seed"/> is negative ("expected non-negative integer").</exception>
    public static Generator DefaultRng(BigInteger seed) => new(new PCG64(new SeedSequence(seed)));

    /// <summary><c>np.random.default_rng([s0, s1, ...])</c>: a sequence of non-negative integers as the seed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An element is negative.</exception>
    public static Generator DefaultRng(ReadOnlySpan<BigInteger> seed) => new(new PCG64(new SeedSequence(seed)));

    /// <summary><c>np.random.default_rng(seed_sequence)</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="seedSequence"/> is null.</exception>
    public static Generator DefaultRng(SeedSequence seedSequence) => new(new PCG64(seedSequence));

    /// <summary><c>np.random.default_rng()</c>: seeded from the operating system's entropy.</summary>
    public static Generator DefaultRng() => new(new PCG64(SeedSequence.FromEntropy()));

    /// <summary>The bit generator (<c>Generator.bit_generator</c>).</summary>
    public PCG64 BitGenerator => _bitGenerator;

    /// <summary>One double in [0, 1) (<c>rng.random()</c>).</summary>
    public double Random() => _bitGenerator.Core.NextDouble();

    /// <summary>Doubles in [0, 1) of the given shape (<c>rng.random(size)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative ("negative dimensions are not allowed").</exception>
    public NDArray<double> Random(params ReadOnlySpan<nint> size)
    {
        NDArray<double> result = NDArray.Empty<double>(size);
        FillRandom((double*)result.Data, result.Size);
        return result;
    }

    /// <summary>
    /// <c>rng.random(size, dtype=T)</c> for <typeparamref name="T"/> = double (53-bit) or float
    /// (24 bits of a 32-bit draw, sharing 64-bit draws two to one as NumPy does).
    /// </summary>
    /// <exception cref="ArgumentException"><typeparamref name="T"/> is neither ("Unsupported dtype dtype('int32') for random").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public NDArray<T> Random<T>(params ReadOnlySpan<nint> size) where T : unmanaged
    {
        CheckFloating<T>("random");
        NDArray<T> result = NDArray.Empty<T>(size);
        FillRandom(result);
        return result;
    }

    /// <summary>
    /// <c>rng.random(out=out)</c>: fills a contiguous float64 or float32 array in memory order
    /// (the dtype of <paramref name="out"/> stands for NumPy's <c>dtype=</c>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="out"/> is not contiguous and writeable ("Supplied output array must be contiguous, ..."), or not float64/float32 ("Supplied output array has the wrong type. ...").</exception>
    public void Random(NDArray @out)
    {
        CheckOut(@out);
        FillRandom(@out);
    }

    private void FillRandom(NDArray array)
    {
        if (array.DType.Type == ScalarType.Float64)
        {
            FillRandom((double*)array.Data, array.Size);
        }
        else
        {
            ref Pcg64Core state = ref _bitGenerator.Core;
            Pcg64Core core = state;
            float* p = (float*)array.Data;
            for (nint i = 0, n = array.Size; i < n; i++)
            {
                p[i] = core.NextFloat();
            }

            state = core;
        }
    }

    private void FillRandom(double* p, nint n)
    {
        ref Pcg64Core state = ref _bitGenerator.Core;
        Pcg64Core core = state;
        for (nint i = 0; i < n; i++)
        {
            p[i] = core.NextDouble();
        }

        state = core;
    }

    /// <summary>
    /// <c>rng.bytes(length)</c>: <paramref name="length"/> random bytes, from <c>ceil(length/4)</c>
    /// full-range uint32 values written little-endian.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public byte[] Bytes(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        byte[] bytes = new byte[length];
        ref Pcg64Core core = ref _bitGenerator.Core;
        for (int i = 0; i < length; i += 4)
        {
            uint word = core.Next32();
            for (int b = 0; b < 4 && i + b < length; b++)
            {
                bytes[i + b] = (byte)(word >> (8 * b));
            }
        }

        return bytes;
    }

    private static void CheckFloating<T>(string method) where T : unmanaged
    {
        if (typeof(T) != typeof(double) && typeof(T) != typeof(float))
        {
            ThrowHelper.ThrowUnsupportedRandomDType(DType.Of<T>(), method);
        }
    }

    /// <summary>NumPy's <c>check_output</c>: float64 or float32, contiguous, writeable, native order.</summary>
    private static void CheckOut(NDArray @out)
    {
        ArgumentNullException.ThrowIfNull(@out);
        @out.ThrowIfDisposed();
        ScalarType type = @out.DType.Type;
        if (type != ScalarType.Float64 && type != ScalarType.Float32)
        {
            ThrowHelper.ThrowRandomOutputType("float64", @out.DType);
        }

        if (!@out.IsContiguous || !@out.IsAligned || !@out.DType.IsNativeByteOrder || (@out.Flags & ArrayFlags.Writeable) == 0)
        {
            ThrowHelper.ThrowRandomOutputLayout();
        }
    }
}
