using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// How a ufunc walks its operands, built like NumPy's nditer for <c>order='K'</c>: length-1 axes
/// dropped, axes ordered by memory order, axes that every operand walks backwards flipped, and
/// adjacent axes that are contiguous in every operand merged, so the inner loop runs over the
/// longest stretch the layouts allow. Lives on the caller's stack; worker threads read it while
/// the caller waits for them.
/// </summary>
internal unsafe struct IterationPlan
{
    /// <summary>Operands: the inputs, the output, then the where mask if any.</summary>
    public int NOp;

    /// <summary>Axes after merging, at least 1; the last is the inner axis.</summary>
    public int NDim;

    /// <summary>Axis lengths, outermost first.</summary>
    public nint* Shape;

    /// <summary>Byte strides, axis-major: <c>Strides[axis * NOp + op]</c>, so an axis's strides are one row.</summary>
    public nint* Strides;

    /// <summary>Each operand's pointer at the start of the walk.</summary>
    public byte** Base;

    /// <summary>Elements outside the inner axis: the product of the outer lengths.</summary>
    public readonly nint OuterCount
    {
        get
        {
            nint n = 1;
            for (int i = 0; i < NDim - 1; i++)
            {
                n *= Shape[i];
            }

            return n;
        }
    }

    /// <summary>The inner axis's length.</summary>
    public readonly nint InnerCount => Shape[NDim - 1];

    /// <summary>The inner axis's stride per operand.</summary>
    public readonly nint* InnerStrides => Strides + (NDim - 1) * NOp;

    /// <summary>
    /// Fills the plan from broadcast operand strides (<paramref name="opStrides"/>[op * nd + axis])
    /// over <paramref name="shape"/>, with storage for at most nd axes in
    /// <paramref name="shapeStorage"/> (nd + 1) and <paramref name="strideStorage"/> ((nd + 1) · nop).
    /// </summary>
    public static void Build(ref IterationPlan plan, ReadOnlySpan<nint> shape, ReadOnlySpan<nint> opStrides, byte** bases, int nop,
        nint* shapeStorage, nint* strideStorage)
    {
        int nd = shape.Length;
        Debug.Assert(opStrides.Length == nd * nop);
        plan.NOp = nop;
        plan.Base = bases;
        plan.Shape = shapeStorage;
        plan.Strides = strideStorage;

        Span<int> perm = stackalloc int[nd];
        BestAxisOrder(shape, opStrides, nop, perm);

        int m = 0;
        for (int k = 0; k < nd; k++)
        {
            int axis = perm[k];
            nint n = shape[axis];
            if (n == 1)
            {
                continue;
            }

            // Flip an axis that every operand walks backwards (npyiter_flip_negative_strides).
            bool flip = true, anyNegative = false;
            for (int op = 0; op < nop; op++)
            {
                nint s = opStrides[op * nd + axis];
                flip &= s <= 0;
                anyNegative |= s < 0;
            }

            flip &= anyNegative;
            if (flip)
            {
                for (int op = 0; op < nop; op++)
                {
                    bases[op] += opStrides[op * nd + axis] * (n - 1);
                }
            }

            nint* row = strideStorage + m * nop;
            for (int op = 0; op < nop; op++)
            {
                nint s = opStrides[op * nd + axis];
                row[op] = flip ? -s : s;
            }

            bool merge = m > 0;
            for (int op = 0; merge && op < nop; op++)
            {
                merge = row[op - nop] == row[op] * n;
            }

            if (merge)
            {
                // The previous (outer) axis steps exactly over this one in every operand.
                shapeStorage[m - 1] *= n;
                for (int op = 0; op < nop; op++)
                {
                    row[op - nop] = row[op];
                }

                continue;
            }

            shapeStorage[m++] = n;
        }

        if (m == 0)
        {
            // A single element: one run of length 1.
            shapeStorage[0] = 1;
            new Span<nint>(strideStorage, nop).Clear();
            m = 1;
        }

        plan.NDim = m;
    }

    /// <summary>
    /// NumPy's <c>npyiter_find_best_axis_ordering</c>: C order, except that an axis moves inside
    /// another when every operand that strides along both agrees it has the smaller stride.
    /// <paramref name="perm"/> lists axes outermost first.
    /// </summary>
    public static void BestAxisOrder(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> opStrides, int nop, Span<int> perm)
    {
        int nd = shape.Length;
        for (int i = 0; i < nd; i++)
        {
            perm[i] = i;
        }

        for (int i = 1; i < nd; i++)
        {
            int inner = perm[i];
            int j = i - 1;
            while (j >= 0 && ShouldSwap(perm[j], inner, opStrides, nd, nop))
            {
                perm[j + 1] = perm[j];
                j--;
            }

            perm[j + 1] = inner;
        }
    }

    // Whether `inner` (now inside `outer`) belongs outside it.
    private static bool ShouldSwap(int outer, int inner, ReadOnlySpan<nint> opStrides, int nd, int nop)
    {
        bool ambiguous = true, swap = false;
        for (int op = 0; op < nop; op++)
        {
            nint so = opStrides[op * nd + outer], si = opStrides[op * nd + inner];
            if (so != 0 && si != 0)
            {
                if (Layout.Magnitude(si) <= Layout.Magnitude(so))
                {
                    swap = false;
                }
                else if (ambiguous)
                {
                    swap = true;
                }

                ambiguous = false;
            }
        }

        return swap;
    }

    /// <summary>
    /// Walks outer rows [<paramref name="outerStart"/>, <paramref name="outerEnd"/>) over inner
    /// elements [<paramref name="innerStart"/>, <paramref name="innerEnd"/>) of <paramref name="plan"/>
    /// from <paramref name="bases"/> (the plan's own or other buffers of the same layout), running
    /// <paramref name="row"/> on each: the one outer loop of ufuncs and reductions, so workers can
    /// take any block of the iteration space.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WalkRows<TRow>(IterationPlan* plan, byte** bases, ref TRow row, nint outerStart, nint outerEnd, nint innerStart, nint innerEnd)
        where TRow : struct, IPlanRow
    {
        int nop = plan->NOp;
        int outerDims = plan->NDim - 1;
        nint* shape = plan->Shape;
        nint* strides = plan->Strides;
        nint* inner = plan->InnerStrides;
        nint count = innerEnd - innerStart;
        if (outerStart >= outerEnd || count <= 0)
        {
            return;
        }

        byte** ptrs = stackalloc byte*[nop];
        Span<nint> index = stackalloc nint[Math.Max(outerDims, 1)];
        for (int op = 0; op < nop; op++)
        {
            ptrs[op] = bases[op] + innerStart * inner[op];
        }

        // The multi-index of the first outer row, innermost outer axis varying fastest.
        nint rest = outerStart;
        for (int axis = outerDims - 1; axis >= 0; axis--)
        {
            nint n = shape[axis];
            index[axis] = rest % n;
            rest /= n;
            for (int op = 0; op < nop; op++)
            {
                ptrs[op] += index[axis] * strides[axis * nop + op];
            }
        }

        for (nint r = outerStart; ;)
        {
            row.Run(ptrs, inner, count);
            if (++r == outerEnd)
            {
                return;
            }

            int axis = outerDims - 1;
            while (true)
            {
                nint* s = strides + axis * nop;
                if (++index[axis] < shape[axis])
                {
                    for (int op = 0; op < nop; op++)
                    {
                        ptrs[op] += s[op];
                    }

                    break;
                }

                for (int op = 0; op < nop; op++)
                {
                    ptrs[op] -= s[op] * (shape[axis] - 1);
                }

                index[axis] = 0;
                axis--;
            }
        }
    }
}
