using System.Numerics;
using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// The logical and bitwise family (logical_and/or/xor/not, bitwise_and/or/xor, invert, shifts) and
/// <see cref="NDArray.Where"/> against NumPy's recorded results: every dtype with its edge values,
/// shift counts -1, 0, width-1, width and width+1, mixed dtype pairs, weak scalars and NumPy's
/// messages for unsupported input types.
/// </summary>
public class LogicalTests
{
    public static TheoryData<string> Ufuncs() =>
        ["logical_and", "logical_or", "logical_xor", "logical_not", "bitwise_and", "bitwise_or", "bitwise_xor", "invert", "left_shift", "right_shift", "where"];

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Matches_numpys_recorded_results_bit_for_bit(string ufunc)
    {
        List<string> failures = UfuncOracle.Replay(ufunc);
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(15)));
    }

    [Property(MaxTest = 50, Replay = FixedSeed.Replay)]
    public void Inverting_twice_is_the_identity_and_xor_with_itself_is_zero(long[] a)
    {
        using var x = NDArray.FromArray(a);
        foreach (DType dtype in DType.All.Where(d => d.Kind is 'i' or 'u' or 'b'))
        {
            using NDArray t = x.AsType(dtype);
            using NDArray once = NDArray.Invert(t), twice = NDArray.Invert(once);
            Assert.Equal(UfuncOracle.Bytes(t), UfuncOracle.Bytes(twice));
            using NDArray zero = NDArray.BitwiseXor(t, t), all = NDArray.Equal(zero, NDArray.Zeros(dtype, []));
            Assert.All(all.ToArray<bool>(), Assert.True);
        }
    }

    /// <summary>NumPy's shifts by any count, against the definition (C#'s shifts mask the count instead).</summary>
    [Property(MaxTest = 100, Replay = FixedSeed.Replay)]
    public void Shifts_by_any_count_follow_numpy_not_the_masked_shift(long[] values, sbyte[] counts)
    {
        int n = Math.Min(values.Length, counts.Length);
        using var x = NDArray.FromArray(values[..n]);
        using var c = NDArray.FromArray(counts[..n].Select(v => (long)v).ToArray());
        using NDArray l = NDArray.LeftShift(x, c), r = NDArray.RightShift(x, c);
        using var ux = NDArray.FromArray(values[..n].Select(v => (ulong)v).ToArray());
        using var uc = NDArray.FromArray(counts[..n].Select(v => (ulong)(byte)v).ToArray());
        using NDArray ur = NDArray.RightShift(ux, uc), ul = NDArray.LeftShift(ux, uc);
        long[] lv = l.ToArray<long>(), rv = r.ToArray<long>();
        ulong[] urv = ur.ToArray<ulong>(), ulv = ul.ToArray<ulong>();
        for (int i = 0; i < n; i++)
        {
            long v = values[i];
            int k = counts[i];
            bool inRange = k is >= 0 and < 64;
            Assert.Equal(inRange ? v << k : 0, lv[i]);
            Assert.Equal(inRange ? v >> k : v < 0 ? -1 : 0, rv[i]);
            int uk = (byte)counts[i];
            Assert.Equal(uk < 64 ? (ulong)v >> uk : 0, urv[i]);
            Assert.Equal(uk < 64 ? (ulong)v << uk : 0, ulv[i]);
        }
    }

    [Fact]
    public void Shift_by_a_broadcast_count_out_of_range_gives_zero_or_minus_one()
    {
        using var x = NDArray.FromArray(Enumerable.Range(-40, 80).Select(i => (sbyte)i).ToArray());
        foreach (long count in new long[] { -1, 8, 9, 100 })
        {
            using NDArray l = NDArray.LeftShift(x, count), r = NDArray.RightShift(x, count);
            Assert.All(l.ToArray<sbyte>(), v => Assert.Equal(0, v));
            Assert.Equal(x.ToArray<sbyte>().Select(v => (sbyte)(v < 0 ? -1 : 0)), r.ToArray<sbyte>());
        }

        using var u = NDArray.FromArray(Enumerable.Range(0, 80).Select(i => (ushort)(i * 900)).ToArray());
        using NDArray ur = NDArray.RightShift(u, 16), ul = NDArray.LeftShift(u, 15);
        Assert.All(ur.ToArray<ushort>(), v => Assert.Equal(0, v));
        Assert.Equal(u.ToArray<ushort>().Select(v => (ushort)(v << 15)), ul.ToArray<ushort>());
    }

    [Property(MaxTest = 50, Replay = FixedSeed.Replay)]
    public void Where_takes_x_where_the_condition_is_truthy(double[] condition, int[] xs)
    {
        int n = Math.Min(condition.Length, xs.Length);
        using var c = NDArray.FromArray(condition[..n]);
        using var x = NDArray.FromArray(xs[..n]);
        using NDArray r = NDArray.Where(c, x, -7);
        Assert.Equal(DType.Int32, r.DType);
        int[] rv = r.ToArray<int>();
        for (int i = 0; i < n; i++)
        {
            // Python's bool(float): NaN is true, both zeros false.
            Assert.Equal(condition[i] != 0 ? xs[i] : -7, rv[i]);
        }
    }

    [Fact]
    public void Where_broadcasts_promotes_and_reads_any_condition_dtype()
    {
        using var c = NDArray.FromArray(new[] { new Complex(0, 0), new Complex(0, 1), new Complex(double.NaN, 0) });
        using NDArray col = c.Reshape([3, 1]);
        using var x = NDArray.FromArray(new byte[] { 1, 2 });
        using NDArray r = NDArray.Where(col, x, Operand.Scalar((sbyte)-1));
        Assert.Equal(DType.Int16, r.DType);
        Assert.Equal([3, 2], r.Shape.ToArray());
        Assert.Equal(new short[] { -1, -1, 1, 2, 1, 2 }, r.ToArray<short>());
        using NDArray s = NDArray.Where(0.0, 1, 2.5);
        Assert.Equal(DType.Float64, s.DType);
        Assert.Equal(2.5, s.ToArray<double>()[0]);
        var e = Assert.Throws<OverflowException>(() => NDArray.Where(col, x, 300));
        Assert.Equal("Python integer 300 out of bounds for uint8", e.Message);
        Assert.Throws<ArgumentException>(() => NDArray.Where(default, x, x));
        using var bad = NDArray.FromArray(new[] { true, false, true, false });
        Assert.Throws<ArgumentException>(() => NDArray.Where(bad, x, x));
    }

    [Fact]
    public void Logical_operations_read_weak_scalars_by_truth_without_overflow()
    {
        using var a = NDArray.FromArray(new byte[] { 0, 1, 255 });
        using NDArray and = NDArray.LogicalAnd(a, 1000), or = NDArray.LogicalOr(-1, a), xor = NDArray.LogicalXor(a, double.NaN);
        Assert.Equal([false, true, true], and.ToArray<bool>());
        Assert.Equal([true, true, true], or.ToArray<bool>());
        Assert.Equal([true, false, false], xor.ToArray<bool>());
        using NDArray not = NDArray.LogicalNot(a);
        Assert.Equal([true, false, false], not.ToArray<bool>());
    }

    [Fact]
    public void Bool_inputs_with_any_nonzero_byte_are_true_and_results_are_zero_or_one()
    {
        using var raw = NDArray.FromArray(Enumerable.Range(0, 70).Select(i => (byte)(i % 3 * 2)).ToArray());
        using NDArray b = raw.View(DType.Bool);
        using NDArray ones = NDArray.Full<bool>([70], true);
        foreach (NDArray r in new[] { NDArray.LogicalAnd(b, ones), NDArray.BitwiseAnd(b, ones), NDArray.Maximum(b, b), NDArray.Equal(b, ones), NDArray.Invert(NDArray.LogicalNot(b)) })
        {
            using (r)
            using (NDArray bytes = r.View(DType.UInt8))
            {
                Assert.Equal(raw.ToArray<byte>().Select(v => v != 0 ? (byte)1 : (byte)0), bytes.ToArray<byte>());
            }
        }
    }
}
