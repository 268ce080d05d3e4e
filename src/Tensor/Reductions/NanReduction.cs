namespace ArrayBridge;

/// <summary>
/// NumPy's nan-functions (<c>numpy/lib/nanfunctions.py</c>, 1.24) on top of the reductions: NaN
/// replaced by the operation's neutral value only when the input holds one (NumPy copies every
/// inexact input; an array without NaN is reduced in place here, to the same bits), counts from the
/// NaN mask, and NumPy's order of operations where the bits depend on it (nanmean and nanvar divide
/// by an intp count, so in float64).
/// </summary>
internal static unsafe class NanReduction
{
    /// <summary>Whether NumPy treats the dtype as able to hold NaN (<c>np.inexact</c>).</summary>
    public static bool IsInexact(DType dtype) => dtype.Kind is 'f' or 'c';

    /// <summary>The NaN mask of <paramref name="a"/> when it is inexact and holds a NaN; null otherwise.</summary>
    public static NDArray? NaNMask(NDArray a)
    {
        if (!IsInexact(a.DType))
            return null;
        NDArray mask = NDArray.IsNaN(a);
        if (AnyTrue(mask))
            return mask;
        mask.Dispose();
        return null;
    }

    /// <summary>Whether any element of a bool array is true.</summary>
    public static bool AnyTrue(NDArray mask)
    {
        using NDArray any = NDArray.Any(mask);
        return *(bool*)any.Data;
    }

    /// <summary>A copy of <paramref name="a"/> with <paramref name="value"/> where <paramref name="mask"/> is set (<c>_replace_nan</c>).</summary>
    public static NDArray Replace(NDArray a, NDArray mask, double value) => NDArray.Where(mask, value, a);

    /// <summary>Runs <paramref name="reduce"/> on <paramref name="a"/> with NaN replaced by <paramref name="value"/>.</summary>
    public static NDArray WithNaNAs(NDArray a, double value, Func<NDArray, NDArray> reduce)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        using NDArray? mask = NaNMask(a);
        if (mask is null)
            return reduce(a);
        using NDArray replaced = Replace(a, mask, value);
        return reduce(replaced);
    }

    /// <summary><c>np.nanmin</c>/<c>np.nanmax</c>: <c>fmin.reduce</c>/<c>fmax.reduce</c>, NaN only where every value is NaN.</summary>
    public static NDArray Extreme(NDArray a, Axes axis, NDArray? @out, bool keepdims, Operand? initial, NDArray? where, bool max)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        using NDArray? mask = NaNMask(a);
        if (mask is null)
        {
            try
            {
                return max ? NDArray.Max(a, axis, @out, keepdims, initial, where) : NDArray.Min(a, axis, @out, keepdims, initial, where);
            }
            catch (ArgumentException e) when (e.Message.StartsWith($"zero-size array to reduction operation {(max ? "maximum" : "minimum")} ", StringComparison.Ordinal))
            {
                // NumPy reduces with fmin/fmax, whatever the dtype, and names them.
                ThrowHelper.ThrowArgument($"zero-size array to reduction operation {(max ? "fmax" : "fmin")} which has no identity", nameof(a));
                throw;
            }
        }

        if (where is not null && initial is null)
        {
            ThrowHelper.ThrowArgument($"reduction operation '{(max ? "fmax" : "fmin")}' does not have an identity, so to use a where mask one has to specify 'initial'", nameof(where));
        }

        // The values that count: not NaN, and selected by where=.
        using NDArray valid = NDArray.LogicalNot(mask);
        using NDArray? selected = where is null ? null : NDArray.LogicalAnd(valid, where);
        NDArray use = selected ?? valid;
        Operand start = initial ?? (max ? double.NegativeInfinity : double.PositiveInfinity);
        NDArray result = max ? NDArray.Max(a, axis, @out, keepdims, start, use) : NDArray.Min(a, axis, @out, keepdims, start, use);
        if (initial is not null)
            return result;

        // Lanes with no value left are NaN, as fmin.reduce of all-NaN gives (NumPy warns "All-NaN slice encountered").
        using NDArray anyValid = NDArray.Any(use, axis, keepdims: keepdims);
        using NDArray allNaN = NDArray.LogicalNot(anyValid);
        if (!AnyTrue(allNaN))
            return result;
        FloatingPointStatus.Warn(FloatingPointFlags.Invalid, max ? "nanmax" : "nanmin", "All-NaN slice encountered");
        using NDArray patched = NDArray.Where(allNaN, QuantileReduction.PositiveNaN, result);
        patched.CopyTo(result, Casting.Unsafe);
        return result;
    }

    /// <summary><c>np.nanargmin</c>/<c>np.nanargmax</c>: NaN replaced by ±inf; an all-NaN slice is an error.</summary>
    public static NDArray ArgExtreme(NDArray a, int? axis, NDArray? @out, bool keepdims, bool max)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        // An empty inexact array has empty slices, which NumPy's np.all(isnan) counts as all NaN.
        using NDArray? mask = a.Size == 0 && IsInexact(a.DType) ? NDArray.IsNaN(a) : NaNMask(a);
        if (mask is null)
            return max ? NDArray.ArgMax(a, axis, @out, keepdims) : NDArray.ArgMin(a, axis, @out, keepdims);
        using (NDArray allNaN = NDArray.All(mask, axis is null ? Axes.All : (Axes)axis.Value))
        {
            if (AnyTrue(allNaN))
                ThrowHelper.ThrowArgument("All-NaN slice encountered", nameof(a));
        }

        using NDArray replaced = Replace(a, mask, max ? double.NegativeInfinity : double.PositiveInfinity);
        return max ? NDArray.ArgMax(replaced, axis, @out, keepdims) : NDArray.ArgMin(replaced, axis, @out, keepdims);
    }

    /// <summary><c>np.nanmean</c>: the sum of the non-NaN values divided by their (intp) count.</summary>
    public static NDArray Mean(NDArray a, Axes axis, DType? dtype, NDArray? @out, bool keepdims, NDArray? where)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        if (!IsInexact(a.DType))
            return NDArray.Mean(a, axis, dtype, @out, keepdims, where);
        CheckInexact(dtype, @out);
        using NDArray mask = NDArray.IsNaN(a);
        bool hasNaN = AnyTrue(mask);
        using NDArray? replaced = hasNaN ? Replace(a, mask, 0) : null;
        using NDArray valid = NDArray.LogicalNot(mask);
        using NDArray count = NDArray.Sum(valid, axis, DType.Int64, keepdims: keepdims, where: where);
        NDArray total = NDArray.Sum(replaced ?? a, axis, dtype, @out, keepdims, where: where);
        using (NDArray.ErrState(all: FloatingPointErrorMode.Ignore))
        {
            // NumPy's _divide_by_count: in place, unsafe casting, so float32 / intp runs in float64.
            NDArray.Divide(total, count, @out: total, casting: Casting.Unsafe).ThrowIfDisposed();
        }

        using (NDArray empty = NDArray.Equal(count, 0L))
        {
            if (AnyTrue(empty))
                FloatingPointStatus.Warn(FloatingPointFlags.Invalid, "nanmean", "Mean of empty slice");
        }

        return total;
    }

    /// <summary><c>np.nanvar</c> (and, with <paramref name="std"/>, <c>np.nanstd</c>) in NumPy's order of operations.</summary>
    public static NDArray Var(NDArray a, Axes axis, DType? dtype, NDArray? @out, double ddof, bool keepdims, NDArray? where, bool std)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        if (!IsInexact(a.DType))
            return std ? NDArray.Std(a, axis, dtype, @out, ddof, keepdims, where) : NDArray.Var(a, axis, dtype, @out, ddof, keepdims, where);
        CheckInexact(dtype, @out);
        using NDArray mask = NDArray.IsNaN(a);
        using NDArray valid = NDArray.LogicalNot(mask);
        using NDArray arr = Replace(a, mask, 0);
        using NDArray count = NDArray.Sum(valid, axis, DType.Int64, keepdims: true, where: where);
        using NDArray average = NDArray.Sum(arr, axis, dtype, keepdims: true, where: where);
        NDArray var;
        using (NDArray.ErrState(all: FloatingPointErrorMode.Ignore))
        {
            NDArray.Divide(average, count, @out: average, casting: Casting.Unsafe).ThrowIfDisposed();
            NDArray.Subtract(arr, average, @out: arr, casting: Casting.Unsafe, where: where).ThrowIfDisposed();
            using NDArray zeroed = Replace(arr, mask, 0);
            using NDArray squares = Squares(zeroed, where);
            var = NDArray.Sum(squares, axis, dtype, @out, keepdims, where: where);
            using NDArray counts = keepdims ? count.Reshape(count.Shape) : count.Reshape(var.Shape);
            Operand ddofOperand = ddof == Math.Floor(ddof) && Math.Abs(ddof) < 1e18 ? (Operand)(long)ddof : (Operand)ddof;
            using NDArray dof = NDArray.Subtract(counts, ddofOperand);
            NDArray.Divide(var, dof, @out: var, casting: Casting.Unsafe).ThrowIfDisposed();

            // Degrees of freedom <= 0 give NaN (NumPy warns "Degrees of freedom <= 0 for slice.").
            using NDArray bad = NDArray.LessEqual(dof, 0L);
            if (AnyTrue(bad))
            {
                FloatingPointStatus.Warn(FloatingPointFlags.Invalid, std ? "nanstd" : "nanvar", "Degrees of freedom <= 0 for slice.");
                using NDArray patched = NDArray.Where(bad, QuantileReduction.PositiveNaN, var);
                patched.CopyTo(var, Casting.Unsafe);
            }

            if (std)
                NDArray.Sqrt(var, @out: var).ThrowIfDisposed();
        }

        return var;
    }

    /// <summary><c>arr * arr</c>, or for complex the real part of <c>arr * conj(arr)</c> (re*re + im*im, NumPy's bits).</summary>
    private static NDArray Squares(NDArray arr, NDArray? where)
    {
        if (arr.DType.Kind != 'c')
            return NDArray.Multiply(arr, arr, where: where);
        using NDArray expanded = arr.Reshape([.. arr.Shape, 1]);
        using NDArray contiguous = expanded.Copy();
        using NDArray floats = contiguous.View(DType.Create(arr.DType.Type == ScalarType.Complex64 ? ScalarType.Float32 : ScalarType.Float64));
        using NDArray re = floats["..., 0"];
        using NDArray im = floats["..., 1"];
        using NDArray re2 = NDArray.Multiply(re, re);
        using NDArray im2 = NDArray.Multiply(im, im);
        return NDArray.Add(re2, im2);
    }

    private static void CheckInexact(DType? dtype, NDArray? @out)
    {
        if (dtype is { } d && !IsInexact(d))
            ThrowHelper.ThrowArgument("If a is inexact, then dtype must be inexact", nameof(dtype));
        if (@out is not null && !IsInexact(@out.DType))
            ThrowHelper.ThrowArgument("If a is inexact, then out must be inexact", nameof(@out));
    }
}
