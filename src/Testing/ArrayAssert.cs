using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace ArrayBridge.Testing;

/// <summary>
/// np.testing's array assertions in C#, without Python: the same semantics (shapes must match or
/// one side be 0-d; NaN, +inf and -inf at the same positions; then the values) and the same
/// message, for example:
/// <code>
/// Not equal to tolerance rtol=1e-07, atol=0
///
/// Mismatched elements: 1 / 3 (33.3%)
/// Max absolute difference: 1.
/// Max relative difference: 0.25
///  x: array([1., 2., 3.])
///  y: array([1., 2., 4.])
/// </code>
/// </summary>
public static partial class ArrayAssert
{
    /// <summary>The print precision of np.testing's x and y lines (<c>assert_array_compare</c>'s default).</summary>
    private const int NpTestingPrecision = 6;

    /// <summary>Fails unless <paramref name="actual"/> equals <paramref name="desired"/> (<c>np.testing.assert_array_equal</c>).</summary>
    /// <exception cref="ArrayAssertionException">They differ; the message is np.testing's.</exception>
    public static void AssertArrayEqual(NDArray actual, NDArray desired, string errMsg = "") =>
        Throw(Compare(actual, desired, Tolerance.Exact, errMsg));

    /// <summary>Fails unless <c>|actual - desired| &lt;= atol + rtol * |desired|</c> everywhere (<c>np.testing.assert_allclose</c>).</summary>
    /// <exception cref="ArrayAssertionException">They differ; the message is np.testing's.</exception>
    public static void AssertAllClose(NDArray actual, NDArray desired, double rtol = 1e-7, double atol = 0, bool equalNaN = true, string errMsg = "") =>
        Throw(Compare(actual, desired, Tolerance.AllClose(rtol, atol) with { EqualNaN = equalNaN }, errMsg));

    /// <summary>Fails unless the arrays are at most <paramref name="maxUlp"/> units in the last place apart (<c>np.testing.assert_array_max_ulp</c>).</summary>
    /// <exception cref="ArrayAssertionException">They differ; the message is np.testing's.</exception>
    public static void AssertMaxUlp(NDArray actual, NDArray desired, long maxUlp = 1, string errMsg = "") =>
        Throw(Compare(actual, desired, Tolerance.Ulps(maxUlp), errMsg));

    /// <summary>Fails unless the arrays agree under <paramref name="tolerance"/>.</summary>
    /// <exception cref="ArrayAssertionException">They differ; the message is np.testing's.</exception>
    public static void AssertMatches(NDArray actual, NDArray desired, Tolerance tolerance, string errMsg = "") =>
        Throw(Compare(actual, desired, tolerance, errMsg));

    private static void Throw(string? message)
    {
        if (message is not null)
        {
            ThrowHelper.ThrowAssertion(message);
        }
    }

    /// <summary>np.testing's failure message for the two arrays under <paramref name="tolerance"/>, or null when they agree.</summary>
    public static string? Compare(NDArray actual, NDArray desired, Tolerance tolerance, string errMsg = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(tolerance);
        string header = tolerance.Mode switch
        {
            ToleranceMode.Exact => "Arrays are not equal",
            ToleranceMode.Ulps => $"Arrays are not almost equal up to {tolerance.MaxUlp} ULP",
            _ => $"Not equal to tolerance rtol={PythonG(tolerance.RelativeTolerance)}, atol={PythonG(tolerance.AbsoluteTolerance)}",
        };

        bool scalar = actual.NDim == 0 || desired.NDim == 0;
        if (!scalar && !actual.Shape.SequenceEqual(desired.Shape))
        {
            return BuildMessage(header, errMsg + $"\n(shapes {ArraySpec.FormatShape(actual.Shape)}, {ArraySpec.FormatShape(desired.Shape)} mismatch)", actual, desired);
        }

        Elements x = Elements.Read(actual), y = Elements.Read(desired);
        int n = Math.Max(x.Count, y.Count);
        if (x.Count == 0 || y.Count == 0)
        {
            return null; // an empty array broadcast against a scalar compares nothing
        }

        var flagged = new bool[n];
        foreach ((string name, Func<Elements, int, bool> test) in new (string, Func<Elements, int, bool>)[]
        {
            ("nan", static (e, i) => e.IsNaN(i)), ("+inf", static (e, i) => e.IsPositiveInfinity(i)), ("-inf", static (e, i) => e.IsNegativeInfinity(i)),
        })
        {
            if (name == "nan" && !tolerance.EqualNaN)
            {
                continue;
            }

            for (int i = 0; i < n; i++)
            {
                bool xi = test(x, i % x.Count), yi = test(y, i % y.Count);
                if (xi != yi)
                {
                    return BuildMessage(header, errMsg + $"\nx and y {name} location mismatch:", actual, desired);
                }

                flagged[i] |= xi;
            }
        }

        int mismatched = 0;
        long maxUlp = 0;
        var differences = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (flagged[i])
            {
                continue;
            }

            int xi = i % x.Count, yi = i % y.Count;
            bool ok = tolerance.Mode switch
            {
                ToleranceMode.Exact => x.EqualTo(xi, y, yi),
                ToleranceMode.Ulps => UlpDistance(x, xi, y, yi, desired.DType) is long d && (maxUlp = Math.Max(maxUlp, d)) >= 0 && d <= tolerance.MaxUlp,
                _ => x.Close(xi, y, yi, tolerance.RelativeTolerance, tolerance.AbsoluteTolerance),
            };
            differences.Add(i);
            if (!ok)
            {
                mismatched++;
            }
        }

        if (mismatched == 0)
        {
            return null;
        }

        if (tolerance.Mode == ToleranceMode.Ulps)
        {
            header += $" (max difference is {maxUlp} ULP)";
        }

        var remarks = new StringBuilder();
        double percent = 100.0 * mismatched / n;
        remarks.Append(CultureInfo.InvariantCulture, $"\nMismatched elements: {mismatched} / {n} ({PythonG(percent, 3)}%)");
        if (actual.DType.Kind != 'b' || desired.DType.Kind != 'b')
        {
            // NumPy cannot subtract booleans, and leaves the two lines out for them.
            (string maxAbs, string maxRel) = Differences(x, y, differences, NDArray.ResultType(actual, desired));
            remarks.Append("\nMax absolute difference: ").Append(maxAbs);
            remarks.Append("\nMax relative difference: ").Append(maxRel);
        }

        return BuildMessage(header, errMsg + remarks, actual, desired);
    }

    private static long? UlpDistance(Elements x, int xi, Elements y, int yi, DType type)
    {
        if (type.Kind is not ('f' or 'c'))
        {
            return x.EqualTo(xi, y, yi) ? 0 : long.MaxValue;
        }

        ElementKind kind = ElementKind.Of(type);
        Complex a = x.ComplexAt(xi), b = y.ComplexAt(yi);
        long re = Ulp(kind, a.Real, b.Real), im = Ulp(kind, a.Imaginary, b.Imaginary);
        return Math.Max(re, im);
    }

    private static long Ulp(ElementKind kind, double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) && double.IsNaN(b) ? 0 : long.MaxValue;
        }

        static long Ordered(ElementKind k, ulong bits) => (bits & k.SignBit) != 0 ? -(long)(bits & ~k.SignBit) : (long)bits;
        long d = Ordered(kind, kind.FromDouble(a)) - Ordered(kind, kind.FromDouble(b));
        return d < 0 ? -d : d;
    }

    /// <summary>
    /// np.testing's "Max absolute difference" and "Max relative difference": <c>abs(x - y)</c> in the
    /// promoted dtype <paramref name="work"/> (integers wrap around as NumPy's do, unsigned ones
    /// take the smaller of both directions), divided by <c>abs(y)</c> where y is not zero.
    /// </summary>
    private static (string Abs, string Rel) Differences(Elements x, Elements y, List<int> indices, DType work)
    {
        if (work.Kind is 'i' or 'u' or 'b')
        {
            int bits = work.ItemSize * 8;
            Int128 modulus = (Int128)1 << bits;
            Int128 maxAbs = Int128.MinValue;
            double maxRel = double.NegativeInfinity;
            bool anyNonzero = false;
            foreach (int i in indices)
            {
                Int128 a = x.IntegerAt(i % x.Count), b = y.IntegerAt(i % y.Count);
                Int128 e = Wrap(a - b, modulus, work.Kind == 'i');
                e = work.Kind == 'i' ? (e == -(modulus / 2) ? e : Int128.Abs(e)) : Int128.Min(e, Wrap(b - a, modulus, false));
                maxAbs = Int128.Max(maxAbs, e);
                if (b != 0)
                {
                    anyNonzero = true;
                    maxRel = Math.Max(maxRel, (double)e / Math.Abs((double)b));
                }
            }

            return (maxAbs.ToString(CultureInfo.InvariantCulture), anyNonzero ? Scalar(maxRel, DType.Float64) : "inf");
        }

        double abs = 0, rel = double.NegativeInfinity;
        bool nonzero = false;
        foreach (int i in indices)
        {
            Complex a = x.ComplexAt(i % x.Count), b = y.ComplexAt(i % y.Count);
            double e = Complex.Abs(a - b);
            abs = Math.Max(abs, e);
            if (b != Complex.Zero)
            {
                nonzero = true;
                rel = Math.Max(rel, e / Complex.Abs(b));
            }
        }

        DType real = work.Kind == 'c' ? (work.ItemSize == 8 ? DType.Float32 : DType.Float64) : work.AsNative();
        return (Scalar(abs, real), nonzero ? Scalar(rel, real) : "inf");
    }

    private static Int128 Wrap(Int128 value, Int128 modulus, bool signed)
    {
        Int128 r = value % modulus;
        if (r < 0)
        {
            r += modulus;
        }

        return signed && r >= modulus / 2 ? r - modulus : r;
    }

    /// <summary>A value as NumPy's <c>array2string</c> prints a 0-d array of <paramref name="dtype"/>.</summary>
    private static string Scalar(double value, DType dtype)
    {
        using NDArray zeroD = NDArray.Zeros(DType.Float64, []);
        zeroD.AsSpan<double>()[0] = value;
        using NDArray typed = zeroD.AsType(dtype);
        Match m = ReprBody().Match(typed.ToString());
        return m.Success ? m.Groups[1].Value : typed.ToString();
    }

    [GeneratedRegex(@"^array\((.*?)(, dtype=\w+)?\)$", RegexOptions.Singleline)]
    private static partial Regex ReprBody();

    private static string BuildMessage(string header, string errMsg, NDArray x, NDArray y)
    {
        var msg = new StringBuilder("\n").Append(header);
        if (errMsg.Length > 0)
        {
            if (!errMsg.Contains('\n') && errMsg.Length < 79 - header.Length)
            {
                msg.Append(' ').Append(errMsg);
            }
            else
            {
                msg.Append('\n').Append(errMsg);
            }
        }

        msg.Append("\n x: ").Append(Repr(x));
        msg.Append("\n y: ").Append(Repr(y));
        return msg.ToString();
    }

    /// <summary>np.testing's <c>array_repr(a, precision=6)</c>, cut after three lines.</summary>
    private static string Repr(NDArray a)
    {
        string r = a.ToString(NpTestingPrecision);
        string[] lines = r.Split('\n');
        return lines.Length > 4 ? string.Join("\n", lines[..3]) + "..." : r;
    }

    /// <summary>Python's <c>'%g'</c> (or <c>'{:.Ng}'</c>) formatting of a double.</summary>
    internal static string PythonG(double value, int digits = 6)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0" : "0";
        }

        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        string rounded = value.ToString("E" + (digits - 1), CultureInfo.InvariantCulture);
        exponent = int.Parse(rounded[(rounded.IndexOf('E') + 1)..], CultureInfo.InvariantCulture);
        if (exponent < -4 || exponent >= digits)
        {
            string mantissa = rounded[..rounded.IndexOf('E')];
            if (mantissa.Contains('.'))
            {
                mantissa = mantissa.TrimEnd('0').TrimEnd('.');
            }

            return $"{mantissa}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
        }

        string fixedText = value.ToString("F" + Math.Max(digits - 1 - exponent, 0), CultureInfo.InvariantCulture);
        return fixedText.Contains('.') ? fixedText.TrimEnd('0').TrimEnd('.') : fixedText;
    }
}
