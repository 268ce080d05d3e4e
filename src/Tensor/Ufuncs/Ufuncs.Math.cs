using System.Numerics;

namespace ArrayBridge;

internal static partial class Ufuncs
{
    /// <summary>
    /// Where the transcendental functions split across cores: at tens of nanoseconds an element
    /// they are bound by arithmetic, not memory, so far smaller runs than arithmetic's gain.
    /// </summary>
    private const nint CostlyParallelThreshold = 1 << 14;

    /// <summary><c>np.hypot</c>.</summary>
    public static readonly Ufunc Hypot = new("hypot", 2,
    [
        BinaryLoop<Half, Half, HypotKernel<Half>>.Entry,
        BinaryLoop<float, float, HypotKernel<float>>.Entry,
        BinaryLoop<double, double, HypotKernel<double>>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.arctan2</c>.</summary>
    public static readonly Ufunc Arctan2 = new("arctan2", 2,
    [
        BinaryLoop<Half, Half, Arctan2Kernel<Half>>.Entry,
        BinaryLoop<float, float, Arctan2Kernel<float>>.Entry,
        BinaryLoop<double, double, Arctan2Kernel<double>>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.copysign</c>.</summary>
    public static readonly Ufunc Copysign = new("copysign", 2,
    [
        BinaryLoop<Half, Half, CopysignKernel<Half>>.Entry,
        BinaryLoop<float, float, CopysignKernel<float>>.Entry,
        BinaryLoop<double, double, CopysignKernel<double>>.Entry,
    ]);

    /// <summary><c>np.logaddexp</c>.</summary>
    public static readonly Ufunc LogAddExp = new("logaddexp", 2,
    [
        BinaryLoop<Half, Half, LogAddExpKernel<Half>>.Entry,
        BinaryLoop<float, float, LogAddExpKernel<float>>.Entry,
        BinaryLoop<double, double, LogAddExpKernel<double>>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.sqrt</c>.</summary>
    public static readonly Ufunc Sqrt = new("sqrt", 1,
    [
        UnaryLoop<Half, Half, SqrtKernel<Half>>.Entry,
        UnaryLoop<float, float, SqrtKernel<float>>.Entry,
        UnaryLoop<double, double, SqrtKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexSqrtKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexSqrtKernel>.Entry,
    ]);

    /// <summary><c>np.cbrt</c>.</summary>
    public static readonly Ufunc Cbrt = new("cbrt", 1,
    [
        UnaryLoop<Half, Half, CbrtKernel<Half>>.Entry,
        UnaryLoop<float, float, CbrtKernel<float>>.Entry,
        UnaryLoop<double, double, CbrtKernel<double>>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary>
    /// <c>np.exp</c>. Not split across cores: its float32/float64 vector kernel runs at memory speed,
    /// where a second thread only contends for the same bandwidth (and NumPy runs on one).
    /// </summary>
    public static readonly Ufunc Exp = new("exp", 1,
    [
        UnaryLoop<Half, Half, ExpKernel<Half>>.Entry,
        UnaryLoop<float, float, ExpKernel<float>>.Entry,
        UnaryLoop<double, double, ExpKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexExpKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexExpKernel>.Entry,
    ]) { ParallelThreshold = nint.MaxValue };

    /// <summary><c>np.exp2</c>.</summary>
    public static readonly Ufunc Exp2 = new("exp2", 1,
    [
        UnaryLoop<Half, Half, Exp2Kernel<Half>>.Entry,
        UnaryLoop<float, float, Exp2Kernel<float>>.Entry,
        UnaryLoop<double, double, Exp2Kernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexExp2Kernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexExp2Kernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.expm1</c>.</summary>
    public static readonly Ufunc Expm1 = new("expm1", 1,
    [
        UnaryLoop<Half, Half, Expm1Kernel<Half>>.Entry,
        UnaryLoop<float, float, Expm1Kernel<float>>.Entry,
        UnaryLoop<double, double, Expm1Kernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexExpm1Kernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexExpm1Kernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.log</c>.</summary>
    public static readonly Ufunc Log = new("log", 1,
    [
        UnaryLoop<Half, Half, LogKernel<Half>>.Entry,
        UnaryLoop<float, float, LogKernel<float>>.Entry,
        UnaryLoop<double, double, LogKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexLogKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexLogKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.log2</c>.</summary>
    public static readonly Ufunc Log2 = new("log2", 1,
    [
        UnaryLoop<Half, Half, Log2Kernel<Half>>.Entry,
        UnaryLoop<float, float, Log2Kernel<float>>.Entry,
        UnaryLoop<double, double, Log2Kernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexLog2Kernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexLog2Kernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.log10</c>.</summary>
    public static readonly Ufunc Log10 = new("log10", 1,
    [
        UnaryLoop<Half, Half, Log10Kernel<Half>>.Entry,
        UnaryLoop<float, float, Log10Kernel<float>>.Entry,
        UnaryLoop<double, double, Log10Kernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexLog10Kernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexLog10Kernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.log1p</c>.</summary>
    public static readonly Ufunc Log1p = new("log1p", 1,
    [
        UnaryLoop<Half, Half, Log1pKernel<Half>>.Entry,
        UnaryLoop<float, float, Log1pKernel<float>>.Entry,
        UnaryLoop<double, double, Log1pKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexLog1pKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexLog1pKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.sin</c>.</summary>
    public static readonly Ufunc Sin = new("sin", 1,
    [
        UnaryLoop<Half, Half, SinKernel<Half>>.Entry,
        UnaryLoop<float, float, SinKernel<float>>.Entry,
        UnaryLoop<double, double, SinKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexSinKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexSinKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.cos</c>.</summary>
    public static readonly Ufunc Cos = new("cos", 1,
    [
        UnaryLoop<Half, Half, CosKernel<Half>>.Entry,
        UnaryLoop<float, float, CosKernel<float>>.Entry,
        UnaryLoop<double, double, CosKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexCosKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexCosKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.tan</c>.</summary>
    public static readonly Ufunc Tan = new("tan", 1,
    [
        UnaryLoop<Half, Half, TanKernel<Half>>.Entry,
        UnaryLoop<float, float, TanKernel<float>>.Entry,
        UnaryLoop<double, double, TanKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexTanKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexTanKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.arcsin</c>.</summary>
    public static readonly Ufunc Arcsin = new("arcsin", 1,
    [
        UnaryLoop<Half, Half, ArcsinKernel<Half>>.Entry,
        UnaryLoop<float, float, ArcsinKernel<float>>.Entry,
        UnaryLoop<double, double, ArcsinKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexArcsinKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexArcsinKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.arccos</c>.</summary>
    public static readonly Ufunc Arccos = new("arccos", 1,
    [
        UnaryLoop<Half, Half, ArccosKernel<Half>>.Entry,
        UnaryLoop<float, float, ArccosKernel<float>>.Entry,
        UnaryLoop<double, double, ArccosKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexArccosKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexArccosKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.arctan</c>.</summary>
    public static readonly Ufunc Arctan = new("arctan", 1,
    [
        UnaryLoop<Half, Half, ArctanKernel<Half>>.Entry,
        UnaryLoop<float, float, ArctanKernel<float>>.Entry,
        UnaryLoop<double, double, ArctanKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexArctanKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexArctanKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.sinh</c>.</summary>
    public static readonly Ufunc Sinh = new("sinh", 1,
    [
        UnaryLoop<Half, Half, SinhKernel<Half>>.Entry,
        UnaryLoop<float, float, SinhKernel<float>>.Entry,
        UnaryLoop<double, double, SinhKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexSinhKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexSinhKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.cosh</c>.</summary>
    public static readonly Ufunc Cosh = new("cosh", 1,
    [
        UnaryLoop<Half, Half, CoshKernel<Half>>.Entry,
        UnaryLoop<float, float, CoshKernel<float>>.Entry,
        UnaryLoop<double, double, CoshKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexCoshKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexCoshKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.tanh</c>.</summary>
    public static readonly Ufunc Tanh = new("tanh", 1,
    [
        UnaryLoop<Half, Half, TanhKernel<Half>>.Entry,
        UnaryLoop<float, float, TanhKernel<float>>.Entry,
        UnaryLoop<double, double, TanhKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexTanhKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexTanhKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.arcsinh</c>.</summary>
    public static readonly Ufunc Arcsinh = new("arcsinh", 1,
    [
        UnaryLoop<Half, Half, ArcsinhKernel<Half>>.Entry,
        UnaryLoop<float, float, ArcsinhKernel<float>>.Entry,
        UnaryLoop<double, double, ArcsinhKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexArcsinhKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexArcsinhKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.arccosh</c>.</summary>
    public static readonly Ufunc Arccosh = new("arccosh", 1,
    [
        UnaryLoop<Half, Half, ArccoshKernel<Half>>.Entry,
        UnaryLoop<float, float, ArccoshKernel<float>>.Entry,
        UnaryLoop<double, double, ArccoshKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexArccoshKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexArccoshKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.arctanh</c>.</summary>
    public static readonly Ufunc Arctanh = new("arctanh", 1,
    [
        UnaryLoop<Half, Half, ArctanhKernel<Half>>.Entry,
        UnaryLoop<float, float, ArctanhKernel<float>>.Entry,
        UnaryLoop<double, double, ArctanhKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexArctanhKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexArctanhKernel>.Entry,
    ]) { ParallelThreshold = CostlyParallelThreshold };

    /// <summary><c>np.floor</c>.</summary>
    public static readonly Ufunc Floor = new("floor", 1,
    [
        UnaryLoop<Half, Half, FloorKernel<Half>>.Entry,
        UnaryLoop<float, float, FloorKernel<float>>.Entry,
        UnaryLoop<double, double, FloorKernel<double>>.Entry,
    ]);

    /// <summary><c>np.ceil</c>.</summary>
    public static readonly Ufunc Ceil = new("ceil", 1,
    [
        UnaryLoop<Half, Half, CeilKernel<Half>>.Entry,
        UnaryLoop<float, float, CeilKernel<float>>.Entry,
        UnaryLoop<double, double, CeilKernel<double>>.Entry,
    ]);

    /// <summary><c>np.trunc</c>.</summary>
    public static readonly Ufunc Trunc = new("trunc", 1,
    [
        UnaryLoop<Half, Half, TruncKernel<Half>>.Entry,
        UnaryLoop<float, float, TruncKernel<float>>.Entry,
        UnaryLoop<double, double, TruncKernel<double>>.Entry,
    ]);

    /// <summary><c>np.rint</c>.</summary>
    public static readonly Ufunc Rint = new("rint", 1,
    [
        UnaryLoop<Half, Half, RintKernel<Half>>.Entry,
        UnaryLoop<float, float, RintKernel<float>>.Entry,
        UnaryLoop<double, double, RintKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, ComplexRintKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexRintKernel>.Entry,
    ]);

    /// <summary><c>np.deg2rad</c>.</summary>
    public static readonly Ufunc Deg2Rad = new("deg2rad", 1,
    [
        UnaryLoop<Half, Half, Deg2RadKernel<Half>>.Entry,
        UnaryLoop<float, float, Deg2RadKernel<float>>.Entry,
        UnaryLoop<double, double, Deg2RadKernel<double>>.Entry,
    ]);

    /// <summary><c>np.rad2deg</c>.</summary>
    public static readonly Ufunc Rad2Deg = new("rad2deg", 1,
    [
        UnaryLoop<Half, Half, Rad2DegKernel<Half>>.Entry,
        UnaryLoop<float, float, Rad2DegKernel<float>>.Entry,
        UnaryLoop<double, double, Rad2DegKernel<double>>.Entry,
    ]);

    /// <summary><c>np.isnan</c>.</summary>
    public static readonly Ufunc IsNaN = new("isnan", 1,
    [
        UnaryLoop<bool, bool, AlwaysFalseKernel<bool>>.Entry,
        UnaryLoop<sbyte, bool, AlwaysFalseKernel<sbyte>>.Entry,
        UnaryLoop<byte, bool, AlwaysFalseKernel<byte>>.Entry,
        UnaryLoop<short, bool, AlwaysFalseKernel<short>>.Entry,
        UnaryLoop<ushort, bool, AlwaysFalseKernel<ushort>>.Entry,
        UnaryLoop<int, bool, AlwaysFalseKernel<int>>.Entry,
        UnaryLoop<uint, bool, AlwaysFalseKernel<uint>>.Entry,
        UnaryLoop<long, bool, AlwaysFalseKernel<long>>.Entry,
        UnaryLoop<ulong, bool, AlwaysFalseKernel<ulong>>.Entry,
        UnaryLoop<Half, bool, IsNaNKernel<Half>>.Entry,
        UnaryLoop<float, bool, IsNaNKernel<float>>.Entry,
        UnaryLoop<double, bool, IsNaNKernel<double>>.Entry,
        UnaryLoop<Complex64, bool, ComplexIsNaNKernel>.Entry,
        UnaryLoop<Complex, bool, ComplexIsNaNKernel>.Entry,
    ]);

    /// <summary><c>np.isinf</c>.</summary>
    public static readonly Ufunc IsInf = new("isinf", 1,
    [
        UnaryLoop<bool, bool, AlwaysFalseKernel<bool>>.Entry,
        UnaryLoop<sbyte, bool, AlwaysFalseKernel<sbyte>>.Entry,
        UnaryLoop<byte, bool, AlwaysFalseKernel<byte>>.Entry,
        UnaryLoop<short, bool, AlwaysFalseKernel<short>>.Entry,
        UnaryLoop<ushort, bool, AlwaysFalseKernel<ushort>>.Entry,
        UnaryLoop<int, bool, AlwaysFalseKernel<int>>.Entry,
        UnaryLoop<uint, bool, AlwaysFalseKernel<uint>>.Entry,
        UnaryLoop<long, bool, AlwaysFalseKernel<long>>.Entry,
        UnaryLoop<ulong, bool, AlwaysFalseKernel<ulong>>.Entry,
        UnaryLoop<Half, bool, IsInfKernel<Half>>.Entry,
        UnaryLoop<float, bool, IsInfKernel<float>>.Entry,
        UnaryLoop<double, bool, IsInfKernel<double>>.Entry,
        UnaryLoop<Complex64, bool, ComplexIsInfKernel>.Entry,
        UnaryLoop<Complex, bool, ComplexIsInfKernel>.Entry,
    ]);

    /// <summary><c>np.isfinite</c>.</summary>
    public static readonly Ufunc IsFinite = new("isfinite", 1,
    [
        UnaryLoop<bool, bool, AlwaysTrueKernel<bool>>.Entry,
        UnaryLoop<sbyte, bool, AlwaysTrueKernel<sbyte>>.Entry,
        UnaryLoop<byte, bool, AlwaysTrueKernel<byte>>.Entry,
        UnaryLoop<short, bool, AlwaysTrueKernel<short>>.Entry,
        UnaryLoop<ushort, bool, AlwaysTrueKernel<ushort>>.Entry,
        UnaryLoop<int, bool, AlwaysTrueKernel<int>>.Entry,
        UnaryLoop<uint, bool, AlwaysTrueKernel<uint>>.Entry,
        UnaryLoop<long, bool, AlwaysTrueKernel<long>>.Entry,
        UnaryLoop<ulong, bool, AlwaysTrueKernel<ulong>>.Entry,
        UnaryLoop<Half, bool, IsFiniteKernel<Half>>.Entry,
        UnaryLoop<float, bool, IsFiniteKernel<float>>.Entry,
        UnaryLoop<double, bool, IsFiniteKernel<double>>.Entry,
        UnaryLoop<Complex64, bool, ComplexIsFiniteKernel>.Entry,
        UnaryLoop<Complex, bool, ComplexIsFiniteKernel>.Entry,
    ]);

    /// <summary><c>np.signbit</c>.</summary>
    public static readonly Ufunc Signbit = new("signbit", 1,
    [
        UnaryLoop<Half, bool, SignbitKernel<Half>>.Entry,
        UnaryLoop<float, bool, SignbitKernel<float>>.Entry,
        UnaryLoop<double, bool, SignbitKernel<double>>.Entry,
    ]);
}
