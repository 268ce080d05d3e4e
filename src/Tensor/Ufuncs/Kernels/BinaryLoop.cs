using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// The inner loop of a two-input ufunc over <typeparamref name="TKernel"/>: contiguous and
/// broadcast-scalar runs go to the kernel's vectorized overloads in chunks a span can hold, any
/// other strides to the scalar operation.
/// </summary>
internal static unsafe class BinaryLoop<T, TResult, TKernel>
    where T : unmanaged
    where TResult : unmanaged
    where TKernel : IBinaryKernel<T, TResult>
{
    /// <summary>The loop as a <see cref="UfuncLoop"/> entry.</summary>
    public static UfuncLoop Entry => new([ScalarTypes.Of<T>(), ScalarTypes.Of<T>(), ScalarTypes.Of<TResult>()], &Run);

    public static void Run(byte** args, nint* strides, nint count)
    {
        byte* x = args[0], y = args[1], d = args[2];
        nint sx = strides[0], sy = strides[1], sd = strides[2];
        if (sd == sizeof(TResult))
        {
            if (sx == sizeof(T) && sy == sizeof(T))
            {
                for (nint done = 0; done < count;)
                {
                    int n = Chunk(count - done);
                    if (!TKernel.TryApply(new ReadOnlySpan<T>((T*)x + done, n), new ReadOnlySpan<T>((T*)y + done, n), new Span<TResult>((TResult*)d + done, n)))
                    {
                        break;
                    }

                    done += n;
                    if (done == count)
                    {
                        return;
                    }
                }
            }
            else if (sx == sizeof(T) && sy == 0)
            {
                T b = Unsafe.ReadUnaligned<T>(y);
                for (nint done = 0; done < count;)
                {
                    int n = Chunk(count - done);
                    if (!TKernel.TryApply(new ReadOnlySpan<T>((T*)x + done, n), b, new Span<TResult>((TResult*)d + done, n)))
                    {
                        break;
                    }

                    done += n;
                    if (done == count)
                    {
                        return;
                    }
                }
            }
            else if (sx == 0 && sy == sizeof(T))
            {
                T a = Unsafe.ReadUnaligned<T>(x);
                for (nint done = 0; done < count;)
                {
                    int n = Chunk(count - done);
                    if (!TKernel.TryApply(a, new ReadOnlySpan<T>((T*)y + done, n), new Span<TResult>((TResult*)d + done, n)))
                    {
                        break;
                    }

                    done += n;
                    if (done == count)
                    {
                        return;
                    }
                }
            }
        }

        // A kernel declines a whole run on its first chunk, so the scalar loop starts from the top.
        for (nint i = 0; i < count; i++)
        {
            Unsafe.WriteUnaligned(d, TKernel.Apply(Unsafe.ReadUnaligned<T>(x), Unsafe.ReadUnaligned<T>(y)));
            x += sx;
            y += sy;
            d += sd;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Chunk(nint left) => (int)Math.Min(left, 1 << 30);
}
