using System.Numerics;

namespace ArrayBridge;

internal static partial class Ufuncs
{
    /// <summary><c>np.subtract</c>.</summary>
    public static readonly Ufunc Subtract = new("subtract", 2,
    [
        BinaryLoop<sbyte, sbyte, SubtractKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, SubtractKernel<byte>>.Entry,
        BinaryLoop<short, short, SubtractKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, SubtractKernel<ushort>>.Entry,
        BinaryLoop<int, int, SubtractKernel<int>>.Entry,
        BinaryLoop<uint, uint, SubtractKernel<uint>>.Entry,
        BinaryLoop<long, long, SubtractKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, SubtractKernel<ulong>>.Entry,
        BinaryLoop<Half, Half, HalfThroughSingleKernel<SubtractKernel<float>>>.Entry,
        BinaryLoop<float, float, SubtractKernel<float>>.Entry,
        BinaryLoop<double, double, SubtractKernel<double>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64SubtractKernel>.Entry,
        BinaryLoop<Complex, Complex, ComplexSubtractKernel>.Entry,
    ], UfuncRules.RefuseBool, "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.");

    /// <summary><c>np.multiply</c>.</summary>
    public static readonly Ufunc Multiply = new("multiply", 2,
    [
        BinaryLoop<bool, bool, LogicalAndKernel>.Entry,
        BinaryLoop<sbyte, sbyte, MultiplyKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, MultiplyKernel<byte>>.Entry,
        BinaryLoop<short, short, MultiplyKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, MultiplyKernel<ushort>>.Entry,
        BinaryLoop<int, int, MultiplyKernel<int>>.Entry,
        BinaryLoop<uint, uint, MultiplyKernel<uint>>.Entry,
        BinaryLoop<long, long, MultiplyKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, MultiplyKernel<ulong>>.Entry,
        BinaryLoop<Half, Half, HalfThroughSingleKernel<MultiplyKernel<float>>>.Entry,
        BinaryLoop<float, float, MultiplyKernel<float>>.Entry,
        BinaryLoop<double, double, MultiplyKernel<double>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64MultiplyKernel>.Entry,
        BinaryLoop<Complex, Complex, ComplexMultiplyKernel>.Entry,
    ]);

    /// <summary><c>np.divide</c> (<c>np.true_divide</c> is the same ufunc): NumPy names it "divide" in its messages.</summary>
    public static readonly Ufunc Divide = new("divide", 2,
    [
        BinaryLoop<Half, Half, HalfThroughSingleKernel<DivideKernel<float>>>.Entry,
        BinaryLoop<float, float, DivideKernel<float>>.Entry,
        BinaryLoop<double, double, DivideKernel<double>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64DivideKernel>.Entry,
        BinaryLoop<Complex, Complex, ComplexDivideKernel>.Entry,
    ], UfuncRules.IntegersToFloat64);

    /// <summary><c>np.floor_divide</c>.</summary>
    public static readonly Ufunc FloorDivide = new("floor_divide", 2,
    [
        BinaryLoop<sbyte, sbyte, IntegerFloorDivideKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, IntegerFloorDivideKernel<byte>>.Entry,
        BinaryLoop<short, short, IntegerFloorDivideKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, IntegerFloorDivideKernel<ushort>>.Entry,
        BinaryLoop<int, int, IntegerFloorDivideKernel<int>>.Entry,
        BinaryLoop<uint, uint, IntegerFloorDivideKernel<uint>>.Entry,
        BinaryLoop<long, long, IntegerFloorDivideKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, IntegerFloorDivideKernel<ulong>>.Entry,
        BinaryLoop<Half, Half, HalfThroughSingleKernel<FloatFloorDivideKernel<float>>>.Entry,
        BinaryLoop<float, float, FloatFloorDivideKernel<float>>.Entry,
        BinaryLoop<double, double, FloatFloorDivideKernel<double>>.Entry,
    ]);

    /// <summary><c>np.remainder</c>.</summary>
    public static readonly Ufunc Remainder = new("remainder", 2,
    [
        BinaryLoop<sbyte, sbyte, IntegerRemainderKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, IntegerRemainderKernel<byte>>.Entry,
        BinaryLoop<short, short, IntegerRemainderKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, IntegerRemainderKernel<ushort>>.Entry,
        BinaryLoop<int, int, IntegerRemainderKernel<int>>.Entry,
        BinaryLoop<uint, uint, IntegerRemainderKernel<uint>>.Entry,
        BinaryLoop<long, long, IntegerRemainderKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, IntegerRemainderKernel<ulong>>.Entry,
        BinaryLoop<Half, Half, HalfThroughSingleKernel<FloatRemainderKernel<float>>>.Entry,
        BinaryLoop<float, float, FloatRemainderKernel<float>>.Entry,
        BinaryLoop<double, double, FloatRemainderKernel<double>>.Entry,
    ]);

    /// <summary><c>np.fmod</c>.</summary>
    public static readonly Ufunc Fmod = new("fmod", 2,
    [
        BinaryLoop<sbyte, sbyte, IntegerFmodKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, IntegerFmodKernel<byte>>.Entry,
        BinaryLoop<short, short, IntegerFmodKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, IntegerFmodKernel<ushort>>.Entry,
        BinaryLoop<int, int, IntegerFmodKernel<int>>.Entry,
        BinaryLoop<uint, uint, IntegerFmodKernel<uint>>.Entry,
        BinaryLoop<long, long, IntegerFmodKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, IntegerFmodKernel<ulong>>.Entry,
        BinaryLoop<Half, Half, HalfThroughSingleKernel<FloatFmodKernel<float>>>.Entry,
        BinaryLoop<float, float, FloatFmodKernel<float>>.Entry,
        BinaryLoop<double, double, FloatFmodKernel<double>>.Entry,
    ]);

    /// <summary><c>np.power</c>.</summary>
    public static readonly Ufunc Power = new("power", 2,
    [
        BinaryLoop<sbyte, sbyte, IntegerPowerKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, IntegerPowerKernel<byte>>.Entry,
        BinaryLoop<short, short, IntegerPowerKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, IntegerPowerKernel<ushort>>.Entry,
        BinaryLoop<int, int, IntegerPowerKernel<int>>.Entry,
        BinaryLoop<uint, uint, IntegerPowerKernel<uint>>.Entry,
        BinaryLoop<long, long, IntegerPowerKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, IntegerPowerKernel<ulong>>.Entry,
        BinaryLoop<Half, Half, HalfThroughSingleKernel<SinglePowerKernel>>.Entry,
        BinaryLoop<float, float, FloatPowerKernel<float>>.Entry,
        BinaryLoop<double, double, FloatPowerKernel<double>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64PowerKernel>.Entry,
        BinaryLoop<Complex, Complex, ComplexPowerKernel>.Entry,
    ]);

    /// <summary><c>np.negative</c>.</summary>
    public static readonly Ufunc Negative = new("negative", 1,
    [
        UnaryLoop<sbyte, sbyte, NegateKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, NegateKernel<byte>>.Entry,
        UnaryLoop<short, short, NegateKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, NegateKernel<ushort>>.Entry,
        UnaryLoop<int, int, NegateKernel<int>>.Entry,
        UnaryLoop<uint, uint, NegateKernel<uint>>.Entry,
        UnaryLoop<long, long, NegateKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, NegateKernel<ulong>>.Entry,
        UnaryLoop<Half, Half, HalfNegateKernel>.Entry,
        UnaryLoop<float, float, NegateKernel<float>>.Entry,
        UnaryLoop<double, double, NegateKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, Complex64NegateKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexNegateKernel>.Entry,
    ], UfuncRules.RefuseBool, "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.");

    /// <summary><c>np.positive</c>.</summary>
    public static readonly Ufunc Positive = new("positive", 1,
    [
        UnaryLoop<sbyte, sbyte, IdentityKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, IdentityKernel<byte>>.Entry,
        UnaryLoop<short, short, IdentityKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, IdentityKernel<ushort>>.Entry,
        UnaryLoop<int, int, IdentityKernel<int>>.Entry,
        UnaryLoop<uint, uint, IdentityKernel<uint>>.Entry,
        UnaryLoop<long, long, IdentityKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, IdentityKernel<ulong>>.Entry,
        UnaryLoop<Half, Half, IdentityKernel<Half>>.Entry,
        UnaryLoop<float, float, IdentityKernel<float>>.Entry,
        UnaryLoop<double, double, IdentityKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, IdentityKernel<Complex64>>.Entry,
        UnaryLoop<Complex, Complex, IdentityKernel<Complex>>.Entry,
    ], UfuncRules.Uniform);

    /// <summary><c>np.absolute</c>.</summary>
    public static readonly Ufunc Absolute = new("absolute", 1,
    [
        UnaryLoop<bool, bool, IdentityKernel<bool>>.Entry,
        UnaryLoop<sbyte, sbyte, IntegerAbsoluteKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, IdentityKernel<byte>>.Entry,
        UnaryLoop<short, short, IntegerAbsoluteKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, IdentityKernel<ushort>>.Entry,
        UnaryLoop<int, int, IntegerAbsoluteKernel<int>>.Entry,
        UnaryLoop<uint, uint, IdentityKernel<uint>>.Entry,
        UnaryLoop<long, long, IntegerAbsoluteKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, IdentityKernel<ulong>>.Entry,
        UnaryLoop<Half, Half, HalfAbsoluteKernel>.Entry,
        UnaryLoop<float, float, FloatAbsoluteKernel<float>>.Entry,
        UnaryLoop<double, double, FloatAbsoluteKernel<double>>.Entry,
        FlagClearingUnaryLoop<Complex64, float, Complex64AbsoluteKernel>.Entry,
        FlagClearingUnaryLoop<Complex, double, ComplexAbsoluteKernel>.Entry,
    ], UfuncRules.UniformSignature);

    /// <summary><c>np.sign</c>.</summary>
    public static readonly Ufunc Sign = new("sign", 1,
    [
        UnaryLoop<sbyte, sbyte, IntegerSignKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, IntegerSignKernel<byte>>.Entry,
        UnaryLoop<short, short, IntegerSignKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, IntegerSignKernel<ushort>>.Entry,
        UnaryLoop<int, int, IntegerSignKernel<int>>.Entry,
        UnaryLoop<uint, uint, IntegerSignKernel<uint>>.Entry,
        UnaryLoop<long, long, IntegerSignKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, IntegerSignKernel<ulong>>.Entry,
        UnaryLoop<Half, Half, HalfSignKernel>.Entry,
        FlagClearingUnaryLoop<float, float, FloatSignKernel<float>>.Entry,
        FlagClearingUnaryLoop<double, double, FloatSignKernel<double>>.Entry,
        FlagClearingUnaryLoop<Complex64, Complex64, Complex64SignKernel>.Entry,
        FlagClearingUnaryLoop<Complex, Complex, ComplexSignKernel>.Entry,
    ], UfuncRules.Uniform);

    /// <summary><c>np.square</c>.</summary>
    public static readonly Ufunc Square = new("square", 1,
    [
        UnaryLoop<sbyte, sbyte, SquareKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, SquareKernel<byte>>.Entry,
        UnaryLoop<short, short, SquareKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, SquareKernel<ushort>>.Entry,
        UnaryLoop<int, int, SquareKernel<int>>.Entry,
        UnaryLoop<uint, uint, SquareKernel<uint>>.Entry,
        UnaryLoop<long, long, SquareKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, SquareKernel<ulong>>.Entry,
        UnaryLoop<Half, Half, HalfThroughSingleUnaryKernel<SquareKernel<float>>>.Entry,
        UnaryLoop<float, float, SquareKernel<float>>.Entry,
        UnaryLoop<double, double, SquareKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, Complex64SquareKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexSquareKernel>.Entry,
    ]);

    /// <summary><c>np.reciprocal</c>.</summary>
    public static readonly Ufunc Reciprocal = new("reciprocal", 1,
    [
        UnaryLoop<sbyte, sbyte, IntegerReciprocalKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, IntegerReciprocalKernel<byte>>.Entry,
        UnaryLoop<short, short, IntegerReciprocalKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, IntegerReciprocalKernel<ushort>>.Entry,
        UnaryLoop<int, int, IntegerReciprocalKernel<int>>.Entry,
        UnaryLoop<uint, uint, IntegerReciprocalKernel<uint>>.Entry,
        UnaryLoop<long, long, IntegerReciprocalKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, IntegerReciprocalKernel<ulong>>.Entry,
        UnaryLoop<Half, Half, HalfThroughSingleUnaryKernel<FloatReciprocalKernel<float>>>.Entry,
        UnaryLoop<float, float, FloatReciprocalKernel<float>>.Entry,
        UnaryLoop<double, double, FloatReciprocalKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, Complex64ReciprocalKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexReciprocalKernel>.Entry,
    ]);

    /// <summary><c>np.conjugate</c>.</summary>
    public static readonly Ufunc Conjugate = new("conjugate", 1,
    [
        UnaryLoop<sbyte, sbyte, IdentityKernel<sbyte>>.Entry,
        UnaryLoop<byte, byte, IdentityKernel<byte>>.Entry,
        UnaryLoop<short, short, IdentityKernel<short>>.Entry,
        UnaryLoop<ushort, ushort, IdentityKernel<ushort>>.Entry,
        UnaryLoop<int, int, IdentityKernel<int>>.Entry,
        UnaryLoop<uint, uint, IdentityKernel<uint>>.Entry,
        UnaryLoop<long, long, IdentityKernel<long>>.Entry,
        UnaryLoop<ulong, ulong, IdentityKernel<ulong>>.Entry,
        UnaryLoop<Half, Half, IdentityKernel<Half>>.Entry,
        UnaryLoop<float, float, IdentityKernel<float>>.Entry,
        UnaryLoop<double, double, IdentityKernel<double>>.Entry,
        UnaryLoop<Complex64, Complex64, Complex64ConjugateKernel>.Entry,
        UnaryLoop<Complex, Complex, ComplexConjugateKernel>.Entry,
    ]);
}
