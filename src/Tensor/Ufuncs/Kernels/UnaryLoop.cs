using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// The inner loop of a one-input ufunc over <typeparamref name="TKernel"/>: contiguous runs go to
/// the kernel's vectorized overload, any other strides to the scalar operation.
/// </summary>
internal static unsafe class UnaryLoop<T, TResult, TKernel>
    where T : unmanaged
    where TResult : unmanaged
    where TKernel : IUnaryKernel<T, TResult>
{
    /// <summary>The loop as a <see cref="UfuncLoop"/> entry.</summary>
    public static UfuncLoop Entry => new([ScalarTypes.Of<T>(), ScalarTypes.Of<TResult>()], &Run);

    public static void Run(byte** args, nint* strides, nint count)
    {
        byte* x = args[0], d = args[1];
        nint sx = strides[0], sd = strides[1];
        if (sx == sizeof(T) && sd == sizeof(TResult))
        {
            bool vectorized = true;
            for (nint done = 0; done < count;)
            {
                int n = (int)Math.Min(count - done, 1 << 30);
                if (!TKernel.TryApply(new ReadOnlySpan<T>((T*)x + done, n), new Span<TResult>((TResult*)d + done, n)))
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

        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(d, TKernel.Apply(Unsafe.ReadUnaligned<T>(x)));
            x += sx;
            d += sd;
        }
    }
}
