using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy 2's exact comparison loops of int64 with uint64 (<c>qQ-&gt;?</c> and <c>Qq-&gt;?</c>, in
/// generate_umath.py after the same-type integer loops): both operands widen to
/// <see cref="Int128"/>, so <c>int64 -1 &lt; uint64 2**64-1</c> and <c>2**63-1 != 2**63</c> hold,
/// where NumPy 1.24 compares them as float64.
/// </summary>
internal static unsafe class MixedIntegerCompareLoop<TX, TY, TOp>
    where TX : unmanaged, IBinaryInteger<TX>
    where TY : unmanaged, IBinaryInteger<TY>
    where TOp : IMaskOp<Int128>
{
    /// <summary>The loop as a <see cref="UfuncLoop"/> entry.</summary>
    public static UfuncLoop Entry => new([ScalarTypes.Of<TX>(), ScalarTypes.Of<TY>(), ScalarType.Bool], &Run);

    public static void Run(byte** args, nint* strides, nint count)
    {
        byte* x = args[0], y = args[1], d = args[2];
        nint sx = strides[0], sy = strides[1], sd = strides[2];
        for (nint i = 0; i < count; i++)
        {
            *(bool*)d = TOp.Apply(Int128.CreateTruncating(Unsafe.ReadUnaligned<TX>(x)), Int128.CreateTruncating(Unsafe.ReadUnaligned<TY>(y)));
            x += sx;
            y += sy;
            d += sd;
        }
    }
}
