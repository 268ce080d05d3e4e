namespace ArrayBridge;

/// <summary>
/// The in-place accumulation of a C-contiguous block laid out as <c>(outer, n, inner)</c> along its
/// middle axis with <typeparamref name="TKernel"/>'s element operation: element <c>k</c> becomes
/// <c>op(element k-1, element k)</c>, in order, as NumPy's <c>ufunc.accumulate</c> runs its inner
/// loop (each output depends on the previous one, so the sums are sequential and bit-exact).
/// </summary>
internal static unsafe class AccumulateLoop<T, TKernel>
    where T : unmanaged
    where TKernel : IBinaryKernel<T, T>
{
    /// <summary>Accumulates <paramref name="outer"/> blocks of <paramref name="n"/> rows of <paramref name="inner"/> elements.</summary>
    public static void Run(byte* data, nint outer, nint n, nint inner)
    {
        T* p = (T*)data;
        nint block = n * inner;
        for (nint o = 0; o < outer; o++, p += block)
        {
            if (inner == 1)
            {
                T acc = p[0];
                for (nint k = 1; k < n; k++)
                {
                    acc = TKernel.Apply(acc, p[k]);
                    p[k] = acc;
                }

                continue;
            }

            // Rows are disjoint, so a whole row combines with the previous one at once: the kernel's
            // vectorized path gives the scalar operation's bits, element by element.
            for (nint k = 1; k < n; k++)
            {
                T* previous = p + (k - 1) * inner;
                T* current = p + k * inner;
                for (nint done = 0; done < inner;)
                {
                    int count = (int)Math.Min(inner - done, 1 << 30);
                    var x = new ReadOnlySpan<T>(previous + done, count);
                    var y = new Span<T>(current + done, count);
                    if (!TKernel.TryApply(x, y, y))
                    {
                        for (int j = 0; j < count; j++)
                        {
                            y[j] = TKernel.Apply(x[j], y[j]);
                        }
                    }

                    done += count;
                }
            }
        }
    }
}
