using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// Every operator is its ufunc method, over random dtypes, broadcast shapes, layouts, bit
/// patterns and scalar kinds: the same dtype, shape and bytes, or the same exception and message
/// (FsCheck; the failing seed is printed).
/// </summary>
public unsafe class NDArrayOperatorPropertyTests
{
    private static readonly Config Config = FixedSeed.Quick(300);

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    private static readonly (string Symbol, Func<NDArray, NDArray, NDArray> ArrayArray, Func<NDArray, Operand, NDArray> ArrayScalar, Func<Operand, NDArray, NDArray>? ScalarArray, Func<Operand, Operand, NDArray> Method)[] Binary =
    [
        ("+", (a, b) => a + b, (a, b) => a + b, (a, b) => a + b, (a, b) => NDArray.Add(a, b)),
        ("-", (a, b) => a - b, (a, b) => a - b, (a, b) => a - b, (a, b) => NDArray.Subtract(a, b)),
        ("*", (a, b) => a * b, (a, b) => a * b, (a, b) => a * b, (a, b) => NDArray.Multiply(a, b)),
        ("/", (a, b) => a / b, (a, b) => a / b, (a, b) => a / b, (a, b) => NDArray.Divide(a, b)),
        ("%", (a, b) => a % b, (a, b) => a % b, (a, b) => a % b, (a, b) => NDArray.Remainder(a, b)),
        ("&", (a, b) => a & b, (a, b) => a & b, (a, b) => a & b, (a, b) => NDArray.BitwiseAnd(a, b)),
        ("|", (a, b) => a | b, (a, b) => a | b, (a, b) => a | b, (a, b) => NDArray.BitwiseOr(a, b)),
        ("^", (a, b) => a ^ b, (a, b) => a ^ b, (a, b) => a ^ b, (a, b) => NDArray.BitwiseXor(a, b)),
        ("<<", (a, b) => a << b, (a, b) => a << b, null, (a, b) => NDArray.LeftShift(a, b)),
        (">>", (a, b) => a >> b, (a, b) => a >> b, null, (a, b) => NDArray.RightShift(a, b)),
        ("<", (a, b) => a < b, (a, b) => a < b, (a, b) => a < b, (a, b) => NDArray.Less(a, b)),
        ("<=", (a, b) => a <= b, (a, b) => a <= b, (a, b) => a <= b, (a, b) => NDArray.LessEqual(a, b)),
        (">", (a, b) => a > b, (a, b) => a > b, (a, b) => a > b, (a, b) => NDArray.Greater(a, b)),
        (">=", (a, b) => a >= b, (a, b) => a >= b, (a, b) => a >= b, (a, b) => NDArray.GreaterEqual(a, b)),
    ];

    private static readonly (string Symbol, Action<NDArray, Operand> Apply, Func<Operand, Operand, NDArray, NDArray> Method)[] Compound =
    [
        ("+=", (a, x) => a += x, (a, x, o) => NDArray.Add(a, x, @out: o)),
        ("-=", (a, x) => a -= x, (a, x, o) => NDArray.Subtract(a, x, @out: o)),
        ("*=", (a, x) => a *= x, (a, x, o) => NDArray.Multiply(a, x, @out: o)),
        ("/=", (a, x) => a /= x, (a, x, o) => NDArray.Divide(a, x, @out: o)),
        ("%=", (a, x) => a %= x, (a, x, o) => NDArray.Remainder(a, x, @out: o)),
        ("&=", (a, x) => a &= x, (a, x, o) => NDArray.BitwiseAnd(a, x, @out: o)),
        ("|=", (a, x) => a |= x, (a, x, o) => NDArray.BitwiseOr(a, x, @out: o)),
        ("^=", (a, x) => a ^= x, (a, x, o) => NDArray.BitwiseXor(a, x, @out: o)),
        ("<<=", (a, x) => a <<= x, (a, x, o) => NDArray.LeftShift(a, x, @out: o)),
        (">>=", (a, x) => a >>= x, (a, x, o) => NDArray.RightShift(a, x, @out: o)),
    ];

    private static readonly DType[] DTypes = DType.All.Where(d => d.IsNativeByteOrder).ToArray();

    /// <summary>A random array of a random dtype and the given shape: random bits (0/1 for bool), sometimes reversed or transposed.</summary>
    private static NDArray RandomArray(Random rng, nint[] shape, DType? dtype = null)
    {
        DType d = dtype ?? DTypes[rng.Next(DTypes.Length)];
        int layout = rng.Next(3);
        nint[] allocated = layout == 2 ? shape.Reverse().ToArray() : shape;
        using NDArray a = NDArray.Zeros(d, allocated);
        var bytes = new Span<byte>((void*)a.DataPointer, checked((int)a.NBytes));
        rng.NextBytes(bytes);
        if (d == DType.Bool)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] &= 1;
            }
        }

        return layout switch
        {
            1 when shape.Length > 0 => a[string.Join(", ", Enumerable.Repeat("::-1", shape.Length))],
            2 => a.Transpose(),
            _ => a.Copy(),
        };
    }

    private static Operand RandomScalar(Random rng) => rng.Next(6) switch
    {
        0 => rng.Next(-300, 300),                 // weak int, sometimes out of an int8's range
        1 => (rng.NextDouble() - 0.5) * 1e3,      // weak float
        2 => (short)rng.Next(-1000, 1000),        // np.int16
        3 => (byte)rng.Next(256),                 // np.uint8
        4 => (float)rng.NextDouble(),             // np.float32
        _ => rng.Next(2) == 1,                    // np.bool_
    };

    /// <summary>Two shapes that broadcast: the second drops leading axes and has some axes set to 1.</summary>
    private static (nint[], nint[]) BroadcastShapes(Random rng)
    {
        nint[] a = Enumerable.Range(0, rng.Next(0, 4)).Select(_ => (nint)rng.Next(1, 4)).ToArray();
        nint[] b = a.Skip(rng.Next(0, a.Length + 1)).Select(n => rng.Next(3) == 0 ? 1 : n).ToArray();
        return rng.Next(2) == 0 ? (a, b) : (b, a);
    }

    private static byte[] Bytes(NDArray a)
    {
        using NDArray c = a.Copy(ArrayOrder.C);
        return new ReadOnlySpan<byte>((void*)c.DataPointer, checked((int)c.NBytes)).ToArray();
    }

    /// <summary>Runs both; they must give the same array or throw the same exception.</summary>
    private static void AssertEquivalent(Func<NDArray> method, Func<NDArray> op, string what)
    {
        NDArray? expected = null, actual = null;
        Exception? expectedError = null, actualError = null;
        try
        {
            expected = method();
        }
        catch (Exception e)
        {
            expectedError = e;
        }

        try
        {
            actual = op();
        }
        catch (Exception e)
        {
            actualError = e;
        }

        using (expected)
        using (actual)
        {
            if (expectedError is not null || actualError is not null)
            {
                Assert.True(expectedError is not null && actualError is not null, $"{what}: method {expectedError?.Message ?? "succeeded"}, operator {actualError?.Message ?? "succeeded"}");
                Assert.Equal(expectedError!.GetType(), actualError!.GetType());
                Assert.Equal(expectedError.Message, actualError.Message);
                return;
            }

            Assert.True(expected!.DType == actual!.DType, $"{what}: dtype {expected.DType} vs {actual.DType}");
            Assert.Equal(expected.Shape.ToArray(), actual.Shape.ToArray());
            Assert.True(Bytes(expected).AsSpan().SequenceEqual(Bytes(actual)), $"{what}: values differ");
        }
    }

    [Fact]
    public void Binary_operators_are_their_methods_for_random_operands()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            var (shape1, shape2) = BroadcastShapes(rng);
            using NDArray a = RandomArray(rng, shape1);
            using NDArray b = RandomArray(rng, shape2);
            Operand s = RandomScalar(rng);
            foreach (var op in Binary)
            {
                AssertEquivalent(() => op.Method(a, b), () => op.ArrayArray(a, b), $"seed {seed}: {a.DType} {op.Symbol} {b.DType}");
                AssertEquivalent(() => op.Method(a, s), () => op.ArrayScalar(a, s), $"seed {seed}: {a.DType} {op.Symbol} {s}");
                if (op.ScalarArray is { } reversed)
                {
                    AssertEquivalent(() => op.Method(s, b), () => reversed(s, b), $"seed {seed}: {s} {op.Symbol} {b.DType}");
                }
            }
        }));
    }

    [Fact]
    public void Unary_operators_are_their_methods_for_random_operands()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            var (shape, _) = BroadcastShapes(rng);
            using NDArray a = RandomArray(rng, shape);
            AssertEquivalent(() => NDArray.Negative(a), () => -a, $"seed {seed}: -{a.DType}");
            AssertEquivalent(() => NDArray.Positive(a), () => +a, $"seed {seed}: +{a.DType}");
            AssertEquivalent(() => NDArray.Invert(a), () => ~a, $"seed {seed}: ~{a.DType}");
        }));
    }

    [Fact]
    public void Compound_assignment_is_the_method_with_out_for_random_operands()
    {
        Check.One(Config, Prop.ForAll(Seeds, seed =>
        {
            var rng = new Random(seed);
            var (shape1, shape2) = BroadcastShapes(rng);
            using NDArray target = RandomArray(rng, shape1);
            using NDArray other = RandomArray(rng, shape2);
            Operand x = rng.Next(2) == 0 ? other : RandomScalar(rng);
            foreach (var op in Compound)
            {
                using NDArray viaMethod = target.Copy();
                using NDArray viaOperator = target.Copy();
                NDArray alias = viaOperator;
                nint data = viaOperator.DataPointer;
                AssertEquivalent(
                    () => { op.Method(viaMethod, x, viaMethod); return viaMethod.Copy(); },
                    () => { op.Apply(alias, x); return viaOperator.Copy(); },
                    $"seed {seed}: {target.DType} {Broadcasting.Format(target.Shape)} {op.Symbol} {x}");
                Assert.Same(viaOperator, alias);
                Assert.Equal(data, viaOperator.DataPointer);
                Assert.Equal(Bytes(viaMethod), Bytes(viaOperator));
            }
        }));
    }
}
