using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// The inner loop of a three-input ufunc over <typeparamref name="TKernel"/>: a contiguous first
/// input and output with contiguous or broadcast other inputs go to the kernel's vectorized
/// overload, any other strides to the scalar operation.
/// </summary>
internal static unsafe class TernaryLoop<T, TKernel>
    where T : unmanaged
    where TKernel : ITernaryKernel<T>
{
    /// <summary>The loop as a <see cref="UfuncLoop"/> entry.</summary>
    public static UfuncLoop Entry => new([ScalarTypes.Of<T>(), ScalarTypes.Of<T>(), ScalarTypes.Of<T>(), ScalarTypes.Of<T>()], &Run);

    public static void Run(byte** args, nint* strides, nint count)
    {
        byte* x = args[0], y = args[1], z = args[2], d = args[3];
        nint sx = strides[0], sy = strides[1], sz = strides[2], sd = strides[3];
        if (sx == sizeof(T) && sd == sizeof(T) && (sy == 0 || sy == sizeof(T)) && (sz == 0 || sz == sizeof(T)))
        {
            bool vectorized = true;
            for (nint done = 0; done < count;)
            {
                int n = (int)Math.Min(count - done, 1 << 30);
                var ys = new ReadOnlySpan<T>((T*)y + (sy == 0 ? 0 : done), sy == 0 ? 1 : n);
                var zs = new ReadOnlySpan<T>((T*)z + (sz == 0 ? 0 : done), sz == 0 ? 1 : n);
                if (!TKernel.TryApply(new ReadOnlySpan<T>((T*)x + done, n), ys, sy == 0, zs, sz == 0, new Span<T>((T*)d + done, n)))
                {
                    vectorized = false;
                    break;
                }

                done += n;
            }

            if (vectorized)
            {
                return;
            }
        }

        // A kernel declines a whole run on its first chunk, so the scalar loop starts from the top.
        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(d, TKernel.Apply(Unsafe.ReadUnaligned<T>(x), Unsafe.ReadUnaligned<T>(y), Unsafe.ReadUnaligned<T>(z)));
            x += sx;
            y += sy;
            z += sz;
            d += sd;
        }
    }
}
