using FsCheck;
using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// The comparison family (equal ... greater_equal, maximum, minimum, fmax, fmin, clip) against
/// NumPy's recorded results: every dtype with its edge values (±0, ±inf, NaN, integer limits),
/// mixed dtype pairs, weak scalars on either side, and NumPy 2's answers for Python integers
/// outside an integer array's range.
/// </summary>
public class ComparisonTests
{
    public static TheoryData<string> Ufuncs() =>
        ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "maximum", "minimum", "fmax", "fmin", "clip"];

    [Theory]
    [MemberData(nameof(Ufuncs))]
    public void Matches_numpys_recorded_results_bit_for_bit(string ufunc)
    {
        List<string> failures = UfuncOracle.Replay(ufunc);
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(15)));
    }

    private static bool[] Bools(NDArray a) => a.ToArray<bool>();

    [Property(MaxTest = 50, Replay = FixedSeed.Replay)]
    public void Swapping_operands_mirrors_every_comparison(double[] a, double[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        using var x = NDArray.FromArray(a[..n]);
        using var y = NDArray.FromArray(b[..n]);
        using NDArray lt = NDArray.Less(x, y), gt = NDArray.Greater(y, x);
        using NDArray le = NDArray.LessEqual(x, y), ge = NDArray.GreaterEqual(y, x);
        using NDArray eq = NDArray.Equal(x, y), eq2 = NDArray.Equal(y, x), ne = NDArray.NotEqual(x, y), notEq = NDArray.LogicalNot(eq);
        Assert.Equal(Bools(lt), Bools(gt));
        Assert.Equal(Bools(le), Bools(ge));
        Assert.Equal(Bools(eq), Bools(eq2));
        Assert.Equal(Bools(notEq), Bools(ne));
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(a[i] < b[i], Bools(lt)[i]);
            Assert.Equal(a[i] != b[i], Bools(ne)[i]);
        }
    }

    [Property(MaxTest = 50, Replay = FixedSeed.Replay)]
    public void Minimum_is_at_most_maximum_and_each_is_an_operand(NormalFloat[] a, long[] b)
    {
        int n = Math.Min(a.Length, b.Length);
        using var x = NDArray.FromArray(a[..n].Select(v => v.Get).ToArray());
        using var y = NDArray.FromArray(b[..n].Select(v => (double)v).ToArray());
        using NDArray lo = NDArray.Minimum(x, y), hi = NDArray.Maximum(x, y), flo = NDArray.Fmin(x, y), fhi = NDArray.Fmax(x, y);
        using NDArray ok = NDArray.LessEqual(lo, hi);
        Assert.All(Bools(ok), Assert.True);
        double[] l = lo.ToArray<double>(), h = hi.ToArray<double>();
        Assert.Equal(l, flo.ToArray<double>());
        Assert.Equal(h, fhi.ToArray<double>());
        for (int i = 0; i < n; i++)
        {
            double xi = a[i].Get, yi = b[i];
            Assert.True(l[i] == xi || l[i] == yi);
            Assert.True(h[i] == xi || h[i] == yi);
        }
    }

    [Property(MaxTest = 50, Replay = FixedSeed.Replay)]
    public void Clip_is_minimum_of_maximum_for_integers(long[] a, long lo, long hi)
    {
        using var x = NDArray.FromArray(a);
        using NDArray clipped = NDArray.Clip(x, Operand.Scalar(lo), Operand.Scalar(hi));
        long[] c = clipped.ToArray<long>();
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(Math.Min(Math.Max(a[i], lo), hi), c[i]);
        }
    }

    /// <summary>Every comparison, both operand orders, every integer dtype and a value on each side of its range.</summary>
    [Fact]
    public void Out_of_range_weak_integers_answer_every_element_without_the_engine_overflowing()
    {
        string[] ops = ["equal", "not_equal", "less", "less_equal", "greater", "greater_equal"];
        foreach (DType dtype in DType.All.Where(d => d.Kind is 'i' or 'u' && d.ItemSize < 8 || d.Type == ScalarType.UInt64))
        {
            using NDArray a = NDArray.Zeros(dtype, [2, 3]);
            foreach (long value in new[] { long.MinValue, -1000000000000, long.MaxValue })
            {
                bool below = value < 0; // the scalar is below every element
                if (dtype.Type == ScalarType.UInt64 && !below)
                {
                    continue;
                }

                foreach (string op in ops)
                {
                    bool arrayFirst = op switch
                    {
                        "equal" => false,
                        "not_equal" => true,
                        "less" or "less_equal" => !below,
                        _ => below,
                    };
                    bool scalarFirst = op switch
                    {
                        "equal" => false,
                        "not_equal" => true,
                        "less" or "less_equal" => below,
                        _ => !below,
                    };
                    using NDArray r1 = UfuncOracle.Call(op, [a, value]);
                    using NDArray r2 = UfuncOracle.Call(op, [value, a]);
                    Assert.Equal(DType.Bool, r1.DType);
                    Assert.Equal([2, 3], r1.Shape.ToArray());
                    Assert.All(Bools(r1), v => Assert.Equal(arrayFirst, v));
                    Assert.All(Bools(r2), v => Assert.Equal(scalarFirst, v));
                }
            }
        }
    }

    [Fact]
    public void Out_of_range_weak_integer_comparisons_honor_out_where_and_scalars()
    {
        using NDArray a = NDArray.FromArray(new byte[] { 1, 2, 3, 4 });
        using NDArray @out = NDArray.FromArray(new[] { false, false, true, true });
        using NDArray mask = NDArray.FromArray(new[] { true, false, true, false });
        NDArray r = NDArray.Less(a, 300, @out: @out, where: mask);
        Assert.Same(@out, r);
        Assert.Equal([true, false, true, true], Bools(@out));
        NDArray.Equal(300, a, @out: @out);
        Assert.Equal([false, false, false, false], Bools(@out));
        using NDArray i8 = NDArray.FromArray(new sbyte[] { -128, 127 });
        using NDArray gt = NDArray.Greater(i8, -1000);
        Assert.Equal([true, true], Bools(gt));
        using NDArray typed = NDArray.Less((byte)7, 256);
        Assert.Equal(0, typed.NDim);
        Assert.True(typed.ToArray<bool>()[0]);
        using NDArray f = NDArray.FromArray(new[] { 1.0f, 2, 3, 4 });
        Assert.Throws<InvalidCastException>(() => NDArray.Less(a, 300, @out: f, casting: Casting.No));
        // Maximum has no such rule: NEP 50 converts 300 into uint8 and overflows, as NumPy 2 does.
        var e = Assert.Throws<OverflowException>(() => NDArray.Maximum(a, 300));
        Assert.Equal("Python integer 300 out of bounds for uint8", e.Message);
    }

    /// <summary>
    /// NumPy never reports floating-point errors from these loops (vector compares may still set the
    /// hardware's invalid flag on NaN), so the engine must not watch the flags for them.
    /// </summary>
    [Fact]
    public void Comparison_maximum_logical_and_where_ufuncs_declare_no_floating_point_errors()
    {
        Ufunc[] quiet =
        [
            ArrayBridge.Ufuncs.Equal, ArrayBridge.Ufuncs.NotEqual, ArrayBridge.Ufuncs.Less, ArrayBridge.Ufuncs.LessEqual,
            ArrayBridge.Ufuncs.Greater, ArrayBridge.Ufuncs.GreaterEqual, ArrayBridge.Ufuncs.Maximum, ArrayBridge.Ufuncs.Minimum,
            ArrayBridge.Ufuncs.Fmax, ArrayBridge.Ufuncs.Fmin, ArrayBridge.Ufuncs.Clip, ArrayBridge.Ufuncs.LogicalAnd,
            ArrayBridge.Ufuncs.LogicalOr, ArrayBridge.Ufuncs.LogicalXor, ArrayBridge.Ufuncs.LogicalNot, ArrayBridge.Ufuncs.Where,
        ];
        Assert.All(quiet, u => Assert.True(u.NoFloatingPointErrors, u.Name));
    }

    /// <summary>Each loop list is NumPy's <c>ufunc.types</c> (1.24) without the long double, object and time loops, plus NumPy 2's int64/uint64 comparison loops.</summary>
    [Fact]
    public void Loop_lists_are_numpys_in_numpys_order()
    {
        const string All = "??->? bb->? BB->? hh->? HH->? ii->? II->? ll->? LL->? ee->? ff->? dd->? FF->? DD->?";
        // NumPy 2 adds exact int64/uint64 comparison loops after the integer ones.
        Assert.Equal(All.Replace("LL->? ", "LL->? lL->? Ll->? "), Types(ArrayBridge.Ufuncs.Less));
        Assert.Equal(All, Types(ArrayBridge.Ufuncs.LogicalXor));
        Assert.Equal("??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L ee->e ff->f dd->d FF->F DD->D", Types(ArrayBridge.Ufuncs.Fmin));
        Assert.Equal("???->? bbb->b BBB->B hhh->h HHH->H iii->i III->I lll->l LLL->L eee->e fff->f ddd->d FFF->F DDD->D", Types(ArrayBridge.Ufuncs.Clip));
        Assert.Equal("??->? bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L", Types(ArrayBridge.Ufuncs.BitwiseOr));
        Assert.Equal("bb->b BB->B hh->h HH->H ii->i II->I ll->l LL->L", Types(ArrayBridge.Ufuncs.RightShift));
        Assert.Equal("?->? b->b B->B h->h H->H i->i I->I l->l L->L", Types(ArrayBridge.Ufuncs.Invert));
        Assert.Equal("?->? b->? B->? h->? H->? i->? I->? l->? L->? e->? f->? d->? F->? D->?", Types(ArrayBridge.Ufuncs.LogicalNot));
    }

    private static string Types(Ufunc u) => string.Join(" ", u.Loops.Select(l => l.ToString()));

    /// <summary>
    /// NaN operands raise nothing under <c>np.errstate(all='raise')</c>, as in NumPy, on every loop
    /// path (vector, strided, broadcast) of every float dtype, though ordered vector compares set
    /// the FPU's invalid flag on NaN. Ordered comparisons of complex NaN do raise invalid in NumPy
    /// (its C compares signal): ComplexComparisonFlagTests covers them.
    /// </summary>
    [Fact]
    public void Nan_operands_raise_nothing_under_errstate_raise()
    {
        using var nan = NDArray.FromArray(Enumerable.Range(0, 100).Select(i => i % 3 == 0 ? double.NaN : i).ToArray());
        using var other = NDArray.FromArray(Enumerable.Range(0, 100).Select(i => i % 5 == 0 ? double.NaN : 50.0).ToArray());
        using (NDArray.ErrState(all: FloatingPointErrorMode.Raise))
        {
            foreach (DType dtype in new[] { DType.Float16, DType.Float32, DType.Float64, DType.Complex64, DType.Complex128 })
            {
                using NDArray x = nan.AsType(dtype), y = other.AsType(dtype);
                using NDArray xs = x["::2"], ys = y["::2"], y0 = y["0"];
                foreach (string ufunc in new[] { "equal", "not_equal", "less", "less_equal", "greater", "greater_equal", "maximum", "minimum", "fmax", "fmin", "logical_and", "logical_or", "logical_xor" })
                {
                    if (dtype.Kind == 'c' && (ufunc.StartsWith("less", StringComparison.Ordinal) || ufunc.StartsWith("greater", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    UfuncOracle.Call(ufunc, [x, y]).Dispose();
                    UfuncOracle.Call(ufunc, [xs, ys]).Dispose();
                    UfuncOracle.Call(ufunc, [x, y0]).Dispose();
                }

                NDArray.Clip(x, y0, y).Dispose();
                NDArray.LogicalNot(x).Dispose();
                NDArray.Where(x, x, y).Dispose();
            }
        }
    }

    /// <summary>
    /// A Python-int bound outside an integer array's range is refused with NumPy's OverflowError text,
    /// on either side and past either limit, for every integer dtype and byte order (NumPy 1.24 and
    /// 2.0; 2.1's np.clip function drops a bound past the limit on its own side); bounds at the limits
    /// clip nothing and keep the dtype.
    /// </summary>
    [Fact]
    public void Clip_refuses_weak_integer_bounds_outside_the_dtype_range()
    {
        foreach (DType native in DType.All.Where(d => d.Kind is 'i' or 'u'))
        {
            foreach (DType dtype in new[] { native, native.WithByteOrder(ByteOrder.Big) })
            {
                using var values = NDArray.FromArray(new long[] { 0, 1, 5, 100, 127 });
                using NDArray a = values.AsType(dtype);
                (decimal min, decimal max) = native.Type switch
                {
                    ScalarType.Int8 => ((decimal)sbyte.MinValue, (decimal)sbyte.MaxValue),
                    ScalarType.UInt8 => ((decimal)byte.MinValue, (decimal)byte.MaxValue),
                    ScalarType.Int16 => ((decimal)short.MinValue, (decimal)short.MaxValue),
                    ScalarType.UInt16 => ((decimal)ushort.MinValue, (decimal)ushort.MaxValue),
                    ScalarType.Int32 => ((decimal)int.MinValue, (decimal)int.MaxValue),
                    ScalarType.UInt32 => ((decimal)uint.MinValue, (decimal)uint.MaxValue),
                    ScalarType.Int64 => ((decimal)long.MinValue, (decimal)long.MaxValue),
                    _ => ((decimal)ulong.MinValue, (decimal)ulong.MaxValue),
                };
                var outside = new List<long>();
                if (min > long.MinValue)
                {
                    outside.Add((long)min - 1);
                    outside.Add(long.MinValue);
                }

                if (max < long.MaxValue)
                {
                    outside.Add((long)max + 1);
                    outside.Add(long.MaxValue);
                }

                foreach (long bound in outside)
                {
                    string message = $"Python integer {bound} out of bounds for {native.Name}";
                    Assert.Equal(message, Assert.Throws<OverflowException>(() => NDArray.Clip(a, bound, 5)).Message);
                    Assert.Equal(message, Assert.Throws<OverflowException>(() => NDArray.Clip(a, 5, bound)).Message);
                    Assert.Equal(message, Assert.Throws<OverflowException>(() => NDArray.Clip(a, a, bound)).Message);
                }

                long low = (long)Math.Max(min, long.MinValue), high = (long)Math.Min(max, long.MaxValue);
                using NDArray exact = NDArray.Clip(a, low, high);
                Assert.Equal(native, exact.DType);
                Assert.Equal(new long[] { 0, 1, 5, 100, 127 }, exact.AsType<long>().ToArray<long>());
                using NDArray toFloat = NDArray.Clip(a, low, 2.5);
                Assert.Equal(DType.Float64, toFloat.DType);
                Assert.Equal(new[] { 0, 1, 2.5, 2.5, 2.5 }, toFloat.ToArray<double>());
            }
        }
    }
}
