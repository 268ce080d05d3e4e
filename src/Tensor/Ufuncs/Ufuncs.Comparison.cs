using System.Numerics;

namespace ArrayBridge;

// The comparisons carry NumPy 2's exact int64/uint64 loops (qQ->?, Qq->?) after the integer loops;
// NumPy 1.24 has none and compares those pairs as float64.
internal static partial class Ufuncs
{
    /// <summary><c>np.equal</c>.</summary>
    public static readonly Ufunc Equal = new("equal", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolCompareOp<EqualOp<byte>>>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, EqualOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, EqualOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, EqualOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, EqualOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, EqualOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, EqualOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, EqualOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, EqualOp<ulong>>>.Entry,
        MixedIntegerCompareLoop<long, ulong, EqualOp<Int128>>.Entry,
        MixedIntegerCompareLoop<ulong, long, EqualOp<Int128>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<EqualOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, EqualOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, EqualOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexEqual>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexEqual>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.not_equal</c>.</summary>
    public static readonly Ufunc NotEqual = new("not_equal", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolCompareOp<NotEqualOp<byte>>>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, NotEqualOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, NotEqualOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, NotEqualOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, NotEqualOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, NotEqualOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, NotEqualOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, NotEqualOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, NotEqualOp<ulong>>>.Entry,
        MixedIntegerCompareLoop<long, ulong, NotEqualOp<Int128>>.Entry,
        MixedIntegerCompareLoop<ulong, long, NotEqualOp<Int128>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<NotEqualOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, NotEqualOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, NotEqualOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexNotEqual>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexNotEqual>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.less</c>.</summary>
    public static readonly Ufunc Less = new("less", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolCompareOp<LessOp<byte>>>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, LessOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, LessOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, LessOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, LessOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, LessOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, LessOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, LessOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, LessOp<ulong>>>.Entry,
        MixedIntegerCompareLoop<long, ulong, LessOp<Int128>>.Entry,
        MixedIntegerCompareLoop<ulong, long, LessOp<Int128>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<LessOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, LessOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, LessOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexLess>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexLess>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.less_equal</c>.</summary>
    public static readonly Ufunc LessEqual = new("less_equal", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolCompareOp<LessEqualOp<byte>>>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, LessEqualOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, LessEqualOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, LessEqualOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, LessEqualOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, LessEqualOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, LessEqualOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, LessEqualOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, LessEqualOp<ulong>>>.Entry,
        MixedIntegerCompareLoop<long, ulong, LessEqualOp<Int128>>.Entry,
        MixedIntegerCompareLoop<ulong, long, LessEqualOp<Int128>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<LessEqualOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, LessEqualOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, LessEqualOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexLessEqual>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexLessEqual>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.greater</c>.</summary>
    public static readonly Ufunc Greater = new("greater", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolCompareOp<GreaterOp<byte>>>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, GreaterOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, GreaterOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, GreaterOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, GreaterOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, GreaterOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, GreaterOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, GreaterOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, GreaterOp<ulong>>>.Entry,
        MixedIntegerCompareLoop<long, ulong, GreaterOp<Int128>>.Entry,
        MixedIntegerCompareLoop<ulong, long, GreaterOp<Int128>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<GreaterOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, GreaterOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, GreaterOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexGreater>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexGreater>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.greater_equal</c>.</summary>
    public static readonly Ufunc GreaterEqual = new("greater_equal", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolCompareOp<GreaterEqualOp<byte>>>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, GreaterEqualOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, GreaterEqualOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, GreaterEqualOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, GreaterEqualOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, GreaterEqualOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, GreaterEqualOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, GreaterEqualOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, GreaterEqualOp<ulong>>>.Entry,
        MixedIntegerCompareLoop<long, ulong, GreaterEqualOp<Int128>>.Entry,
        MixedIntegerCompareLoop<ulong, long, GreaterEqualOp<Int128>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<GreaterEqualOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, GreaterEqualOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, GreaterEqualOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexGreaterEqual>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexGreaterEqual>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.maximum</c>.</summary>
    public static readonly Ufunc Maximum = new("maximum", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolOrOp>>.Entry,
        BinaryLoop<sbyte, sbyte, SelectKernel<sbyte, MaximumOp<sbyte>>>.Entry,
        BinaryLoop<byte, byte, SelectKernel<byte, MaximumOp<byte>>>.Entry,
        BinaryLoop<short, short, SelectKernel<short, MaximumOp<short>>>.Entry,
        BinaryLoop<ushort, ushort, SelectKernel<ushort, MaximumOp<ushort>>>.Entry,
        BinaryLoop<int, int, SelectKernel<int, MaximumOp<int>>>.Entry,
        BinaryLoop<uint, uint, SelectKernel<uint, MaximumOp<uint>>>.Entry,
        BinaryLoop<long, long, SelectKernel<long, MaximumOp<long>>>.Entry,
        BinaryLoop<ulong, ulong, SelectKernel<ulong, MaximumOp<ulong>>>.Entry,
        BinaryLoop<Half, Half, HalfSelectKernel<HalfMaximumPick>>.Entry,
        BinaryLoop<float, float, SelectKernel<float, MaximumOp<float>>>.Entry,
        BinaryLoop<double, double, SelectKernel<double, MaximumOp<double>>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64SelectKernel<ComplexMaximumPick>>.Entry,
        BinaryLoop<Complex, Complex, ComplexSelectKernel<ComplexMaximumPick>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.minimum</c>.</summary>
    public static readonly Ufunc Minimum = new("minimum", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolAndOp>>.Entry,
        BinaryLoop<sbyte, sbyte, SelectKernel<sbyte, MinimumOp<sbyte>>>.Entry,
        BinaryLoop<byte, byte, SelectKernel<byte, MinimumOp<byte>>>.Entry,
        BinaryLoop<short, short, SelectKernel<short, MinimumOp<short>>>.Entry,
        BinaryLoop<ushort, ushort, SelectKernel<ushort, MinimumOp<ushort>>>.Entry,
        BinaryLoop<int, int, SelectKernel<int, MinimumOp<int>>>.Entry,
        BinaryLoop<uint, uint, SelectKernel<uint, MinimumOp<uint>>>.Entry,
        BinaryLoop<long, long, SelectKernel<long, MinimumOp<long>>>.Entry,
        BinaryLoop<ulong, ulong, SelectKernel<ulong, MinimumOp<ulong>>>.Entry,
        BinaryLoop<Half, Half, HalfSelectKernel<HalfMinimumPick>>.Entry,
        BinaryLoop<float, float, SelectKernel<float, MinimumOp<float>>>.Entry,
        BinaryLoop<double, double, SelectKernel<double, MinimumOp<double>>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64SelectKernel<ComplexMinimumPick>>.Entry,
        BinaryLoop<Complex, Complex, ComplexSelectKernel<ComplexMinimumPick>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.fmax</c>.</summary>
    public static readonly Ufunc Fmax = new("fmax", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolOrOp>>.Entry,
        BinaryLoop<sbyte, sbyte, SelectKernel<sbyte, FmaxOp<sbyte>>>.Entry,
        BinaryLoop<byte, byte, SelectKernel<byte, FmaxOp<byte>>>.Entry,
        BinaryLoop<short, short, SelectKernel<short, FmaxOp<short>>>.Entry,
        BinaryLoop<ushort, ushort, SelectKernel<ushort, FmaxOp<ushort>>>.Entry,
        BinaryLoop<int, int, SelectKernel<int, FmaxOp<int>>>.Entry,
        BinaryLoop<uint, uint, SelectKernel<uint, FmaxOp<uint>>>.Entry,
        BinaryLoop<long, long, SelectKernel<long, FmaxOp<long>>>.Entry,
        BinaryLoop<ulong, ulong, SelectKernel<ulong, FmaxOp<ulong>>>.Entry,
        BinaryLoop<Half, Half, HalfSelectKernel<HalfFmaxPick>>.Entry,
        BinaryLoop<float, float, SelectKernel<float, FmaxOp<float>>>.Entry,
        BinaryLoop<double, double, SelectKernel<double, FmaxOp<double>>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64SelectKernel<ComplexFmaxPick>>.Entry,
        BinaryLoop<Complex, Complex, ComplexSelectKernel<ComplexFmaxPick>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.fmin</c>.</summary>
    public static readonly Ufunc Fmin = new("fmin", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolAndOp>>.Entry,
        BinaryLoop<sbyte, sbyte, SelectKernel<sbyte, FminOp<sbyte>>>.Entry,
        BinaryLoop<byte, byte, SelectKernel<byte, FminOp<byte>>>.Entry,
        BinaryLoop<short, short, SelectKernel<short, FminOp<short>>>.Entry,
        BinaryLoop<ushort, ushort, SelectKernel<ushort, FminOp<ushort>>>.Entry,
        BinaryLoop<int, int, SelectKernel<int, FminOp<int>>>.Entry,
        BinaryLoop<uint, uint, SelectKernel<uint, FminOp<uint>>>.Entry,
        BinaryLoop<long, long, SelectKernel<long, FminOp<long>>>.Entry,
        BinaryLoop<ulong, ulong, SelectKernel<ulong, FminOp<ulong>>>.Entry,
        BinaryLoop<Half, Half, HalfSelectKernel<HalfFminPick>>.Entry,
        BinaryLoop<float, float, SelectKernel<float, FminOp<float>>>.Entry,
        BinaryLoop<double, double, SelectKernel<double, FminOp<double>>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64SelectKernel<ComplexFminPick>>.Entry,
        BinaryLoop<Complex, Complex, ComplexSelectKernel<ComplexFminPick>>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.clip</c> (the ufunc <c>np.core.umath.clip</c>).</summary>
    public static readonly Ufunc Clip = new("clip", 3,
    [
        TernaryLoop<bool, BoolClipKernel>.Entry,
        TernaryLoop<sbyte, ClipKernel<sbyte>>.Entry,
        TernaryLoop<byte, ClipKernel<byte>>.Entry,
        TernaryLoop<short, ClipKernel<short>>.Entry,
        TernaryLoop<ushort, ClipKernel<ushort>>.Entry,
        TernaryLoop<int, ClipKernel<int>>.Entry,
        TernaryLoop<uint, ClipKernel<uint>>.Entry,
        TernaryLoop<long, ClipKernel<long>>.Entry,
        TernaryLoop<ulong, ClipKernel<ulong>>.Entry,
        TernaryLoop<Half, ClipKernel<Half>>.Entry,
        TernaryLoop<float, ClipKernel<float>>.Entry,
        TernaryLoop<double, ClipKernel<double>>.Entry,
        TernaryLoop<Complex64, Complex64ClipKernel>.Entry,
        TernaryLoop<Complex, ComplexClipKernel>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };
}
