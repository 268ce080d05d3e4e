using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// The complex math ufuncs at the ends of the double range and on C99 Annex G's special values:
/// logarithms (and the arc functions built on them) of |z| beyond double.MaxValue stay finite
/// without flagging overflow, tiny ratios inside atan2/hypot flag nothing, and the special-value
/// table (signed zeros, infinities, the invalid flag) is the C library's that NumPy calls.
/// </summary>
public sealed class ComplexMathRangeTests
{
    private const double Ln2 = 0.693147180559945309417232121458176568;

    private static readonly Config Config = FixedSeed.Quick(300);

    /// <summary>A part of a huge input: mostly huge (up to double.MaxValue) of either sign, sometimes small or zero.</summary>
    private static Gen<double> HugePart => Gen.OneOf(
        Gen.Choose(900, 1023).SelectMany(e => Gen.Choose(0, 1 << 20).Select(m => Math.ScaleB(1 + m / (double)(1 << 20), e) * (m % 2 == 0 ? 1 : -1)).Select(v => double.IsInfinity(v) ? double.MaxValue : v)),
        Gen.Elements(double.MaxValue, -double.MaxValue, 2.5, -2.5, 0.0, -0.0, 1e-300));

    /// <summary>ln|z| without overflow, as a reference: ln of the larger part plus half log1p of the squared ratio.</summary>
    private static double LnAbs(Complex z)
    {
        double a = Math.Max(Math.Abs(z.Real), Math.Abs(z.Imaginary)), b = Math.Min(Math.Abs(z.Real), Math.Abs(z.Imaginary));
        double r = b / a;
        return Math.Log(a) + 0.5 * Math.Log(1 + r * r);
    }

    private static readonly (string Name, Func<NDArray, NDArray> Call, Func<Complex, double> LogPart, double Offset)[] LogLike =
    [
        ("log", a => NDArray.Log(a), w => w.Real, 0),
        ("log2", a => NDArray.Log2(a), w => w.Real / 1.442695040888963407359924681001892137, 0),
        ("log10", a => NDArray.Log10(a), w => w.Real / 0.434294481903251827651128918916605082, 0),
        ("arcsinh", a => NDArray.Arcsinh(a), w => Math.Abs(w.Real), Ln2),
        ("arcsin", a => NDArray.Arcsin(a), w => Math.Abs(w.Imaginary), Ln2),
        ("arccos", a => NDArray.Arccos(a), w => Math.Abs(w.Imaginary), Ln2),
        ("arccosh", a => NDArray.Arccosh(a), w => w.Real, Ln2),
    ];

    [Fact]
    public void Logarithms_of_huge_complex_numbers_are_finite_and_flag_no_overflow()
    {
        Prop.ForAll(Arb.From(HugePart), Arb.From(HugePart), (x, y) =>
        {
            var z = new Complex(x, y);
            if (Math.Max(Math.Abs(x), Math.Abs(y)) < 1e270)
            {
                return;
            }

            using NDArray<Complex> a = NDArray.FromArray(new[] { z });
            foreach (var (name, call, logPart, offset) in LogLike)
            {
                using FloatingPointErrorScope raise = NDArray.ErrState(divide: FloatingPointErrorMode.Raise, over: FloatingPointErrorMode.Raise, invalid: FloatingPointErrorMode.Raise);
                using NDArray r = call(a);
                Complex w = ((NDArray<Complex>)r)[0];
                double expected = LnAbs(z) + offset;
                Assert.True(double.IsFinite(w.Real) && double.IsFinite(w.Imaginary), $"{name}({z}) = {w}");
                Assert.True(Math.Abs(logPart(w) - expected) <= 4e-15 * expected, $"{name}({z}) = {w}: log part {logPart(w)}, expected {expected}");
            }
        }).Check(Config);
    }

    [Fact]
    public void Negligible_parts_flag_no_underflow_in_hypot_and_the_complex_angle()
    {
        Prop.ForAll(Arb.From(Gen.Choose(-900, 1023)), Arb.From(Gen.Choose(61, 1500)), Arb.From(Gen.Choose(1, 1 << 20)), (e, shift, m) =>
        {
            double big = Math.ScaleB(1 + m / (double)(1 << 21), e);
            double small = Math.ScaleB(1 + m / (double)(1 << 22), Math.Max(e - shift, -1074));
            if (!(small < big * 8.673617379884035e-19))
            {
                return;
            }

            using FloatingPointErrorScope raise = NDArray.ErrState(all: FloatingPointErrorMode.Raise);
            using NDArray<double> x = NDArray.FromArray(new[] { big, -big });
            using NDArray<double> y = NDArray.FromArray(new[] { small, small });
            using NDArray h = NDArray.Hypot(x, y);
            Assert.Equal(big, ((NDArray<double>)h)[0]);
            Assert.Equal(big, ((NDArray<double>)h)[1]);

            // |y| dwarfing |x|: arg z is ±π/2 to the last bit, with no tiny quotient flagged.
            using NDArray<Complex> z = NDArray.FromArray(new[] { new Complex(small, big), new Complex(-small, -big) });
            using NDArray l = NDArray.Log(z);
            Assert.Equal(Math.PI / 2, ((NDArray<Complex>)l)[0].Imaginary);
            Assert.Equal(-Math.PI / 2, ((NDArray<Complex>)l)[1].Imaginary);
        }).Check(Config);
    }

    /// <summary>A quiet NaN with the sign bit clear, as NumPy's <c>np.nan</c> (.NET's <see cref="double.NaN"/> has it set).</summary>
    private static readonly double QNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);

    public static TheoryData<string, double, double, double, double, bool> SpecialValues() => new()
    {
        // The sign of a NaN input matters to some (copysign of it): NumPy's np.nan is positive, .NET's double.NaN negative.
        // C99 Annex G as the C library (and so NumPy 1.24 on glibc) gives it: func, z, result, invalid raised.
        { "exp", double.NegativeInfinity, double.NegativeInfinity, 0.0, -0.0, false },
        { "exp", double.NegativeInfinity, double.PositiveInfinity, 0.0, 0.0, false },
        { "exp", double.NegativeInfinity, QNaN, 0.0, 0.0, false },
        { "exp", 0.0, QNaN, double.NaN, double.NaN, true },
        { "exp", 1.0, QNaN, double.NaN, double.NaN, true },
        { "exp", double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, double.NaN, true },
        { "exp2", double.NegativeInfinity, double.NegativeInfinity, 0.0, -0.0, false },
        { "exp2", 1.0, QNaN, double.NaN, double.NaN, true },
        { "sinh", 1.0, QNaN, double.NaN, double.NaN, true },
        { "sinh", QNaN, 0.0, double.NaN, 0.0, false },
        { "sinh", QNaN, -0.0, double.NaN, -0.0, false },
        { "cosh", QNaN, 0.0, double.NaN, 0.0, false },
        { "cosh", QNaN, -0.0, double.NaN, -0.0, false },
        { "tanh", double.NegativeInfinity, double.MaxValue, -1.0, -0.0, false },
        { "tanh", double.PositiveInfinity, -double.MaxValue, 1.0, 0.0, false },
        { "tanh", double.PositiveInfinity, 0.5, 1.0, 0.0, false },
        { "arcsinh", QNaN, double.PositiveInfinity, double.PositiveInfinity, double.NaN, false },
        { "arcsinh", QNaN, -0.0, double.NaN, -0.0, false },
        { "arcsinh", double.NegativeInfinity, QNaN, double.NegativeInfinity, double.NaN, false },
        { "arcsin", 0.0, QNaN, 0.0, double.NaN, false },
        { "arcsin", -0.0, QNaN, -0.0, double.NaN, false },
        { "arcsin", QNaN, double.NegativeInfinity, double.NaN, double.NegativeInfinity, false },
        { "arccos", 0.0, QNaN, Math.PI / 2, double.NaN, false },
        { "arccos", QNaN, double.PositiveInfinity, double.NaN, double.NegativeInfinity, false },
        { "arccos", QNaN, double.NegativeInfinity, double.NaN, double.PositiveInfinity, false },
        { "arccos", 1.0, 0.0, 0.0, -0.0, false },
        { "arccos", double.NegativeInfinity, 2.5, Math.PI, double.NegativeInfinity, false },
        { "arccosh", 0.0, QNaN, double.NaN, Math.PI / 2, false },
        { "arccosh", -0.0, QNaN, double.NaN, Math.PI / 2, false },
        { "arccosh", QNaN, double.NegativeInfinity, double.PositiveInfinity, double.NaN, false },
        { "arccosh", double.NegativeInfinity, QNaN, double.PositiveInfinity, double.NaN, false },
        { "arccosh", 1.0, -0.0, 0.0, -0.0, false },
    };

    [Theory]
    [MemberData(nameof(SpecialValues))]
    public void Special_values_and_invalid_flag_are_the_C_librarys(string func, double x, double y, double re, double im, bool invalid)
    {
        // Theory rows may be serialized, which drops a NaN's sign: inputs use NumPy's positive NaN.
        x = double.IsNaN(x) ? QNaN : x;
        y = double.IsNaN(y) ? QNaN : y;
        Func<NDArray, NDArray> call = func switch
        {
            "exp" => a => NDArray.Exp(a),
            "exp2" => a => NDArray.Exp2(a),
            "sinh" => a => NDArray.Sinh(a),
            "cosh" => a => NDArray.Cosh(a),
            "tanh" => a => NDArray.Tanh(a),
            "arcsinh" => a => NDArray.Arcsinh(a),
            "arcsin" => a => NDArray.Arcsin(a),
            "arccos" => a => NDArray.Arccos(a),
            _ => a => NDArray.Arccosh(a),
        };
        // complex64 too where the parts are single-precision values (double.MaxValue would round to infinity).
        bool single = !(Math.Abs(x) is > float.MaxValue and < double.PositiveInfinity) && !(Math.Abs(y) is > float.MaxValue and < double.PositiveInfinity);
        foreach (DType type in single ? new[] { DType.Complex128, DType.Complex64 } : new[] { DType.Complex128 })
        {
            using NDArray<Complex> source = NDArray.FromArray(new[] { new Complex(x, y) });
            using NDArray a = source.AsType(type);
            FloatingPointFlags seen = FloatingPointFlags.None;
            using (NDArray.ErrState(all: FloatingPointErrorMode.Call, call: (_, f) => seen |= f))
            {
                using NDArray r = call(a);
                using NDArray r128 = r.AsType(DType.Complex128);
                Complex w = ((NDArray<Complex>)r128)[0];
                AssertPart(re, w.Real, $"{func}({x}, {y}) real as {type.Name}");
                AssertPart(im, w.Imaginary, $"{func}({x}, {y}) imag as {type.Name}");
            }

            Assert.True(invalid == seen.HasFlag(FloatingPointFlags.Invalid), $"{func}({x}, {y}) as {type.Name}: flags {seen}");
        }
    }

    private static void AssertPart(double expected, double actual, string what)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"{what}: {actual}, expected NaN");
            return;
        }

        if (expected == 0 || double.IsInfinity(expected))
        {
            Assert.True(expected.Equals(actual) && double.IsNegative(expected) == double.IsNegative(actual), $"{what}: {actual}, expected {expected}");
            return;
        }

        Assert.True(Math.Abs(actual - expected) <= 1e-6 * Math.Abs(expected), $"{what}: {actual}, expected {expected}");
    }

    [Fact]
    public void Every_wider_ulp_allowance_is_measured_and_no_exact_function_has_one()
    {
        string[] exact = ["sqrt", "floor", "ceil", "trunc", "rint", "copysign", "deg2rad", "rad2deg"];
        foreach (var ((func, kind, bits), (allowed, measured, reason)) in UlpAllowances.Wider)
        {
            Assert.True(allowed > UlpAllowances.Default && measured > UlpAllowances.Default && measured <= allowed,
                $"{func} {kind}{bits}: allowance {allowed}, measured {measured}");
            Assert.False(string.IsNullOrWhiteSpace(reason));
            Assert.DoesNotContain(func, exact);
            Assert.Contains(func, UfuncCatalog.Transcendental);
        }
    }
}
