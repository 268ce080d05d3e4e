using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ArrayBridge;

/// <summary>
/// The inner loop of <c>np.where(condition, x, y)</c> for elements of <typeparamref name="T"/>: the
/// condition arrives as bool (any nonzero byte is true), the result is x's element where it holds
/// and y's elsewhere, bits unchanged. Contiguous runs (x or y may be a broadcast scalar) of elements
/// up to 8 bytes select 32 at a time: the condition bytes become lane masks, sign-extended to the
/// element width, and the elements move as integers of their size.
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
        if (Vector256.IsHardwareAccelerated && sc == 1 && sd == sizeof(T) && (sx == 0 || sx == sizeof(T)) && (sy == 0 || sy == sizeof(T)))
        {
            nint done = sizeof(T) switch
            {
                1 => Vectorized<byte>(c, x, sx == 0, y, sy == 0, d, count),
                2 => Vectorized<ushort>(c, x, sx == 0, y, sy == 0, d, count),
                4 => Vectorized<uint>(c, x, sx == 0, y, sy == 0, d, count),
                8 => Vectorized<ulong>(c, x, sx == 0, y, sy == 0, d, count),
                _ => 0,
            };
            c += done;
            x += done * sx;
            y += done * sy;
            d += done * sd;
            count -= done;
        }

        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(d, *c != 0 ? Unsafe.ReadUnaligned<T>(x) : Unsafe.ReadUnaligned<T>(y));
            c += sc;
            x += sx;
            y += sy;
            d += sd;
        }
    }

    /// <summary>Selects whole blocks of 32 elements; returns how many were done (the rest is the caller's tail).</summary>
    private static nint Vectorized<TBits>(byte* c, byte* x, bool xBroadcast, byte* y, bool yBroadcast, byte* d, nint count)
        where TBits : unmanaged
    {
        var xs = (TBits*)x;
        var ys = (TBits*)y;
        var ds = (TBits*)d;
        Vector256<TBits> bx = Vector256.Create(Unsafe.ReadUnaligned<TBits>(x)), by = Vector256.Create(Unsafe.ReadUnaligned<TBits>(y));
        nint i = 0;
        for (; i <= count - 32; i += 32)
        {
            Vector256<sbyte> m = ~Vector256.Equals(Vector256.Load(c + i), Vector256<byte>.Zero).AsSByte();
            if (Vector256<TBits>.Count == 32)
            {
                Select(m.As<sbyte, TBits>(), xs, xBroadcast, bx, ys, yBroadcast, by, ds, i);
                continue;
            }

            (Vector256<short> m0, Vector256<short> m1) = Vector256.Widen(m);
            if (Vector256<TBits>.Count == 16)
            {
                Select(m0.As<short, TBits>(), xs, xBroadcast, bx, ys, yBroadcast, by, ds, i);
                Select(m1.As<short, TBits>(), xs, xBroadcast, bx, ys, yBroadcast, by, ds, i + 16);
                continue;
            }

            (Vector256<int> m00, Vector256<int> m01) = Vector256.Widen(m0);
            (Vector256<int> m10, Vector256<int> m11) = Vector256.Widen(m1);
            if (Vector256<TBits>.Count == 8)
            {
                Select(m00.As<int, TBits>(), xs, xBroadcast, bx, ys, yBroadcast, by, ds, i);
                Select(m01.As<int, TBits>(), xs, xBroadcast, bx, ys, yBroadcast, by, ds, i + 8);
                Select(m10.As<int, TBits>(), xs, xBroadcast, bx, ys, yBroadcast, by, ds, i + 16);
                Select(m11.As<int, TBits>(), xs, xBroadcast, bx, ys, yBroadcast, by, ds, i + 24);
                continue;
            }

            Widen4(m00, xs, xBroadcast, bx, ys, yBroadcast, by, ds, i);
            Widen4(m01, xs, xBroadcast, bx, ys, yBroadcast, by, ds, i + 8);
            Widen4(m10, xs, xBroadcast, bx, ys, yBroadcast, by, ds, i + 16);
            Widen4(m11, xs, xBroadcast, bx, ys, yBroadcast, by, ds, i + 24);
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Widen4<TBits>(Vector256<int> m, TBits* x, bool xBroadcast, Vector256<TBits> bx, TBits* y, bool yBroadcast, Vector256<TBits> by, TBits* d, nint i)
        where TBits : unmanaged
    {
        (Vector256<long> lo, Vector256<long> hi) = Vector256.Widen(m);
        Select(lo.As<long, TBits>(), x, xBroadcast, bx, y, yBroadcast, by, d, i);
        Select(hi.As<long, TBits>(), x, xBroadcast, bx, y, yBroadcast, by, d, i + 4);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Select<TBits>(Vector256<TBits> mask, TBits* x, bool xBroadcast, Vector256<TBits> bx, TBits* y, bool yBroadcast, Vector256<TBits> by, TBits* d, nint i)
        where TBits : unmanaged
    {
        Vector256<TBits> vx = xBroadcast ? bx : Vector256.Load(x + i);
        Vector256<TBits> vy = yBroadcast ? by : Vector256.Load(y + i);
        Vector256.ConditionalSelect(mask, vx, vy).Store(d + i);
    }
}
