using System.Numerics;

namespace ArrayBridge;

internal static partial class Ufuncs
{
    /// <summary><c>np.logical_and</c>.</summary>
    public static readonly Ufunc LogicalAnd = new("logical_and", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolAndOp>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, LogicalAndOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, LogicalAndOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, LogicalAndOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, LogicalAndOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, LogicalAndOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, LogicalAndOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, LogicalAndOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, LogicalAndOp<ulong>>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<LogicalAndOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, LogicalAndOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, LogicalAndOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexLogicalAnd>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexLogicalAnd>>.Entry,
    ], UfuncRules.TruthPromotion)
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.logical_or</c>.</summary>
    public static readonly Ufunc LogicalOr = new("logical_or", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolOrOp>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, LogicalOrOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, LogicalOrOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, LogicalOrOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, LogicalOrOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, LogicalOrOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, LogicalOrOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, LogicalOrOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, LogicalOrOp<ulong>>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<LogicalOrOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, LogicalOrOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, LogicalOrOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexLogicalOr>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexLogicalOr>>.Entry,
    ], UfuncRules.TruthPromotion)
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.logical_xor</c>.</summary>
    public static readonly Ufunc LogicalXor = new("logical_xor", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolXorOp>>.Entry,
        BinaryLoop<sbyte, bool, MaskKernel<sbyte, LogicalXorOp<sbyte>>>.Entry,
        BinaryLoop<byte, bool, MaskKernel<byte, LogicalXorOp<byte>>>.Entry,
        BinaryLoop<short, bool, MaskKernel<short, LogicalXorOp<short>>>.Entry,
        BinaryLoop<ushort, bool, MaskKernel<ushort, LogicalXorOp<ushort>>>.Entry,
        BinaryLoop<int, bool, MaskKernel<int, LogicalXorOp<int>>>.Entry,
        BinaryLoop<uint, bool, MaskKernel<uint, LogicalXorOp<uint>>>.Entry,
        BinaryLoop<long, bool, MaskKernel<long, LogicalXorOp<long>>>.Entry,
        BinaryLoop<ulong, bool, MaskKernel<ulong, LogicalXorOp<ulong>>>.Entry,
        BinaryLoop<Half, bool, HalfMaskKernel<LogicalXorOp<float>>>.Entry,
        BinaryLoop<float, bool, MaskKernel<float, LogicalXorOp<float>>>.Entry,
        BinaryLoop<double, bool, MaskKernel<double, LogicalXorOp<double>>>.Entry,
        BinaryLoop<Complex64, bool, Complex64PredicateKernel<ComplexLogicalXor>>.Entry,
        BinaryLoop<Complex, bool, ComplexPredicateKernel<ComplexLogicalXor>>.Entry,
    ], UfuncRules.TruthPromotion)
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.bitwise_and</c>.</summary>
    public static readonly Ufunc BitwiseAnd = new("bitwise_and", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolAndOp>>.Entry,
        BinaryLoop<sbyte, sbyte, BitwiseAndKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, BitwiseAndKernel<byte>>.Entry,
        BinaryLoop<short, short, BitwiseAndKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, BitwiseAndKernel<ushort>>.Entry,
        BinaryLoop<int, int, BitwiseAndKernel<int>>.Entry,
        BinaryLoop<uint, uint, BitwiseAndKernel<uint>>.Entry,
        BinaryLoop<long, long, BitwiseAndKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, BitwiseAndKernel<ulong>>.Entry,
    ]);

    /// <summary><c>np.bitwise_or</c>.</summary>
    public static readonly Ufunc BitwiseOr = new("bitwise_or", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolOrOp>>.Entry,
        BinaryLoop<sbyte, sbyte, BitwiseOrKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, BitwiseOrKernel<byte>>.Entry,
        BinaryLoop<short, short, BitwiseOrKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, BitwiseOrKernel<ushort>>.Entry,
        BinaryLoop<int, int, BitwiseOrKernel<int>>.Entry,
        BinaryLoop<uint, uint, BitwiseOrKernel<uint>>.Entry,
        BinaryLoop<long, long, BitwiseOrKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, BitwiseOrKernel<ulong>>.Entry,
    ]);

    /// <summary><c>np.bitwise_xor</c>.</summary>
    public static readonly Ufunc BitwiseXor = new("bitwise_xor", 2,
    [
        BinaryLoop<bool, bool, BoolKernel<BoolXorOp>>.Entry,
        BinaryLoop<sbyte, sbyte, BitwiseXorKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, BitwiseXorKernel<byte>>.Entry,
        BinaryLoop<short, short, BitwiseXorKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, BitwiseXorKernel<ushort>>.Entry,
        BinaryLoop<int, int, BitwiseXorKernel<int>>.Entry,
        BinaryLoop<uint, uint, BitwiseXorKernel<uint>>.Entry,
        BinaryLoop<long, long, BitwiseXorKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, BitwiseXorKernel<ulong>>.Entry,
    ]);

    /// <summary><c>np.left_shift</c>.</summary>
    public static readonly Ufunc LeftShift = new("left_shift", 2,
    [
        BinaryLoop<sbyte, sbyte, LeftShiftKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, LeftShiftKernel<byte>>.Entry,
        BinaryLoop<short, short, LeftShiftKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, LeftShiftKernel<ushort>>.Entry,
        BinaryLoop<int, int, LeftShiftKernel<int>>.Entry,
        BinaryLoop<uint, uint, LeftShiftKernel<uint>>.Entry,
        BinaryLoop<long, long, LeftShiftKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, LeftShiftKernel<ulong>>.Entry,
    ]);

    /// <summary><c>np.right_shift</c>.</summary>
    public static readonly Ufunc RightShift = new("right_shift", 2,
    [
        BinaryLoop<sbyte, sbyte, RightShiftKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, RightShiftKernel<byte>>.Entry,
        BinaryLoop<short, short, RightShiftKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, RightShiftKernel<ushort>>.Entry,
        BinaryLoop<int, int, RightShiftKernel<int>>.Entry,
        BinaryLoop<uint, uint, RightShiftKernel<uint>>.Entry,
        BinaryLoop<long, long, RightShiftKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, RightShiftKernel<ulong>>.Entry,
    ]);

    /// <summary><c>np.logical_not</c>.</summary>
    public static readonly Ufunc LogicalNot = new("logical_not", 1,
    [
        UnaryLoop<bool, bool, BoolNotKernel>.Entry,
        UnaryLoop<sbyte, bool, LogicalNotKernel<sbyte>>.Entry,
        UnaryLoop<byte, bool, LogicalNotKernel<byte>>.Entry,
        UnaryLoop<short, bool, LogicalNotKernel<short>>.Entry,
        UnaryLoop<ushort, bool, LogicalNotKernel<ushort>>.Entry,
        UnaryLoop<int, bool, LogicalNotKernel<int>>.Entry,
        UnaryLoop<uint, bool, LogicalNotKernel<uint>>.Entry,
        UnaryLoop<long, bool, LogicalNotKernel<long>>.Entry,
        UnaryLoop<ulong, bool, LogicalNotKernel<ulong>>.Entry,
        UnaryLoop<Half, bool, LogicalNotKernel<Half>>.Entry,
        UnaryLoop<float, bool, LogicalNotKernel<float>>.Entry,
        UnaryLoop<double, bool, LogicalNotKernel<double>>.Entry,
        UnaryLoop<Complex64, bool, Complex64LogicalNotKernel>.Entry,
        UnaryLoop<Complex, bool, ComplexLogicalNotKernel>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };

    /// <summary><c>np.invert</c>.</summary>
    public static readonly Ufunc Invert = new("invert", 1,
    [
        UnaryLoop<bool, bool, BoolNotKernel>.Entry,
        UnaryLoop<sbyte, sbyte, InvertKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, InvertKernel<byte>>.Entry,
        UnaryLoop<short, short, InvertKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, InvertKernel<ushort>>.Entry,
        UnaryLoop<int, int, InvertKernel<int>>.Entry,
        UnaryLoop<uint, uint, InvertKernel<uint>>.Entry,
        UnaryLoop<long, long, InvertKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, InvertKernel<ulong>>.Entry,
    ]);

    /// <summary>
    /// <c>np.where(condition, x, y)</c> as a three-input ufunc with loops <c>?TT-&gt;T</c>: the condition
    /// is converted to bool first (<see cref="NDArray.Where"/>), x and y promote as a ufunc's inputs.
    /// </summary>
    public static readonly Ufunc Where = new("where", 3,
    [
        WhereLoop<bool>.Entry,
        WhereLoop<sbyte>.Entry,
        WhereLoop<byte>.Entry,
        WhereLoop<short>.Entry,
        WhereLoop<ushort>.Entry,
        WhereLoop<int>.Entry,
        WhereLoop<uint>.Entry,
        WhereLoop<long>.Entry,
        WhereLoop<ulong>.Entry,
        WhereLoop<Half>.Entry,
        WhereLoop<float>.Entry,
        WhereLoop<double>.Entry,
        WhereLoop<Complex64>.Entry,
        WhereLoop<Complex>.Entry,
    ])
    {
        NoFloatingPointErrors = true,
    };
}
