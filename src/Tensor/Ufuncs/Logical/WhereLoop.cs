using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// The inner loop of <c>np.where(condition, x, y)</c> for elements of <typeparamref name="T"/>: the
/// condition arrives as bool (any nonzero byte is true), the result is x's element where it holds
/// and y's elsewhere, bits unchanged.
/// </summary>
internal static unsafe class WhereLoop<T>
    where T : unmanaged
{
    /// <summary>The loop as a <see cref="UfuncLoop"/> entry (<c>?TT-&gt;T</c>).</summary>
    public static UfuncLoop Entry => new([ScalarType.Bool, ScalarTypes.Of<T>(), ScalarTypes.Of<T>(), ScalarTypes.Of<T>()], &Run);

    public static void Run(byte** args, nint* strides, nint count)
    {
        byte* c = args[0], x = args[1], y = args[2], d = args[3];
        nint sc = strides[0], sx = strides[1], sy = strides[2], sd = strides[3];
        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(d, *c != 0 ? Unsafe.ReadUnaligned<T>(x) : Unsafe.ReadUnaligned<T>(y));
            c += sc;
            x += sx;
            y += sy;
            d += sd;
        }
    }
}
