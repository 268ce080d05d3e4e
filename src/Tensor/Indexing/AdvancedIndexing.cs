using System.Numerics;

namespace ArrayBridge;

/// <summary>The gather (get) and scatter (set) of an <see cref="IndexPlan"/>.</summary>
internal static unsafe class AdvancedIndexing
{
    /// <summary>The indexing result: a new array of <see cref="IndexPlan.ResultShape"/>.</summary>
    public static NDArray Gather(IndexPlan plan)
    {
        NDArray view = plan.View;
        int item = view.ItemSize;
        int nd = plan.BroadcastShape.Length;
        nint[] ordered = [.. plan.BroadcastShape, .. plan.SubShape];
        NDArray r = NDArray.Empty(view.DType, ordered);
        try
        {
            if (r.Size > 0)
            {
                GatherInto(plan, r.Data, item);
            }

            GC.KeepAlive(view);
            if (plan.Prefix == 0)
            {
                return r;
            }

            // B in place behind the leading subspace axes: the B-major buffer seen transposed,
            // as NumPy returns it.
            return r.Transpose(ToResultOrder(plan.Prefix, nd, ordered.Length));
        }
        finally
        {
            if (plan.Prefix != 0)
            {
                r.Dispose();
            }
        }
    }

    private static void GatherInto(IndexPlan plan, byte* dst, int item)
    {
        NDArray view = plan.View;
        nint outer = plan.Outer;
        if (plan.Positions.Length == 1 && plan.SubShape.Length == 0)
        {
            IndexKernels.Gather(view.Data, view.StridesArray[plan.AdvancedAxes[0]], plan.Positions[0], dst, outer, item);
            return;
        }

        nint subCount = 1;
        foreach (nint n in plan.SubShape)
        {
            subCount *= n;
        }

        nint subBytes = subCount * item;
        bool contiguous = (Layout.Contiguity(plan.SubShape, plan.SubStrides, item) & ArrayFlags.CContiguous) != 0;
        nint[] dstStrides = Layout.NewStrides(plan.SubShape, item, fortran: false);
        byte* src = view.Data;
        for (nint o = 0; o < outer; o++, dst += subBytes)
        {
            byte* s = src + plan.OffsetOf(o);
            if (contiguous)
            {
                Buffer.MemoryCopy(s, dst, subBytes, subBytes);
            }
            else
            {
                StridedCopy.Copy(s, plan.SubStrides, dst, dstStrides, plan.SubShape, item);
            }
        }
    }

    /// <summary>Writes <paramref name="values"/> (already in the view's dtype) through the plan.</summary>
    public static void Scatter(IndexPlan plan, NDArray values, string paramName)
    {
        NDArray view = plan.View;
        nint[] result = plan.ResultShape;
        NDArray source = BroadcastValues(values, result, paramName);
        try
        {
            if (plan.Outer == 0 || source.Size == 0)
            {
                return;
            }

            int nd = plan.BroadcastShape.Length;
            if (plan.Prefix != 0)
            {
                NDArray t = source.Transpose(ToBMajorOrder(plan.Prefix, nd, result.Length));
                source.Dispose();
                source = t;
            }

            if (NDArray.MayOverlap(source, view))
            {
                // The values read the array being written: NumPy copies them first too.
                NDArray copy = source.Copy(ArrayOrder.C);
                source.Dispose();
                source = copy;
            }

            ScatterFrom(plan, source, nd);
            GC.KeepAlive(view);
        }
        finally
        {
            source.Dispose();
        }
    }

    private static void ScatterFrom(IndexPlan plan, NDArray source, int nd)
    {
        NDArray view = plan.View;
        int item = view.ItemSize;
        nint outer = plan.Outer;
        nint[] srcStrides = source.StridesArray;
        if (plan.Positions.Length == 1 && plan.SubShape.Length == 0 && nd == 1)
        {
            IndexKernels.Scatter(source.Data, srcStrides[0], plan.Positions[0], view.Data, view.StridesArray[plan.AdvancedAxes[0]], outer, item);
            return;
        }

        // An odometer over B walks the values' B axes while o counts positions.
        nint[] b = plan.BroadcastShape;
        Span<nint> counter = stackalloc nint[Math.Max(nd, 1)];
        counter.Clear();
        ReadOnlySpan<nint> subSrcStrides = srcStrides.AsSpan(nd);
        byte* s = source.Data;
        byte* dstBase = view.Data;
        for (nint o = 0; o < outer; o++)
        {
            byte* d = dstBase + plan.OffsetOf(o);
            if (plan.SubShape.Length == 0)
            {
                Buffer.MemoryCopy(s, d, item, item);
            }
            else
            {
                StridedCopy.Copy(s, subSrcStrides, d, plan.SubStrides, plan.SubShape, item);
            }

            for (int k = nd - 1; k >= 0; k--)
            {
                s += srcStrides[k];
                if (++counter[k] < b[k])
                {
                    break;
                }

                s -= srcStrides[k] * b[k];
                counter[k] = 0;
            }
        }
    }

    /// <summary>
    /// <paramref name="values"/> broadcast to the indexing result, after dropping leading length-1
    /// axes beyond its rank as NumPy's setitem does.
    /// </summary>
    public static NDArray BroadcastValues(NDArray values, nint[] result, string paramName)
    {
        nint[] shape = values.ShapeArray;
        int drop = 0;
        while (shape.Length - drop > result.Length && shape[drop] == 1)
        {
            drop++;
        }

        if (!Layout.CanBroadcastTo(shape.AsSpan(drop), result))
        {
            ThrowHelper.ThrowValueBroadcast(shape, result, paramName);
        }

        if (drop == 0)
        {
            return values.BroadcastTo(result);
        }

        using NDArray squeezed = values.Reshape(shape[drop..]);
        return squeezed.BroadcastTo(result);
    }

    /// <summary>The permutation that moves the B axes of a B-major array to position <paramref name="prefix"/>.</summary>
    public static int[] ToResultOrder(int prefix, int nd, int rank)
    {
        var perm = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            perm[i] = i < prefix ? nd + i : i < prefix + nd ? i - prefix : i;
        }

        return perm;
    }

    /// <summary>The inverse of <see cref="ToResultOrder"/>: result order to B-major.</summary>
    public static int[] ToBMajorOrder(int prefix, int nd, int rank)
    {
        var perm = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            perm[i] = i < nd ? prefix + i : i < nd + prefix ? i - nd : i;
        }

        return perm;
    }

    /// <summary>
    /// The value of an assignment as an array of <paramref name="dtype"/>: arrays cast unsafely, as
    /// NumPy's setitem casts; scalars converted the same way, except that a weak integer that the
    /// integer dtype cannot hold is NumPy 2's OverflowError.
    /// </summary>
    public static NDArray ValueArray(Operand value, DType dtype, string paramName)
    {
        switch (value.Kind)
        {
            case OperandKind.Array:
            {
                NDArray a = value.Array!;
                a.ThrowIfDisposed();
                return a.DType == dtype ? a.ShareView() : a.AsType(dtype, Casting.Unsafe);
            }

            case OperandKind.WeakInteger:
            {
                long v = value.Integer;
                if (dtype.Kind is 'i' or 'u' && !FitsInteger(v, dtype))
                {
                    ThrowHelper.ThrowPythonIntegerOutOfBounds(v, dtype);
                }

                using NDArray<long> s = NDArray.Full<long>([], v);
                return s.AsType(dtype, Casting.Unsafe);
            }

            case OperandKind.WeakFloat:
            {
                using NDArray<double> s = NDArray.Full<double>([], value.Real);
                return s.AsType(dtype, Casting.Unsafe);
            }

            case OperandKind.WeakComplex:
            {
                using NDArray<Complex> s = NDArray.Full<Complex>([], value.ComplexValue);
                return s.AsType(dtype, Casting.Unsafe);
            }

            case OperandKind.Typed:
            {
                using NDArray s = NDArray.Empty(value.DType, []);
                value.CopyTypedBytes(s.Data);
                return s.AsType(dtype, Casting.Unsafe);
            }

            default:
                return ThrowHelper.ThrowArgument<NDArray>("the value is a default Operand, neither an array nor a scalar", paramName);
        }
    }

    private static bool FitsInteger(long v, DType dtype)
    {
        int bits = dtype.ItemSize * 8;
        if (dtype.Kind == 'u')
        {
            return v >= 0 && (bits == 64 || v < 1L << bits);
        }

        return bits == 64 || (v >= -(1L << (bits - 1)) && v < 1L << (bits - 1));
    }
}
