using ArrayBridge;
using ArrayBridge.Extensions;

namespace ExtensionModule;

// Scalar conversions both ways and exception translation, exercised by tests/python.
public static partial class FastMath
{
    /// <summary>Describes its arguments as text: a long, an int, a bool, a string and an optional float.</summary>
    [PythonFunction]
    public static string Describe(long count, int small, bool flag, string name, double? ratio = null) =>
        FormattableString.Invariant($"{name}: count={count} small={small} flag={flag} ratio={(ratio is { } r ? r.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "None")}");

    /// <summary>The smallest and largest element of x, or None for each when x is empty.</summary>
    [PythonFunction]
    public static (double? Min, double? Max) MinMax(NDArray<double> x)
    {
        double? min = null, max = null;
        foreach (double v in x.ToArray())
        {
            min = min is { } a ? Math.Min(a, v) : v;
            max = max is { } b ? Math.Max(b, v) : v;
        }

        return (min, max);
    }

    /// <summary>The length of the vector point.</summary>
    [PythonFunction]
    public static double Hypot((double X, double Y) point) => Math.Sqrt((point.X * point.X) + (point.Y * point.Y));

    /// <summary>Echoes a float32, an int and an optional string, as a tuple.</summary>
    [PythonFunction]
    public static (float, int, string?) Echo(float single, int number, string? text = "none") => (single, number, text);

    /// <summary>Raises the .NET exception named by kind: argument, cast, index, range, or anything else.</summary>
    [PythonFunction]
    public static double Fail(string kind) => kind switch
    {
        "argument" => throw new ArgumentException("the argument is wrong"),
        "cast" => throw new InvalidCastException("the cast is wrong"),
        "index" => throw new IndexOutOfRangeException("the index is wrong"),
        "range" => throw new ArgumentOutOfRangeException(nameof(kind), "the range is wrong"),
        _ => throw new InvalidOperationException("the operation is wrong: " + kind),
    };

    /// <summary>Fills x with value, then fails: a caller's array that needed a copy is left as it was.</summary>
    [PythonFunction]
    public static void FillThenFail([Require(ArrayFlags.CContiguous | ArrayFlags.Aligned | ArrayFlags.Writeable | ArrayFlags.WritebackIfCopy)] NDArray<double> x, double value)
    {
        x.AsSpan().Fill(value);
        throw new InvalidOperationException("failed after writing");
    }

    /// <summary>Runs a full .NET garbage collection (before os.fork(), so the child starts with a fresh allocation budget).</summary>
    [PythonFunction]
    public static void CollectGarbage() => GC.Collect();

    /// <summary>A new zero-filled float64 array of n elements (for result lifetime checks).</summary>
    [PythonFunction]
    public static NDArray<double> Zeros(long n) => NDArray.Zeros<double>((nint)n);

    /// <summary>The sum of any numeric array, whatever its dtype (kept as NumPy gave it).</summary>
    [PythonFunction]
    public static double SumAny(NDArray x)
    {
        using NDArray<double> values = x.AsType<double>();
        double sum = 0;
        foreach (double v in values.ToArray())
        {
            sum += v;
        }

        return sum;
    }
}
