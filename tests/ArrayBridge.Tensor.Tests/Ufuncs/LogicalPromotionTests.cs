using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// NumPy's type resolution of <c>logical_and</c>, <c>logical_or</c> and <c>logical_xor</c>: inputs
/// whose dtypes match a loop exactly use it under the ordinary casting check; any other inputs (a
/// Python scalar, two different dtypes) use the <c>??-&gt;?</c> loop with every input cast to bool by
/// its truth value whatever the casting rule (<c>logical_ufunc_promoter</c> and
/// <c>_NPY_METH_FORCE_CAST_INPUTS</c> in NumPy 1.24 and 2.x alike).
/// </summary>
public class LogicalPromotionTests
{
    private static readonly Casting[] Castings = [Casting.No, Casting.Equiv, Casting.Safe, Casting.SameKind, Casting.Unsafe];

    private static readonly string[] Names = ["logical_and", "logical_or", "logical_xor"];

    private static NDArray Call(string name, Operand x, Operand y, Casting casting, DType? dtype = null) => name switch
    {
        "logical_and" => NDArray.LogicalAnd(x, y, dtype: dtype, casting: casting),
        "logical_or" => NDArray.LogicalOr(x, y, dtype: dtype, casting: casting),
        _ => NDArray.LogicalXor(x, y, dtype: dtype, casting: casting),
    };

    private static bool Op(string name, bool a, bool b) => name switch
    {
        "logical_and" => a && b,
        "logical_or" => a || b,
        _ => a ^ b,
    };

    private static NDArray Values(DType dtype, bool swapped)
    {
        using var source = NDArray.FromArray(new[] { 0, 1, -0.0, double.NaN, 2.5, 0, double.NegativeInfinity, 7 });
        return source.AsType(swapped ? dtype.WithByteOrder(ByteOrder.Big) : dtype, Casting.Unsafe);
    }

    private static bool[] Truth(NDArray a)
    {
        using NDArray b = a.AsType(DType.Bool, Casting.Unsafe);
        return b.ToArray<bool>();
    }

    [Fact]
    public void Array_pairs_use_the_exact_loop_or_else_the_bool_loop_under_any_casting()
    {
        var failures = new List<string>();
        foreach (DType dx in DType.All)
        foreach (DType dy in DType.All)
        foreach (bool swapped in new[] { false, true })
        {
            using NDArray x = Values(dx, swapped);
            using NDArray y = Values(dy, false);
            bool[] tx = Truth(x), ty = Truth(y);
            foreach (string name in Names)
            foreach (Casting casting in Castings)
            {
                // The exact loop casts a byte-swapped input, which only 'no' refuses.
                bool refused = dx == dy && !x.DType.IsNativeByteOrder && casting == Casting.No;
                try
                {
                    using NDArray r = Call(name, x, y, casting);
                    bool[] got = r.ToArray<bool>();
                    if (refused || r.DType != DType.Bool || !got.SequenceEqual(tx.Zip(ty, (a, b) => Op(name, a, b))))
                    {
                        failures.Add($"{name}({x.DType}, {y.DType}, casting={casting}): returned [{string.Join(" ", got)}]");
                    }
                }
                catch (InvalidCastException e) when (refused)
                {
                    string expected = $"Cannot cast ufunc '{name}' input 0 from dtype('{x.DType}') to dtype('{dx}') with casting rule 'no'";
                    if (e.Message != expected)
                    {
                        failures.Add($"{name}({x.DType}, {y.DType}): \"{e.Message}\", NumPy \"{expected}\"");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{name}({x.DType}, {y.DType}, casting={casting}): {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(15)));
    }

    public static TheoryData<string> WeakScalarNames() => [.. Names];

    [Theory]
    [MemberData(nameof(WeakScalarNames))]
    public void Python_scalars_convert_by_truth_value_under_any_casting_on_either_side(string name)
    {
        (Operand Scalar, bool Truth)[] scalars =
        [
            (0, false), (3, true), (300, true), (-1, true), (long.MaxValue, true), (long.MinValue, true), (256, true),
            (0.0, false), (-0.0, false), (2.5, true), (double.NaN, true), (double.PositiveInfinity, true),
            (new Complex(0, 0), false), (new Complex(0, 1), true), (new Complex(double.NaN, 0), true), (new Complex(2, 0), true),
        ];
        var failures = new List<string>();
        foreach (DType dtype in DType.All)
        foreach (bool swapped in new[] { false, true })
        {
            using NDArray a = Values(dtype, swapped);
            bool[] truth = Truth(a);
            foreach ((Operand scalar, bool t) in scalars)
            foreach (Casting casting in Castings)
            foreach (bool first in new[] { false, true })
            {
                try
                {
                    using NDArray r = first ? Call(name, scalar, a, casting) : Call(name, a, scalar, casting);
                    bool[] got = r.ToArray<bool>();
                    bool[] want = [.. truth.Select(v => first ? Op(name, t, v) : Op(name, v, t))];
                    if (r.DType != DType.Bool || !got.SequenceEqual(want))
                    {
                        failures.Add($"{name} {a.DType} with {scalar} casting={casting}: [{string.Join(" ", got)}]");
                    }
                }
                catch (Exception e)
                {
                    failures.Add($"{name} {a.DType} with {scalar} casting={casting}: {e.GetType().Name}: {e.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(15)));
    }

    [Fact]
    public void Dtype_bool_takes_the_bool_loop_and_other_dtypes_find_no_loop()
    {
        using var i8 = NDArray.FromArray(new sbyte[] { 0, 1, -5 });
        using NDArray r = NDArray.LogicalAnd(i8, 300, dtype: DType.Bool);
        Assert.Equal(new[] { false, true, true }, r.ToArray<bool>());
        var e = Assert.Throws<ArgumentException>(() => NDArray.LogicalAnd(i8, 300, dtype: DType.Int8));
        Assert.StartsWith("No loop matching the specified signature and casting was found for ufunc logical_and", e.Message);
    }
}
