using System.Numerics;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArrayBridge.Tests;

/// <summary>
/// NEP 50 promotion of ufunc operands against NumPy 1.24 under <c>np._set_promotion_state('weak')</c>
/// (tests/oracle/generate_promotion_cases.py): <c>np.result_type</c> over arrays, 0-d arrays, NumPy
/// scalars and weak scalars; the dtype a weak scalar takes; and the bytes a scalar becomes in a
/// loop's dtype, NumPy 2's OverflowError for a weak integer that does not fit included.
/// </summary>
public unsafe class PromotionTests
{
    private static readonly OperandKind[] WeakKinds = [OperandKind.WeakInteger, OperandKind.WeakFloat, OperandKind.WeakComplex];

    [Fact]
    public void ResultType_matches_numpy_for_every_recorded_operand_list()
    {
        JsonElement[] cases = PromotionOracle.Section("result_type");
        Assert.True(cases.Length >= 1000, $"only {cases.Length} cases");
        var failures = new List<string>();
        foreach (JsonElement c in cases)
        {
            var owned = new List<NDArray>();
            try
            {
                Operand[] operands = c.GetProperty("operands").EnumerateArray().Select(o => PromotionOracle.ParseOperand(o.GetString()!, owned)).ToArray();
                if (c.TryGetProperty("error", out JsonElement error))
                {
                    var e = Assert.Throws<ArgumentException>(() => NDArray.ResultType(operands));
                    Assert.StartsWith(error.GetProperty("message").GetString()!, e.Message);
                    continue;
                }

                string expected = c.GetProperty("result").GetString()!;
                string actual = NDArray.ResultType(operands).TypeStr;
                if (actual != expected)
                {
                    failures.Add($"{c.GetProperty("operands").GetRawText()}: NumPy {expected}, ArrayBridge {actual}");
                }
            }
            finally
            {
                owned.ForEach(a => a.Dispose());
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void WeakDType_is_what_numpy_gives_one_strong_dtype_with_one_weak_scalar()
    {
        var checkedCases = new HashSet<string>();
        foreach (JsonElement c in PromotionOracle.Section("result_type"))
        {
            string[] ops = c.GetProperty("operands").EnumerateArray().Select(o => o.GetString()!).ToArray();
            if (ops.Length != 2 || !ops[0].StartsWith("a:", StringComparison.Ordinal) || ops[1].Contains(':', StringComparison.Ordinal)
                || !c.TryGetProperty("result", out JsonElement result))
            {
                continue;
            }

            OperandKind kind = ops[1] switch { "int" => OperandKind.WeakInteger, "float" => OperandKind.WeakFloat, _ => OperandKind.WeakComplex };
            Assert.Equal(result.GetString(), Promotion.WeakDType(kind, DType.Parse(ops[0][2..])).TypeStr);
            checkedCases.Add(ops[0] + " " + ops[1]);
        }

        Assert.Equal(PromotionOracle.AllByteOrders.Length * WeakKinds.Length, checkedCases.Count);
    }

    [Fact]
    public void Weak_scalars_follow_nep_50s_examples()
    {
        using NDArray b = NDArray.Zeros(DType.Bool, [2]);
        using NDArray i8 = NDArray.Zeros(DType.Int8, [2]);
        using NDArray f2 = NDArray.Zeros(DType.Float16, [2]);
        using NDArray f4 = NDArray.Zeros(DType.Float32, [2]);
        using NDArray f8 = NDArray.Zeros(DType.Float64, []);
        Assert.Equal(DType.Int64, NDArray.ResultType(b, 1));
        Assert.Equal(DType.Int8, NDArray.ResultType(i8, 300L));
        Assert.Equal(DType.Float64, NDArray.ResultType(i8, 1.0));
        Assert.Equal(DType.Float32, NDArray.ResultType(f4, 1e300));
        Assert.Equal(DType.Complex64, NDArray.ResultType(f4, Complex.ImaginaryOne));
        Assert.Equal(DType.Complex64, NDArray.ResultType(f2, Complex.ImaginaryOne));
        Assert.Equal(DType.Complex128, NDArray.ResultType(i8, Complex.ImaginaryOne));
        Assert.Equal(DType.Complex128, NDArray.ResultType(f8, Complex.ImaginaryOne));
        Assert.Equal(DType.Float64, NDArray.ResultType(f4, f8));
        Assert.Equal(DType.Int16, NDArray.ResultType(i8, (short)1));
        Assert.Equal(DType.Float32, NDArray.ResultType(3f, 3.0));
        Assert.Equal(DType.Int64, NDArray.ResultType(i8, Operand.Scalar(1L)));
        Assert.Equal(DType.Int64, NDArray.ResultType(1, 2L));
        Assert.Equal(DType.Float64, NDArray.ResultType(1, 2.0));
        Assert.Equal(DType.Complex128, NDArray.ResultType(Complex.One, 1));
    }

    [Fact]
    public void ResultType_of_nothing_or_of_a_default_operand_is_an_argument_error()
    {
        var e = Assert.Throws<ArgumentException>(() => NDArray.ResultType());
        Assert.StartsWith("at least one array or dtype is required", e.Message);
        Assert.Contains("operand 1", Assert.Throws<ArgumentException>(() => NDArray.ResultType(1, default(Operand))).Message);
        Assert.Throws<ArgumentException>(() => Promotion.ResultType(new Operand[3]));
    }

    [Fact]
    public void WeakDType_refuses_a_kind_that_is_not_weak()
    {
        foreach (OperandKind kind in new[] { OperandKind.None, OperandKind.Array, OperandKind.Typed, (OperandKind)77 })
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Promotion.WeakDType(kind, DType.Int8));
        }
    }

    [Fact]
    public void WriteScalar_refuses_an_array_or_default_operand()
    {
        using NDArray a = NDArray.Zeros(DType.Float64, []);
        byte* buffer = stackalloc byte[16];
        Assert.Throws<ArgumentException>(() => Promotion.WriteScalar(a, DType.Float64, buffer));
        Assert.Throws<ArgumentException>(() => Promotion.WriteScalar(default, DType.Float64, buffer));
    }

    [Fact]
    public void WriteScalar_matches_numpys_conversion_of_every_recorded_value()
    {
        JsonElement[] cases = PromotionOracle.Section("values");
        Assert.True(cases.Length >= 2500, $"only {cases.Length} cases");
        var failures = new List<string>();
        foreach (JsonElement c in cases)
        {
            string? failure = CheckValue(c);
            if (failure is not null)
            {
                failures.Add($"{c.GetProperty("kind").GetString()} {c.GetProperty("repr").GetString()} -> {c.GetProperty("target").GetString()}: {failure}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Length} differ:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void The_recorded_values_cover_both_bounds_of_every_integer_dtype_in_both_byte_orders()
    {
        JsonElement[] ints = PromotionOracle.Section("values").Where(c => c.GetProperty("kind").GetString() == "int").ToArray();
        foreach (DType d in PromotionOracle.AllByteOrders.Where(d => d.Kind is 'i' or 'u'))
        {
            (Int128 min, Int128 max) = Bounds(d);
            foreach (Int128 v in new[] { min, max, min - 1, max + 1 })
            {
                if (v < long.MinValue || v > long.MaxValue)
                {
                    continue; // a weak integer is a long: int64 past its bounds and uint64's maximum cannot be written
                }

                JsonElement c = Assert.Single(ints, c => c.GetProperty("target").GetString() == d.TypeStr && c.GetProperty("value").GetInt64() == (long)v);
                Assert.Equal(v >= min && v <= max, c.TryGetProperty("bytes", out _));
            }
        }
    }

    [Property(Arbitrary = [typeof(WeakIntegers)], MaxTest = 2000, Replay = FixedSeed.Replay)]
    public bool A_weak_integer_is_written_exactly_when_it_fits_and_is_an_overflow_naming_it_otherwise(long value, DType target)
    {
        (Int128 min, Int128 max) = Bounds(target);
        byte* buffer = stackalloc byte[16];
        try
        {
            Promotion.WriteScalar(value, target, buffer);
        }
        catch (OverflowException e)
        {
            return (value < min || value > max) && e.Message == $"Python integer {value} out of bounds for {target.Name}";
        }

        if (value < min || value > max)
        {
            return false;
        }

        // Read back through the array machinery, which swaps independently of the cast kernels.
        using NDArray raw = NDArray.Zeros(target, []);
        Buffer.MemoryCopy(buffer, (void*)raw.DataPointer, target.ItemSize, target.ItemSize);
        using NDArray asInt64 = raw.AsType(DType.Int64);
        using NDArray asUInt64 = raw.AsType(DType.UInt64);
        return target.Type == ScalarType.UInt64 ? asUInt64.AsSpan<ulong>()[0] == (ulong)value : asInt64.AsSpan<long>()[0] == value;
    }

    [Property(Arbitrary = [typeof(OperandLists)], MaxTest = 1000, Replay = FixedSeed.Replay)]
    public bool Without_weak_scalars_ResultType_does_not_depend_on_the_order_of_the_operands(Operand[] operands, int seed)
    {
        // NumPy's DType-sequence promotion is order-free for concrete dtypes only: with Python
        // scalars it is not (float32, 1.0, 1j, uint8 gives complex64 in that order, complex128 in
        // 20 of its 24 orders), and the recorded orders are replayed exactly above.
        Operand[] strong = operands.Where(o => !o.IsWeak).ToArray();
        if (strong.Length == 0)
        {
            return true;
        }

        Operand[] shuffled = (Operand[])strong.Clone();
        new Random(seed).Shuffle(shuffled);
        return Promotion.ResultType(strong) == Promotion.ResultType(shuffled);
    }

    [Fact]
    public void With_weak_scalars_the_order_of_the_operands_matters_as_in_numpy()
    {
        using NDArray f4 = NDArray.Zeros(DType.Float32, [1]);
        Assert.Equal(DType.Complex64, NDArray.ResultType(f4, -1.5, new Complex(0, 2), (byte)1));
        Assert.Equal(DType.Complex128, NDArray.ResultType((byte)1, f4, -1.5, new Complex(0, 2)));
    }

    [Property(Arbitrary = [typeof(OperandLists)], MaxTest = 1000, Replay = FixedSeed.Replay)]
    public bool Every_strong_operand_casts_safely_to_the_native_result(Operand[] operands)
    {
        // Weak scalars may still widen a mix of strong ones beyond their promote_types: NumPy's
        // float32, uint8 and a Python float give float64, the Python float's own default.
        DType result = Promotion.ResultType(operands);
        foreach (Operand o in operands)
        {
            if (!o.IsWeak && !DType.CanCast(o.DType, result, Casting.Safe))
            {
                return false;
            }
        }

        return result.IsNativeByteOrder;
    }

    [Property(Arbitrary = [typeof(OperandLists)], MaxTest = 1000, Replay = FixedSeed.Replay)]
    public bool With_one_strong_operand_the_result_is_WeakDType_of_the_highest_weak_kind(Operand[] operands, int seed)
    {
        // The engine's path: one array (or typed scalar) and weak scalars, in any order.
        Operand[] weak = operands.Where(o => o.IsWeak).ToArray();
        if (weak.Length == 0)
        {
            return true;
        }

        Operand strong = operands.FirstOrDefault(o => !o.IsWeak);
        if (strong.DType == default && !strong.IsScalar && strong.Array is null)
        {
            strong = PromotionOracle.One(ScalarType.UInt16);
        }

        Operand[] list = [strong, .. weak];
        new Random(seed).Shuffle(list);
        OperandKind highest = weak.Max(o => o.Kind);
        return Promotion.ResultType(list) == Promotion.WeakDType(highest, strong.DType);
    }

    [Fact]
    public void ResultType_WeakDType_and_WriteScalar_allocate_nothing()
    {
        using NDArray f4 = NDArray.Zeros(DType.Float32, [4]);
        Operand array = f4, weak = 2.5, typed = (short)3;
        DType big = DType.Parse(">f8");
        byte* buffer = stackalloc byte[16];
        long before = 0;
        for (int round = 0; round < 2; round++)
        {
            // The first round runs the type initializers and the JIT; only the second is measured.
            before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                _ = NDArray.ResultType(array, weak);
                _ = NDArray.ResultType(array, typed, 1, Complex.ImaginaryOne);
                _ = Promotion.WeakDType(OperandKind.WeakComplex, DType.Float16);
                Promotion.WriteScalar(weak, big, buffer);
                Promotion.WriteScalar(typed, DType.Float32, buffer);
                Promotion.WriteScalar(100L, DType.Int8, buffer);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string? CheckValue(JsonElement c)
    {
        DType target = DType.Parse(c.GetProperty("target").GetString()!);
        JsonElement value = c.TryGetProperty("value", out JsonElement v) ? v : c.GetProperty("source_bytes");
        Operand operand = c.GetProperty("kind").GetString() switch
        {
            "int" => value.GetInt64(),
            "float" => BitConverter.Int64BitsToDouble(value.GetInt64()),
            "complex" => new Complex(BitConverter.Int64BitsToDouble(value[0].GetInt64()), BitConverter.Int64BitsToDouble(value[1].GetInt64())),
            _ => PromotionOracle.Typed(DType.Parse(c.GetProperty("source").GetString()!), Convert.FromHexString(value.GetString()!)),
        };

        const byte Guard = 0xA5;
        byte* buffer = stackalloc byte[32];
        new Span<byte>(buffer, 32).Fill(Guard);
        string? failure = null;
        try
        {
            Promotion.WriteScalar(operand, target, buffer + 8);
            if (c.TryGetProperty("error", out JsonElement error))
            {
                return $"NumPy raised {error.GetProperty("type").GetString()} '{error.GetProperty("message").GetString()}', ArrayBridge wrote {Convert.ToHexStringLower(new ReadOnlySpan<byte>(buffer + 8, target.ItemSize))}";
            }

            string expected = c.GetProperty("bytes").GetString()!;
            string actual = Convert.ToHexStringLower(new ReadOnlySpan<byte>(buffer + 8, target.ItemSize));
            if (actual != expected)
            {
                failure = $"NumPy {expected}, ArrayBridge {actual}";
            }
        }
        catch (OverflowException e)
        {
            if (!c.TryGetProperty("error", out JsonElement error) || error.GetProperty("type").GetString() != "OverflowError")
            {
                return $"ArrayBridge threw '{e.Message}'";
            }

            if (e.Message != error.GetProperty("message").GetString())
            {
                return $"NumPy said '{error.GetProperty("message").GetString()}', ArrayBridge '{e.Message}'";
            }
        }

        for (int i = 0; i < 32; i++)
        {
            if ((i < 8 || i >= 8 + target.ItemSize) && buffer[i] != Guard)
            {
                return $"byte {i - 8} outside the {target.ItemSize}-byte item was written";
            }
        }

        return failure;
    }

    private static (Int128 Min, Int128 Max) Bounds(DType d)
    {
        int bits = d.ItemSize * 8;
        return d.Kind == 'u' ? (0, (Int128.One << bits) - 1)
            : d.Kind == 'i' ? (-(Int128.One << (bits - 1)), (Int128.One << (bits - 1)) - 1)
            : (Int128.MinValue, Int128.MaxValue);
    }

    /// <summary>Longs at and around every integer dtype's bounds, and any long, with any integer dtype in either byte order.</summary>
    public static class WeakIntegers
    {
        private static readonly long[] Edges = DType.All.Where(d => d.Kind is 'i' or 'u')
            .SelectMany(d => Edge(Bounds(d)))
            .Concat([0, 1, -1, long.MinValue, long.MaxValue])
            .Distinct()
            .ToArray();

        private static IEnumerable<long> Edge((Int128 Min, Int128 Max) b)
        {
            foreach (Int128 v in new[] { b.Min - 1, b.Min, b.Min + 1, b.Max - 1, b.Max, b.Max + 1 })
            {
                if (v >= long.MinValue && v <= long.MaxValue)
                {
                    yield return (long)v;
                }
            }
        }

        public static Arbitrary<long> Longs() => Arb.From(Gen.Frequency(
            (3, Gen.Elements(Edges)),
            (1, from hi in Gen.Choose(int.MinValue, int.MaxValue)
                from lo in Gen.Choose(int.MinValue, int.MaxValue)
                select ((long)hi << 32) | (uint)lo),
            (1, Gen.Choose(-70000, 70000).Select(x => (long)x))));

        // Integer dtypes only: the recorded values cover the other targets, whose results are not
        // the value itself.
        public static Arbitrary<DType> DTypes() => Arb.From(Gen.Elements(PromotionOracle.AllByteOrders.Where(d => d.Kind is 'i' or 'u').ToArray()));
    }

    /// <summary>One to five operands: weak scalars, typed scalars and arrays of any dtype in either byte order.</summary>
    public static class OperandLists
    {
        private static readonly NDArray[] Arrays = PromotionOracle.AllByteOrders.Select(d => NDArray.Zeros(d, [1])).ToArray();

        private static Gen<Operand> One => Gen.Frequency(
            (2, Gen.Elements<Operand>(3L, -1.5, new Complex(0, 2))),
            (2, Gen.Elements(DType.All.ToArray()).Select(d => PromotionOracle.One(d.Type))),
            (3, Gen.Elements(Arrays).Select(a => (Operand)a)));

        public static Arbitrary<Operand[]> Lists() => Arb.From(Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(One, n)));
    }
}
