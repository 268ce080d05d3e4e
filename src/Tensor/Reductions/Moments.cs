
namespace ArrayBridge;

/// <summary>
/// Reductions NumPy writes in Python on top of <c>ufunc.reduce</c> (numpy/core/_methods.py and
/// numeric.py): mean, var/std, ptp and count_nonzero, following the same steps so dtypes, warnings
/// and rounding agree.
/// </summary>
internal static unsafe class Moments
{
    /// <summary>NumPy's <c>_mean</c>.</summary>
    public static NDArray Mean(NDArray a, Axes axis, DType? dtype, NDArray? @out, bool keepdims, NDArray? where)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        DType? sumType = dtype;
        bool half = false;
        if (dtype is null)
        {
            if (a.DType.Kind is 'b' or 'i' or 'u')
            {
                sumType = DType.Float64;
            }
            else if (a.DType.Type == ScalarType.Float16)
            {
                sumType = DType.Float32;
                half = true;
            }
        }

        NDArray? counts = Count(a, axis, keepdims, where, out nint count);
        try
        {
            if (counts is null ? count == 0 : AnyZero(counts, 0))
            {
                FloatingPointStatus.Warn(FloatingPointFlags.Invalid, "mean", "Mean of empty slice.");
            }

            NDArray ret = Reduction.Reduce(ReduceOp.Add, a, axis, sumType, @out, keepdims, null, where);
            try
            {
                if (counts is null)
                {
                    DivideByCount(ret, count, scalar: @out is null && ret.NDim == 0);
                }
                else
                {
                    NDArray.Divide(ret, counts, @out: ret, casting: Casting.Unsafe);
                }

                if (half && @out is null)
                {
                    NDArray cast = ret.AsType(DType.Float16);
                    ret.Dispose();
                    return cast;
                }

                return ret;
            }
            catch
            {
                if (@out is null)
                {
                    ret.Dispose();
                }

                throw;
            }
        }
        finally
        {
            counts?.Dispose();
        }
    }

    /// <summary>NumPy's <c>_var</c>, and <c>_std</c> when <paramref name="sqrt"/>.</summary>
    public static NDArray Var(NDArray a, Axes axis, DType? dtype, NDArray? @out, double ddof, bool keepdims, NDArray? where, bool sqrt)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        NDArray? counts = Count(a, axis, keepdims, where, out nint count);
        var temporaries = new List<NDArray>(4);
        if (counts is not null)
        {
            temporaries.Add(counts);
        }

        try
        {
            if (counts is null ? ddof >= count : AnyAtMost(counts, ddof))
            {
                FloatingPointStatus.Warn(FloatingPointFlags.Invalid, sqrt ? "std" : "var", "Degrees of freedom <= 0 for slice");
            }

            if (dtype is null && a.DType.Kind is 'b' or 'i' or 'u')
            {
                dtype = DType.Float64;
            }

            NDArray mean = Reduction.Reduce(ReduceOp.Add, a, axis, dtype, null, keepdims: true, null, where);
            temporaries.Add(mean);
            if (counts is null)
            {
                NDArray.Divide(mean, count, @out: mean, casting: Casting.Unsafe);
            }
            else
            {
                NDArray keptCounts = keepdims ? counts : KeepDims(counts, mean.ShapeArray);
                if (!ReferenceEquals(keptCounts, counts))
                {
                    temporaries.Add(keptCounts);
                }

                NDArray.Divide(mean, keptCounts, @out: mean, casting: Casting.Unsafe);
            }

            NDArray x = NDArray.Subtract(a, mean);
            temporaries.Add(x);
            if (x.DType.Kind == 'c')
            {
                x = AbsSquared(x);
                temporaries.Add(x);
            }
            else
            {
                NDArray.Multiply(x, x, @out: x);
            }

            NDArray ret = Reduction.Reduce(ReduceOp.Add, x, axis, dtype, @out, keepdims, null, where);
            try
            {
                if (counts is null)
                {
                    double dof = Math.Max(count - ddof, 0);
                    if (dof == Math.Floor(dof) && dof < long.MaxValue)
                    {
                        DivideByCount(ret, (long)dof, scalar: @out is null && ret.NDim == 0);
                    }
                    else
                    {
                        NDArray.Divide(ret, dof, @out: ret, casting: Casting.Unsafe);
                    }
                }
                else
                {
                    using NDArray less = ddof == Math.Floor(ddof) ? NDArray.Subtract(counts, (long)ddof) : NDArray.Subtract(counts, ddof);
                    using NDArray dof = NDArray.Maximum(less, 0);
                    NDArray.Divide(ret, dof, @out: ret, casting: Casting.Unsafe);
                }

                if (sqrt)
                {
                    NDArray.Sqrt(ret, @out: ret);
                }

                return ret;
            }
            catch
            {
                if (@out is null)
                {
                    ret.Dispose();
                }

                throw;
            }
        }
        finally
        {
            foreach (NDArray t in temporaries)
            {
                t.Dispose();
            }
        }
    }

    /// <summary>
    /// Divides a result by an element count as NumPy 1.24's <c>_mean</c>/<c>_var</c> do: an array
    /// result through <c>true_divide(ret, n, out=ret)</c>, where the count takes the array's dtype;
    /// a full reduction's scalar through scalar division (<c>ret.dtype.type(ret / n)</c>), where
    /// the count's smallest unsigned type promotes with the result's dtype, so a float16 or float32
    /// sum over more than 65535 or 2^32 elements divides in float32 or float64 before rounding back.
    /// </summary>
    private static void DivideByCount(NDArray ret, long count, bool scalar)
    {
        DType? compute = null;
        if (scalar && ret.DType.Kind is 'f' or 'c')
        {
            DType countType = count <= byte.MaxValue ? DType.UInt8 : count <= ushort.MaxValue ? DType.UInt16 : count <= uint.MaxValue ? DType.UInt32 : DType.UInt64;
            DType promoted = DType.Promote(ret.DType, countType);
            if (promoted.Type != ret.DType.Type)
            {
                compute = promoted;
            }
        }

        NDArray.Divide(ret, count, @out: ret, dtype: compute, casting: Casting.Unsafe);
    }

    /// <summary>NumPy's <c>_ptp</c>: <c>subtract(max, min, out)</c>.</summary>
    public static NDArray Ptp(NDArray a, Axes axis, NDArray? @out, bool keepdims)
    {
        NDArray max = Reduction.Reduce(ReduceOp.Maximum, a, axis, null, @out, keepdims, null, null);
        try
        {
            using NDArray min = Reduction.Reduce(ReduceOp.Minimum, a, axis, null, null, keepdims, null, null);
            return NDArray.Subtract(max, min, @out: max);
        }
        catch
        {
            if (@out is null)
            {
                max.Dispose();
            }

            throw;
        }
    }

    /// <summary>NumPy's <c>count_nonzero</c>: the truth values summed as intp.</summary>
    public static NDArray CountNonzero(NDArray a, Axes axis, bool keepdims)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        if (a.DType.Type == ScalarType.Bool)
        {
            return Reduction.Reduce(ReduceOp.Add, a, axis, DType.Int64, null, keepdims, null, null);
        }

        using NDArray truth = a.AsType(DType.Bool, Casting.Unsafe, ArrayOrder.K);
        return Reduction.Reduce(ReduceOp.Add, truth, axis, DType.Int64, null, keepdims, null, null);
    }

    /// <summary>
    /// NumPy's <c>_count_reduce_items</c>: without a mask the product of the reduced lengths (in
    /// <paramref name="count"/>, returning null), with one the mask summed as intp per result element.
    /// </summary>
    private static NDArray? Count(NDArray a, Axes axis, bool keepdims, NDArray? where, out nint count)
    {
        count = 0;
        if (where is null)
        {
            int nd = a.NDim;
            Span<bool> reduced = stackalloc bool[nd + 1];
            axis.Normalize(nd, reduced);
            nint items = 1;
            for (int i = 0; i < nd; i++)
            {
                if (reduced[i])
                {
                    items *= a.Shape[i];
                }
            }

            count = items;
            return null;
        }

        where.ThrowIfDisposed();
        if (where.DType.Type != ScalarType.Bool)
        {
            throw new InvalidCastException($"Cannot cast array data from dtype('{where.DType}') to dtype('bool') according to the rule 'safe'");
        }

        NDArray mask;
        try
        {
            mask = where.BroadcastTo(a.Shape);
        }
        catch (ArgumentException)
        {
            ThrowHelper.ThrowArgument(
                $"operands could not be broadcast together with remapped shapes [original->remapped]: {Broadcasting.Format(a.Shape)} {Broadcasting.Format(where.Shape)} ",
                nameof(where));
            throw;
        }

        using (mask)
        {
            return Reduction.Reduce(ReduceOp.Add, mask, axis, DType.Int64, null, keepdims, null, null);
        }
    }

    /// <summary><paramref name="counts"/> reshaped to the keepdims shape of the mean.</summary>
    private static NDArray KeepDims(NDArray counts, nint[] shape)
    {
        NDArray c = counts.IsCContiguous ? counts : counts.Copy(ArrayOrder.C);
        try
        {
            return c.Reshape(shape);
        }
        finally
        {
            if (!ReferenceEquals(c, counts))
            {
                c.Dispose();
            }
        }
    }

    private static bool AnyZero(NDArray counts, long value)
    {
        using NDArray c = counts.Copy(ArrayOrder.C);
        var span = new ReadOnlySpan<long>(c.Data, (int)c.Size);
        return span.Contains(value);
    }

    private static bool AnyAtMost(NDArray counts, double ddof)
    {
        using NDArray c = counts.Copy(ArrayOrder.C);
        foreach (long n in new ReadOnlySpan<long>(c.Data, (int)c.Size))
        {
            if (ddof >= n)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>re² + im²</c> of a complex array, each square rounded, as NumPy's fast path for var of complex.</summary>
    private static NDArray AbsSquared(NDArray x)
    {
        using NDArray c = x.IsCContiguous ? x.ShareView() : x.Copy(ArrayOrder.C);
        bool single = x.DType.Type == ScalarType.Complex64;
        NDArray r = NDArray.Empty(single ? DType.Float32 : DType.Float64, x.Shape);
        nint n = x.Size;
        if (single)
        {
            var src = (float*)c.Data;
            var dst = (float*)r.Data;
            for (nint i = 0; i < n; i++)
            {
                float re = src[2 * i], im = src[2 * i + 1];
                float rr = re * re, ii = im * im;
                dst[i] = rr + ii;
            }
        }
        else
        {
            var src = (double*)c.Data;
            var dst = (double*)r.Data;
            for (nint i = 0; i < n; i++)
            {
                double re = src[2 * i], im = src[2 * i + 1];
                double rr = re * re, ii = im * im;
                dst[i] = rr + ii;
            }
        }

        return r;
    }

}
