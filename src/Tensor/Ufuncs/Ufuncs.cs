using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// The ufuncs, one static field each, with their loops in NumPy's <c>ufunc.types</c> order (bool,
/// the integers from int8 to uint64, float16, float32, float64, complex64, complex128; NumPy's
/// long double, object and time loops have no counterpart here). Partial files per family.
/// </summary>
internal static partial class Ufuncs
{
    /// <summary><c>np.add</c>.</summary>
    public static readonly Ufunc Add = new("add", 2,
    [
        BinaryLoop<bool, bool, LogicalOrKernel>.Entry,
        BinaryLoop<sbyte, sbyte, AddKernel<sbyte>>.Entry,
        BinaryLoop<byte, byte, AddKernel<byte>>.Entry,
        BinaryLoop<short, short, AddKernel<short>>.Entry,
        BinaryLoop<ushort, ushort, AddKernel<ushort>>.Entry,
        BinaryLoop<int, int, AddKernel<int>>.Entry,
        BinaryLoop<uint, uint, AddKernel<uint>>.Entry,
        BinaryLoop<long, long, AddKernel<long>>.Entry,
        BinaryLoop<ulong, ulong, AddKernel<ulong>>.Entry,
        BinaryLoop<Half, Half, HalfThroughSingleKernel<AddKernel<float>>>.Entry,
        BinaryLoop<float, float, AddKernel<float>>.Entry,
        BinaryLoop<double, double, AddKernel<double>>.Entry,
        BinaryLoop<Complex64, Complex64, Complex64AddKernel>.Entry,
        BinaryLoop<Complex, Complex, AddKernel<Complex>>.Entry,
    ]);
}
