using System.Numerics;
using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// Invariants of the matrix product over random shapes (including 0-size axes, 1×k and k×1),
/// random layouts and random batches: the managed kernel against CBLAS, the transpose identity,
/// exact integer products against a 64-bit reference, and the strided/overlap paths.
/// </summary>
public class MatMulPropertyTests
{
    private static NDArray RandomArray(DType dtype, Random rng, params nint[] shape)
    {
        nint size = 1;
        foreach (nint n in shape)
        {
            size *= n;
        }

        var values = new double[size];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = dtype.Kind is 'f' or 'c' ? (rng.NextDouble() * 2) - 1 : rng.Next(-120, 120);
        }

        using NDArray flat = NDArray.FromArray(values);
        using NDArray shaped = flat.Reshape(shape);
        return shaped.AsType(dtype);
    }

    /// <summary>A view of a random array of <paramref name="shape"/>: C, F, every-other-element, or reversed, by <paramref name="layout"/>.</summary>
    private static NDArray RandomLayout(DType dtype, Random rng, int layout, params nint[] shape)
    {
        switch (layout % 4)
        {
            case 0:
                return RandomArray(dtype, rng, shape);
            case 1:
            {
                using NDArray c = RandomArray(dtype, rng, shape);
                return c.Copy(ArrayOrder.F);
            }

            case 2:
            {
                using NDArray big = RandomArray(dtype, rng, shape.Select(n => 2 * n).ToArray());
                return big[string.Join(",", shape.Select(_ => "::2"))];
            }

            default:
            {
                using NDArray c = RandomArray(dtype, rng, shape);
                return c[string.Join(",", shape.Select(_ => "::-1"))];
            }
        }
    }

    private static NDArray Managed(Func<NDArray> body)
    {
        Blas.ForceManaged = true;
        try
        {
            return body();
        }
        finally
        {
            Blas.ForceManaged = false;
        }
    }

    /// <summary>Every element within <c>4·k·eps·(|a|·|b|)</c> of the other result.</summary>
    private static void AssertClose(NDArray expected, NDArray actual, NDArray a, NDArray b, nint k, double eps)
    {
        Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
        Assert.Equal(expected.DType, actual.DType);
        using NDArray absA = NDArray.Absolute(a);
        using NDArray absB = NDArray.Absolute(b);
        using NDArray absA64 = absA.AsType(DType.Float64);
        using NDArray absB64 = absB.AsType(DType.Float64);
        using NDArray scale = NDArray.MatMul(absA64, absB64);
        using NDArray e = expected.AsType(DType.Complex128);
        using NDArray x = actual.AsType(DType.Complex128);
        Complex[] ev = e.ToArray<Complex>(), xv = x.ToArray<Complex>();
        double[] sv = scale.ToArray<double>();
        for (int i = 0; i < ev.Length; i++)
        {
            double tol = (4 * Math.Max(k, 1) * eps * sv[i]) + 1e-300;
            Assert.True(Complex.Abs(ev[i] - xv[i]) <= tol, $"element {i}: {xv[i]} vs {ev[i]} (tolerance {tol})");
        }
    }

    [Property(MaxTest = 120, Replay = FixedSeed.Replay)]
    public void Managed_kernel_agrees_with_blas_on_random_shapes(byte n, byte k, byte m, byte layoutA, byte layoutB, byte kind, int seed)
    {
        var rng = new Random(seed);
        DType dtype = (kind % 4) switch { 0 => DType.Float64, 1 => DType.Float32, 2 => DType.Complex128, _ => DType.Complex64 };
        double eps = dtype.Type is ScalarType.Float32 or ScalarType.Complex64 ? 1.2e-7 : 2.3e-16;

        // Mostly past the size where BLAS takes over from the direct loops (so the two kernels
        // differ), sometimes tiny; 0 and 1 included.
        nint N = n % 4 == 0 ? n % 9 : n % 70, K = k % 4 == 0 ? k % 9 : k % 300, M = m % 4 == 0 ? m % 9 : m % 70;
        using NDArray a = RandomLayout(dtype, rng, layoutA, N, K);
        using NDArray b = RandomLayout(dtype, rng, layoutB, K, M);
        using NDArray viaBlas = NDArray.MatMul(a, b);
        using NDArray viaManaged = Managed(() => NDArray.MatMul(a, b));
        AssertClose(viaBlas, viaManaged, a, b, K, eps);
    }

    [Property(MaxTest = 80, Replay = FixedSeed.Replay)]
    public void Transpose_of_a_product_is_the_product_of_transposes(byte n, byte k, byte m, byte batch, bool managed, int seed)
    {
        var rng = new Random(seed);
        nint B = batch % 3, N = 1 + (n % 20), K = k % 30, M = 1 + (m % 20);
        nint[] sa = B == 0 ? [N, K] : [B, N, K], sb = B == 0 ? [K, M] : [B, K, M];
        using NDArray a = RandomArray(DType.Float64, rng, sa);
        using NDArray b = RandomArray(DType.Float64, rng, sb);
        Blas.ForceManaged = managed;
        try
        {
            using NDArray ab = NDArray.MatMul(a, b);
            using NDArray abT = ab.SwapAxes(-1, -2);
            using NDArray aT = a.SwapAxes(-1, -2);
            using NDArray bT = b.SwapAxes(-1, -2);
            using NDArray bTaT = NDArray.MatMul(bT, aT);
            AssertClose(abT, bTaT, bT, aT, K, 2.3e-16);
        }
        finally
        {
            Blas.ForceManaged = false;
        }
    }

    [Property(MaxTest = 80, Replay = FixedSeed.Replay)]
    public void Integer_products_are_exact_and_wrap(byte n, byte k, byte m, byte kind, byte layoutA, byte layoutB, int seed)
    {
        var rng = new Random(seed);
        DType dtype = (kind % 5) switch { 0 => DType.Int8, 1 => DType.UInt16, 2 => DType.Int32, 3 => DType.Int64, _ => DType.UInt32 };
        nint N = n % 40, K = k % 3 == 0 ? k % 280 : k % 9, M = m % 40;
        using NDArray a = RandomLayout(dtype, rng, layoutA, N, K);
        using NDArray b = RandomLayout(dtype, rng, layoutB, K, M);
        using NDArray c = NDArray.MatMul(a, b);
        Assert.Equal(dtype, c.DType);

        // The reference: 64-bit sums of 64-bit products, wrapped to the dtype by the cast at the end.
        using NDArray a64 = a.AsType(DType.Int64);
        using NDArray b64 = b.AsType(DType.Int64);
        long[] av = a64.ToArray<long>(), bv = b64.ToArray<long>();
        var expected = new long[N * M];
        for (nint i = 0; i < N; i++)
        {
            for (nint j = 0; j < M; j++)
            {
                long s = 0;
                for (nint p = 0; p < K; p++)
                {
                    s = unchecked(s + (av[(i * K) + p] * bv[(p * M) + j]));
                }

                expected[(i * M) + j] = s;
            }
        }

        using NDArray wide = NDArray.FromArray(expected);
        using NDArray shaped = wide.Reshape(N, M);
        using NDArray wrapped = shaped.AsType(dtype);
        using NDArray ours64 = c.AsType(DType.Int64);
        using NDArray theirs64 = wrapped.AsType(DType.Int64);
        Assert.Equal(theirs64.ToArray<long>(), ours64.ToArray<long>());
    }

    [Property(MaxTest = 60, Replay = FixedSeed.Replay)]
    public void Einsum_contractions_agree_with_matmul(byte n, byte k, byte m, byte batch, int seed)
    {
        var rng = new Random(seed);
        nint B = 1 + (batch % 3), N = n % 7, K = k % 7, M = m % 7;
        using NDArray a = RandomArray(DType.Float64, rng, B, N, K);
        using NDArray b = RandomArray(DType.Float64, rng, B, K, M);
        using NDArray viaMatMul = NDArray.MatMul(a, b);
        using NDArray viaEinsum = NDArray.Einsum("bij,bjk->bik", a, b);
        using NDArray viaEllipsis = NDArray.Einsum("...ij,...jk", a, b);
        AssertClose(viaMatMul, viaEinsum, a, b, K, 2.3e-16);
        AssertClose(viaMatMul, viaEllipsis, a, b, K, 2.3e-16);
    }

    [Fact]
    public void Trace_accumulates_narrow_integers_in_int64_like_sum()
    {
        using NDArray a = NDArray.Full<sbyte>([3, 3], 100);
        using NDArray t = a.Trace();
        Assert.Equal(DType.Int64, t.DType);
        Assert.Equal(300L, t.ToArray<long>()[0]);
        using NDArray u = NDArray.Full<byte>([2, 2], 200).Trace();
        Assert.Equal(DType.UInt64, u.DType);
        Assert.Equal(400UL, u.ToArray<ulong>()[0]);
    }

    [Fact]
    public void Blas_description_names_the_library_or_the_managed_kernel()
    {
        string description = Blas.Description;
        Assert.False(string.IsNullOrEmpty(description));
        Assert.True(Blas.IsAvailable ? description.Contains(Blas.LibraryName!, StringComparison.Ordinal) : description.StartsWith("managed", StringComparison.Ordinal), description);
    }

    [Fact]
    public void Library_path_cannot_change_after_the_library_was_chosen()
    {
        _ = Blas.IsAvailable;
        Assert.Throws<InvalidOperationException>(() => Blas.LibraryPath = "libopenblas.so.0");
        Assert.Throws<ArgumentException>(() => Blas.Load(""));
    }
}
