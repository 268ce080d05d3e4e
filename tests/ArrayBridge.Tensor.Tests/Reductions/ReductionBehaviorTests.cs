using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// Reduction behaviours the recorded oracle does not reach: <c>out=</c> (checks with NumPy's
/// messages, in-place results, overlap with the input, casting), NumPy's warnings (empty mean,
/// degrees of freedom, overflow in reduce) through <see cref="NDArray.FloatingPointWarning"/> and
/// errstate, the typed full reductions' result types, disposed arguments, and ArgMax/ArgMin's out.
/// </summary>
[Collection(nameof(SerialCollection))]
public sealed class ReductionBehaviorTests
{
    [Fact]
    public void Out_receives_the_result_and_is_returned()
    {
        using NDArray<double> a = NDArray.Arange(0.0, 12.0, 1.0);
        using NDArray m = a.Reshape(3, 4);
        using NDArray<double> o = NDArray.Full<double>([4], -1.0);
        NDArray r = m.Sum(0, @out: o);
        Assert.Same(o, r);
        Assert.Equal([12.0, 15.0, 18.0, 21.0], o.ToArray<double>());

        // A different dtype accumulates in out's dtype, as NumPy's reduce does.
        using NDArray<long> ints = NDArray.Full<long>([4], 0L);
        m.Sum(0, @out: ints);
        Assert.Equal([12L, 15L, 18L, 21L], ints.ToArray<long>());

        // keepdims: out has the kept shape.
        using NDArray<double> kept = NDArray.Zeros<double>(1, 4);
        m.Max(0, @out: kept, keepdims: true);
        Assert.Equal([8.0, 9.0, 10.0, 11.0], kept.ToArray<double>());
    }

    [Theory]
    [InlineData(new long[] { 1, 4 }, false, "output parameter for reduction operation add has the wrong number of dimensions: Found 2 but expected 1")]
    [InlineData(new long[] { 4 }, true, "output parameter for reduction operation add has the wrong number of dimensions: Found 1 but expected 2 (must match the operand's when keepdims=True)")]
    [InlineData(new long[] { 5 }, false, "operands could not be broadcast together with remapped shapes [original->remapped]: (5,)->(5) (3,4) ")]
    public void Out_of_the_wrong_shape_is_refused_with_numpys_message(long[] shape, bool keepdims, string message)
    {
        using NDArray<double> m = NDArray.Zeros<double>(3, 4);
        using NDArray<double> o = NDArray.Zeros<double>(shape.Select(x => (nint)x).ToArray());
        var e = Assert.Throws<ArgumentException>(() => m.Sum(0, @out: o, keepdims: keepdims));
        Assert.Equal(message, ReductionOracle.Message(e));
    }

    [Fact]
    public void Out_refuses_a_lossy_cast_from_the_given_dtype()
    {
        using NDArray<double> m = NDArray.Zeros<double>(3, 4);
        using NDArray<long> o = NDArray.Zeros<long>(4);
        var e = Assert.Throws<InvalidCastException>(() => NDArray.Sum(m, 0, DType.Float64, o));
        Assert.Equal("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'", e.Message);
    }

    [Fact]
    public void Out_overlapping_the_input_gets_the_result_of_the_original_input()
    {
        using NDArray<long> a = NDArray.Arange(0L, 12L, 1L);
        using NDArray m = a.Reshape(3, 4);
        using NDArray row = m["0"];
        NDArray.Sum(m, 0, @out: row);
        Assert.Equal([12L, 15L, 18L, 21L], row.ToArray<long>());
        Assert.Equal([4L, 5L, 6L, 7L], m["1"].ToArray<long>());
    }

    [Fact]
    public void Read_only_out_is_refused()
    {
        using NDArray<double> m = NDArray.Zeros<double>(3, 4);
        using NDArray<double> o = NDArray.Zeros<double>(4);
        using NDArray ro = o.BroadcastTo(4);
        Assert.False(ro.IsWriteable);
        var e = Assert.Throws<ArgumentException>(() => m.Sum(0, @out: ro));
        Assert.StartsWith("output array is read-only", e.Message);
    }

    [Fact]
    public void Mean_of_an_empty_slice_warns_then_reports_the_division()
    {
        var warnings = new List<string>();
        int thread = Environment.CurrentManagedThreadId;
        EventHandler<FloatingPointWarningEventArgs> handler = (_, e) =>
        {
            // Other tests may warn on their own threads meanwhile.
            if (Environment.CurrentManagedThreadId == thread)
            {
                warnings.Add($"{e.Name}: {e.Message}");
            }
        };
        NDArray.FloatingPointWarning += handler;
        try
        {
            using NDArray<double> empty = NDArray.Zeros<double>(0);
            using NDArray r = NDArray.Mean(empty);
            Assert.True(double.IsNaN(((NDArray<double>)r).At(Array.Empty<nint>())));
            Assert.Equal(["mean: Mean of empty slice.", "divide: invalid value encountered in divide"], warnings);

            warnings.Clear();
            using NDArray<double> one = NDArray.Full<double>([1], 2.0);
            using NDArray v = NDArray.Var(one, ddof: 1);
            Assert.True(double.IsNaN(((NDArray<double>)v).At(Array.Empty<nint>())));
            Assert.Equal("var: Degrees of freedom <= 0 for slice", warnings[0]);
        }
        finally
        {
            NDArray.FloatingPointWarning -= handler;
        }

        // Under errstate(invalid='raise') the division raises after the warning, as in NumPy.
        using (NDArray.ErrState(invalid: FloatingPointErrorMode.Raise))
        {
            using NDArray<double> empty = NDArray.Zeros<double>(0);
            var e = Assert.Throws<FloatingPointErrorException>(() => NDArray.Mean(empty));
            Assert.Equal("invalid value encountered in divide", e.Message);
        }
    }

    [Fact]
    public void Float_overflow_in_a_sum_is_reported_as_numpy_reports_it()
    {
        using NDArray<double> big = NDArray.Full<double>([3], 1e308);
        using (NDArray.ErrState(over: FloatingPointErrorMode.Raise))
        {
            var e = Assert.Throws<FloatingPointErrorException>(() => NDArray.Sum(big));
            Assert.Equal("overflow encountered in reduce", e.Message);
        }

        // Across cores too: every worker's flags are collected.
        using NDArray<double> large = NDArray.Full<double>([1 << 20], 1e303);
        using (NDArray.ErrState(over: FloatingPointErrorMode.Raise))
        {
            Assert.Throws<FloatingPointErrorException>(() => NDArray.Sum(large));
        }

        // Integer sums wrap silently, as NumPy's.
        using NDArray<long> ints = NDArray.Full<long>([2], long.MaxValue);
        using (NDArray.ErrState(all: FloatingPointErrorMode.Raise))
        {
            Assert.Equal(-2L, ints.Sum());
        }
    }

    [Fact]
    public void Typed_full_reductions_return_numpys_result_types()
    {
        using NDArray<int> i = NDArray.FromArray(new[] { int.MaxValue, int.MaxValue });
        long sum = i.Sum(); // int64, not a wrapped int32
        Assert.Equal(2L * int.MaxValue, sum);
        double mean = i.Mean();
        Assert.Equal((double)int.MaxValue, mean);
        int max = i.Max();
        Assert.Equal(int.MaxValue, max);

        using NDArray<byte> b = NDArray.FromArray(new byte[] { 200, 100 });
        ulong bs = b.Sum();
        Assert.Equal(300UL, bs);
        using NDArray<Half> h = NDArray.FromArray(new[] { (Half)1.5, (Half)2.5 });
        Half hs = h.Sum(), hm = h.Mean();
        Assert.Equal((Half)4, hs);
        Assert.Equal((Half)2, hm);
        using NDArray<Complex> c = NDArray.FromArray(new[] { new Complex(1, 1), new Complex(-1, -1) });
        double cv = c.Var();
        Assert.Equal(2.0, cv);
        using NDArray<bool> flags = NDArray.FromArray(new[] { true, false, true });
        Assert.Equal(2L, flags.Sum());
        Assert.True(flags.Any());
        Assert.False(flags.All());
        Assert.Equal(2L, flags.CountNonzero());
    }

    [Fact]
    public void ArgMax_out_must_be_int64_of_the_result_shape()
    {
        using NDArray<double> m = NDArray.Zeros<double>(3, 4);
        using NDArray<int> wrongType = NDArray.Zeros<int>(3);
        using NDArray<long> wrongShape = NDArray.Zeros<long>(4);
        using NDArray<long> right = NDArray.Zeros<long>(3);
        Assert.Equal("output array does not match result of np.argmax.", ReductionOracle.Message(Assert.Throws<ArgumentException>(() => m.ArgMax(1, @out: wrongType))));
        Assert.Equal("output array does not match result of np.argmin.", ReductionOracle.Message(Assert.Throws<ArgumentException>(() => m.ArgMin(1, @out: wrongShape))));
        using NDArray<double> ramp = NDArray.Arange(0.0, 12.0, 1.0);
        using NDArray r = ramp.Reshape(3, 4);
        Assert.Same(right, r.ArgMax(1, @out: right));
        Assert.Equal([3L, 3L, 3L], right.ToArray<long>());
    }

    [Fact]
    public void Disposed_arguments_are_refused()
    {
        NDArray<double> a = NDArray.Zeros<double>(3);
        using NDArray<double> live = NDArray.Zeros<double>(3);
        a.Dispose();
        Assert.Throws<ObjectDisposedException>(() => NDArray.Sum(a));
        Assert.Throws<ObjectDisposedException>(() => NDArray.Mean(a));
        Assert.Throws<ObjectDisposedException>(() => NDArray.ArgMax(a));
        Assert.Throws<ObjectDisposedException>(() => NDArray.Sum(live, @out: a));
        Assert.Throws<ObjectDisposedException>(() => NDArray.Sum(live, where: a));
    }

    [Fact]
    public void Complex_extremes_are_lexicographic_and_nan_wins()
    {
        using NDArray<Complex> c = NDArray.FromArray(new[] { new Complex(1, 5), new Complex(2, -1), new Complex(2, 3), new Complex(-4, 9) });
        Assert.Equal(new Complex(2, 3), c.Max());
        Assert.Equal(new Complex(-4, 9), c.Min());
        Assert.Equal(2L, c.ArgMax());
        using NDArray<Complex> n = NDArray.FromArray(new[] { new Complex(1, 5), new Complex(0, double.NaN), new Complex(9, 9) });
        Assert.True(double.IsNaN(n.Max().Imaginary));
        Assert.Equal(1L, n.ArgMax());
        Assert.Equal(1L, n.ArgMin());
    }
}
