using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Iteration of two same-shaped strided layouts (a source and a destination) as a sequence of
/// 1-d inner runs: length-1 axes are dropped, axes are ordered by the destination's absolute
/// stride (its memory order, like NumPy's 'K' iteration) and adjacent axes that are contiguous
/// in both layouts are merged, so the inner runs are as long as the layouts allow.
/// </summary>
internal sealed unsafe class StridedLoop
{
    /// <summary>Outer axes from outermost to innermost, then the inner axis last.</summary>
    public readonly nint[] Shape;
    public readonly nint[] SrcStrides;
    public readonly nint[] DstStrides;

    /// <summary>The number of axes after merging; 0 means a single element.</summary>
    public readonly int NDim;

    /// <summary>Whether the layouts have no elements at all.</summary>
    public readonly bool IsEmpty;

    public StridedLoop(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> srcStrides, ReadOnlySpan<nint> dstStrides)
    {
        Debug.Assert(shape.Length == srcStrides.Length && shape.Length == dstStrides.Length);
        int n = 0;
        // A fixed size: arrays have at most MaxDimensions axes (a longer shape fails the slice
        // below rather than growing the stack).
        Span<int> axes = (stackalloc int[Layout.MaxDimensions])[..shape.Length];
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] == 0)
            {
                IsEmpty = true;
            }

            if (shape[i] != 1)
            {
                axes[n++] = i;
            }
        }

        axes = axes[..n];
        // Stable insertion sort by descending |dst stride|, then |src stride| for zero-stride ties.
        for (int i = 1; i < n; i++)
        {
            int a = axes[i];
            int j = i - 1;
            while (j >= 0 && Before(a, axes[j], srcStrides, dstStrides))
            {
                axes[j + 1] = axes[j];
                j--;
            }

            axes[j + 1] = a;
        }

        var s = new nint[Math.Max(n, 1)];
        var ss = new nint[s.Length];
        var ds = new nint[s.Length];
        int m = 0;
        for (int k = 0; k < n; k++)
        {
            int a = axes[k];
            if (m > 0 && ss[m - 1] == srcStrides[a] * shape[a] && ds[m - 1] == dstStrides[a] * shape[a])
            {
                // The previous (outer) axis steps exactly over this one in both layouts: merge.
                s[m - 1] *= shape[a];
                ss[m - 1] = srcStrides[a];
                ds[m - 1] = dstStrides[a];
                continue;
            }

            s[m] = shape[a];
            ss[m] = srcStrides[a];
            ds[m] = dstStrides[a];
            m++;
        }

        Shape = s;
        SrcStrides = ss;
        DstStrides = ds;
        NDim = m;
    }

    private static bool Before(int a, int b, ReadOnlySpan<nint> src, ReadOnlySpan<nint> dst)
    {
        nuint da = Layout.Magnitude(dst[a]), db = Layout.Magnitude(dst[b]);
        if (da != db)
        {
            return da > db;
        }

        return Layout.Magnitude(src[a]) > Layout.Magnitude(src[b]);
    }

    /// <summary>Calls <paramref name="kernel"/> for every inner run, with the outer axes as an odometer.</summary>
    public void Run(byte* src, byte* dst, delegate*<byte*, nint, byte*, nint, nint, nint, void> kernel, nint context)
    {
        if (IsEmpty)
        {
            return;
        }

        if (NDim == 0)
        {
            kernel(src, 0, dst, 0, 1, context);
            return;
        }

        int inner = NDim - 1;
        nint count = Shape[inner], sInner = SrcStrides[inner], dInner = DstStrides[inner];
        if (inner == 0)
        {
            kernel(src, sInner, dst, dInner, count, context);
            return;
        }

        Span<nint> index = (stackalloc nint[Layout.MaxDimensions])[..inner];
        index.Clear();
        while (true)
        {
            kernel(src, sInner, dst, dInner, count, context);
            int axis = inner - 1;
            while (true)
            {
                src += SrcStrides[axis];
                dst += DstStrides[axis];
                if (++index[axis] < Shape[axis])
                {
                    break;
                }

                src -= SrcStrides[axis] * Shape[axis];
                dst -= DstStrides[axis] * Shape[axis];
                index[axis] = 0;
                if (--axis < 0)
                {
                    return;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool RangesOverlap(byte* aLow, byte* aHigh, byte* bLow, byte* bHigh) => aLow < bHigh && bLow < aHigh;
}
