using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge.Tests;

/// <summary>
/// Which flags System.Numerics.Tensors' <see cref="TensorPrimitives"/> leaves for a ufunc to read:
/// honest ones for Add, Multiply, Divide and Sqrt (single instructions) and for double Exp; none at all
/// from the vectorized Log (NumPy reports divide for log(0) and invalid for log(-1)), and wrong ones
/// from the vectorized float Exp and float Log. A kernel built on those must set its flags by hand.
/// </summary>
public class TensorPrimitivesFlagTests
{
    // Lengths under, at and over every vector width, so both the scalar and the vector code run.
    private static readonly int[] s_lengths = [1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 100, 1000];

    private delegate void Unary<T>(ReadOnlySpan<T> x, Span<T> y);

    public static TheoryData<string> DoubleOperations => new(["Add", "Multiply", "Divide", "Sqrt", "Exp", "Log"]);

    public static TheoryData<string> SingleOperations => new(["Add", "Multiply", "Divide", "Sqrt", "Exp"]);

    private static Unary<double> DoubleOperation(string name) => name switch
    {
        "Add" => (x, y) => TensorPrimitives.Add(x, x, y),
        "Multiply" => (x, y) => TensorPrimitives.Multiply(x, x, y),
        "Divide" => (x, y) => TensorPrimitives.Divide(x, 3.0, y),
        "Sqrt" => TensorPrimitives.Sqrt,
        "Exp" => TensorPrimitives.Exp,
        _ => TensorPrimitives.Log,
    };

    private static Unary<float> SingleOperation(string name) => name switch
    {
        "Add" => (x, y) => TensorPrimitives.Add(x, x, y),
        "Multiply" => (x, y) => TensorPrimitives.Multiply(x, x, y),
        "Divide" => (x, y) => TensorPrimitives.Divide(x, 3f, y),
        "Sqrt" => TensorPrimitives.Sqrt,
        "Exp" => TensorPrimitives.Exp,
        _ => TensorPrimitives.Log,
    };

    // Inputs whose results are normal numbers: no flag but inexact may be raised.
    private static double Ordinary(string name, Random random) => name switch
    {
        "Exp" => -700 + (1400 * random.NextDouble()),
        "Add" => (random.NextDouble() - 0.5) * 1e300,
        "Multiply" => (random.NextDouble() - 0.5) * 1e10,
        _ => Math.Exp(-690 + (1380 * random.NextDouble())), // positive, log-uniform over 1e-300..1e300
    };

    private static float OrdinarySingle(string name, Random random) => name switch
    {
        "Exp" => -87f + (175f * random.NextSingle()),
        "Add" => (random.NextSingle() - 0.5f) * 1e37f,
        "Multiply" => (random.NextSingle() - 0.5f) * 1e10f,
        _ => MathF.Exp(-85f + (170f * random.NextSingle())),
    };

    [Theory]
    [MemberData(nameof(DoubleOperations))]
    public void Double_operations_raise_no_flag_on_ordinary_inputs(string name)
    {
        Unary<double> operation = DoubleOperation(name);
        var random = new Random(name.Length);
        foreach (int n in s_lengths)
        {
            for (int repeat = 0; repeat < 20; repeat++)
            {
                double[] x = new double[n], y = new double[n];
                for (int i = 0; i < n; i++)
                {
                    x[i] = Ordinary(name, random);
                }

                FloatingPointStatus.Clear();
                operation(x, y);
                FloatingPointFlags seen = FloatingPointStatus.Read();
                Assert.True(seen == FloatingPointFlags.None, $"{name} of {n} ordinary doubles raised {seen}: [{string.Join(", ", x)}]");
            }
        }
    }

    [Theory]
    [MemberData(nameof(SingleOperations))]
    public void Single_operations_raise_no_flag_on_ordinary_inputs(string name)
    {
        Unary<float> operation = SingleOperation(name);
        var random = new Random(name.Length);
        foreach (int n in s_lengths)
        {
            for (int repeat = 0; repeat < 20; repeat++)
            {
                float[] x = new float[n], y = new float[n];
                for (int i = 0; i < n; i++)
                {
                    x[i] = OrdinarySingle(name, random);
                }

                FloatingPointStatus.Clear();
                operation(x, y);
                FloatingPointFlags seen = FloatingPointStatus.Read();
                Assert.True(seen == FloatingPointFlags.None, $"{name} of {n} ordinary floats raised {seen}: [{string.Join(", ", x)}]");
            }
        }
    }

    public static TheoryData<string, double, FloatingPointFlags> HonestDoubleCases => new()
    {
        { "Multiply", 1e308, FloatingPointFlags.Overflow }, // x * x
        { "Divide", 1e-308, FloatingPointFlags.Underflow }, // x / 3 is subnormal and inexact
        { "Sqrt", -1.0, FloatingPointFlags.Invalid },
        { "Add", double.PositiveInfinity, FloatingPointFlags.None },
        { "Sqrt", double.NaN, FloatingPointFlags.None },
        { "Exp", 1000.0, FloatingPointFlags.Overflow },
        { "Exp", -1000.0, FloatingPointFlags.Underflow },
        { "Exp", -745.0, FloatingPointFlags.Underflow },
        { "Exp", double.PositiveInfinity, FloatingPointFlags.None },
        { "Exp", double.NegativeInfinity, FloatingPointFlags.None },
        { "Exp", double.NaN, FloatingPointFlags.None },
    };

    [Theory]
    [MemberData(nameof(HonestDoubleCases))]
    public void Double_operations_raise_NumPys_flag_at_every_length_and_position(string name, double special, FloatingPointFlags expected)
    {
        Unary<double> operation = DoubleOperation(name);
        FloatingPointFlags flag = FloatingPointHardware.IsAvailable ? expected : FloatingPointFlags.None;
        foreach (int n in s_lengths)
        {
            foreach (int position in new[] { 0, n / 2, n - 1 })
            {
                double[] x = new double[n], y = new double[n];
                Array.Fill(x, 1.5);
                x[position] = special;
                FloatingPointStatus.Clear();
                operation(x, y);
                FloatingPointFlags seen = FloatingPointStatus.Read();
                Assert.True(seen == flag, $"{name}({special}) at {position} of {n} raised {seen}, NumPy reports {flag}");
            }
        }
    }

    public static TheoryData<string, float, FloatingPointFlags> HonestSingleCases => new()
    {
        { "Multiply", 3e38f, FloatingPointFlags.Overflow },
        { "Divide", 2e-38f, FloatingPointFlags.Underflow }, // x / 3 is subnormal and inexact
        { "Sqrt", -1f, FloatingPointFlags.Invalid },
        { "Exp", 89f, FloatingPointFlags.Overflow },
        { "Exp", -100f, FloatingPointFlags.Underflow },
    };

    [Theory]
    [MemberData(nameof(HonestSingleCases))]
    public void Single_operations_raise_NumPys_flag_at_every_length_and_position(string name, float special, FloatingPointFlags expected)
    {
        Unary<float> operation = SingleOperation(name);
        FloatingPointFlags flag = FloatingPointHardware.IsAvailable ? expected : FloatingPointFlags.None;
        foreach (int n in s_lengths)
        {
            foreach (int position in new[] { 0, n / 2, n - 1 })
            {
                float[] x = new float[n], y = new float[n];
                Array.Fill(x, 1.5f);
                x[position] = special;
                FloatingPointStatus.Clear();
                operation(x, y);
                FloatingPointFlags seen = FloatingPointStatus.Read();
                Assert.True(seen == flag, $"{name}({special}f) at {position} of {n} raised {seen}, NumPy reports {flag}");
            }
        }
    }

    // What NumPy reports, what the scalar code (Math.Log, MathF.Exp: the C library) raises, and what the
    // vector code raised when measured on x64 (AVX-512, System.Numerics.Tensors 11.0.0).
    public static TheoryData<string, double, FloatingPointFlags, FloatingPointFlags> DishonestCases => new()
    {
        { "f8 Log", 0.0, FloatingPointFlags.DivideByZero, FloatingPointFlags.None },
        { "f8 Log", -1.0, FloatingPointFlags.Invalid, FloatingPointFlags.None },
        { "f8 Log", double.NegativeInfinity, FloatingPointFlags.Invalid, FloatingPointFlags.None },
        { "f4 Log", 0.0, FloatingPointFlags.DivideByZero, FloatingPointFlags.None },
        { "f4 Log", -1.0, FloatingPointFlags.Invalid, FloatingPointFlags.None },
        { "f4 Log", 16383.941, FloatingPointFlags.None, FloatingPointFlags.Underflow },
        { "f4 Log", 6.872019E+10, FloatingPointFlags.None, FloatingPointFlags.Underflow },
        { "f4 Exp", 1000.0, FloatingPointFlags.Overflow, FloatingPointFlags.Underflow },
        { "f4 Exp", -1000.0, FloatingPointFlags.Underflow, FloatingPointFlags.Overflow },
        { "f4 Exp", double.PositiveInfinity, FloatingPointFlags.None, FloatingPointFlags.Invalid },
        { "f4 Exp", double.NaN, FloatingPointFlags.None, FloatingPointFlags.Invalid },
    };

    [Theory]
    [MemberData(nameof(DishonestCases))]
    public void Vectorized_log_and_float_exp_do_not_leave_NumPys_flags(string name, double special, FloatingPointFlags numpy, FloatingPointFlags vectorOnX64)
    {
        bool single = name.StartsWith("f4", StringComparison.Ordinal);
        string operation = name[3..];

        // One element takes the scalar path, which calls the C library and is honest.
        Assert.Equal(FloatingPointHardware.IsAvailable ? numpy : FloatingPointFlags.None, Measure(single, operation, special, 1));

        // A vector's worth takes the vector path.
        FloatingPointFlags vector = Measure(single, operation, special, 33);
        if (FloatingPointHardware.IsAvailable && Vector128.IsHardwareAccelerated && RuntimeInformation.ProcessArchitecture == Architecture.X64)
        {
            Assert.Equal(vectorOnX64, vector);
        }
        else
        {
            // Elsewhere unmeasured: a flag is either NumPy's or the one measured on x64.
            Assert.Equal(FloatingPointFlags.None, vector & ~(numpy | vectorOnX64));
        }
    }

    private static FloatingPointFlags Measure(bool single, string operation, double special, int n)
    {
        if (single)
        {
            float[] x = new float[n], y = new float[n];
            Array.Fill(x, 3f);
            x[n / 2] = (float)special;
            Unary<float> f = SingleOperation(operation);
            FloatingPointStatus.Clear();
            f(x, y);
            return FloatingPointStatus.Read();
        }
        else
        {
            double[] x = new double[n], y = new double[n];
            Array.Fill(x, 3.0);
            x[n / 2] = special;
            Unary<double> f = DoubleOperation(operation);
            FloatingPointStatus.Clear();
            f(x, y);
            return FloatingPointStatus.Read();
        }
    }
}
