namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    /// <summary>
    /// <c>rng.normal(loc, scale)</c> with array (or scalar) parameters and no size: one draw per
    /// element of the broadcast shape of <paramref name="loc"/> and <paramref name="scale"/>, in C
    /// order, as NumPy's <c>cont()</c> draws. 0-d parameters give a 0-d array holding NumPy's scalar.
    /// Parameters are cast to float64 under NumPy's 'safe' rule.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A scale is negative or -0 ("scale &lt; 0").</exception>
    /// <exception cref="ArgumentException">The shapes do not broadcast ("shape mismatch: objects cannot be
    /// broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (2,).").</exception>
    /// <exception cref="InvalidCastException">A parameter that float64 cannot hold safely (complex:
    /// "Cannot cast array data from dtype('complex128') to dtype('float64') according to the rule 'safe'").</exception>
    public NDArray<double> Normal(Operand loc, Operand scale) => NormalCore(loc, scale, default, hasSize: false);

    /// <summary>
    /// <c>rng.normal(loc, scale, size)</c> with array (or scalar) parameters: the parameters must
    /// broadcast to <paramref name="size"/> ("Output size (3,) is not compatible with broadcast
    /// dimensions of inputs (2, 3)."); the draws fill the result in C order.
    /// </summary>
    /// <inheritdoc cref="Normal(Operand, Operand)"/>
    public NDArray<double> Normal(Operand loc, Operand scale, params ReadOnlySpan<nint> size) => NormalCore(loc, scale, size, hasSize: true);

    /// <summary>
    /// <c>rng.uniform(low, high)</c> with array (or scalar) parameters and no size: <c>low + (high -
    /// low)·U</c> per element of the broadcast shape, in C order. With an array parameter the range
    /// <c>high - low</c> is computed first (NumPy's broadcasting error if the shapes differ) and must
    /// be finite ("Range exceeds valid bounds") and not negative ("high - low &lt; 0"); with 0-d
    /// parameters NumPy's scalar checks apply ("high - low range exceeds valid bounds").
    /// </summary>
    /// <exception cref="ArgumentException">A range that is not finite, or shapes that do not broadcast.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative range ("high - low &lt; 0").</exception>
    /// <exception cref="InvalidCastException">A parameter that float64 cannot hold safely.</exception>
    public NDArray<double> Uniform(Operand low, Operand high) => UniformCore(low, high, default, hasSize: false);

    /// <summary><c>rng.uniform(low, high, size)</c> with array (or scalar) parameters broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="Uniform(Operand, Operand)"/>
    public NDArray<double> Uniform(Operand low, Operand high, params ReadOnlySpan<nint> size) => UniformCore(low, high, size, hasSize: true);

    /// <summary>
    /// <c>rng.exponential(scale)</c> with an array (or scalar) scale and no size: <c>scale·E</c> per
    /// element, in C order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A scale is negative or -0 ("scale &lt; 0").</exception>
    /// <exception cref="InvalidCastException">A scale that float64 cannot hold safely.</exception>
    public NDArray<double> Exponential(Operand scale) => ExponentialCore(scale, default, hasSize: false);

    /// <summary><c>rng.exponential(scale, size)</c> with an array (or scalar) scale broadcast to <paramref name="size"/>.</summary>
    /// <inheritdoc cref="Exponential(Operand)"/>
    /// <exception cref="ArgumentException">The scale does not broadcast to <paramref name="size"/>.</exception>
    public NDArray<double> Exponential(Operand scale, params ReadOnlySpan<nint> size) => ExponentialCore(scale, size, hasSize: true);

    private NDArray<double> NormalCore(Operand loc, Operand scale, ReadOnlySpan<nint> size, bool hasSize)
    {
        using NDArray l = ParameterArray(loc);
        using NDArray s = ParameterArray(scale);
        if (l.NDim == 0 && s.NDim == 0)
        {
            double lv = *(double*)l.Data, sv = *(double*)s.Data;
            return hasSize ? Normal(lv, sv, size) : Scalar(Normal(lv, sv));
        }

        CheckArrayNonNegative(s, "scale", nameof(scale));
        NDArray<double> result = Output(size, hasSize, l, s);
        try
        {
            using NDArray lb = Expand(l, result), sb = Expand(s, result);
            double* p = (double*)result.Data, a = (double*)lb.Data, b = (double*)sb.Data;
            ref Pcg64Core state = ref _bitGenerator.Core;
            Pcg64Core core = state;
            for (nint i = 0, n = result.Size; i < n; i++)
            {
                p[i] = a[i] + b[i] * Distributions.StandardNormal(ref core, ref state);
            }

            state = core;
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private NDArray<double> UniformCore(Operand low, Operand high, ReadOnlySpan<nint> size, bool hasSize)
    {
        using NDArray lo = ParameterArray(low);
        using NDArray hi = ParameterArray(high);
        if (lo.NDim == 0 && hi.NDim == 0)
        {
            double lv = *(double*)lo.Data, hv = *(double*)hi.Data;
            return hasSize ? Uniform(lv, hv, size) : Scalar(Uniform(lv, hv));
        }

        using NDArray range = NDArray.Subtract(hi, lo);
        double* r = (double*)range.Data;
        for (nint i = 0, n = range.Size; i < n; i++)
        {
            if (!double.IsFinite(r[i]))
                ThrowHelper.ThrowArgument("Range exceeds valid bounds", nameof(high));
        }

        CheckArrayNonNegative(range, "high - low", nameof(high));
        NDArray<double> result = Output(size, hasSize, lo, range);
        try
        {
            using NDArray lb = Expand(lo, result), rb = Expand(range, result);
            double* p = (double*)result.Data, a = (double*)lb.Data, b = (double*)rb.Data;
            ref Pcg64Core state = ref _bitGenerator.Core;
            Pcg64Core core = state;
            for (nint i = 0, n = result.Size; i < n; i++)
            {
                p[i] = a[i] + b[i] * core.NextDouble();
            }

            state = core;
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private NDArray<double> ExponentialCore(Operand scale, ReadOnlySpan<nint> size, bool hasSize)
    {
        using NDArray s = ParameterArray(scale);
        if (s.NDim == 0)
        {
            double sv = *(double*)s.Data;
            return hasSize ? Exponential(sv, size) : Scalar(Exponential(sv));
        }

        CheckArrayNonNegative(s, "scale", nameof(scale));
        NDArray<double> result = Output(size, hasSize, s, null);
        try
        {
            using NDArray sb = Expand(s, result);
            double* p = (double*)result.Data, b = (double*)sb.Data;
            ref Pcg64Core state = ref _bitGenerator.Core;
            Pcg64Core core = state;
            for (nint i = 0, n = result.Size; i < n; i++)
            {
                p[i] = b[i] * Distributions.StandardExponential(ref core, ref state);
            }

            state = core;
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>NumPy's <c>PyArray_FROM_OTF(x, NPY_DOUBLE, NPY_ALIGNED)</c>: a native C-contiguous float64 copy, cast under the 'safe' rule.</summary>
    private static NDArray ParameterArray(Operand x)
    {
        if (x.Array is { } array)
        {
            array.ThrowIfDisposed();
            return ToFloat64(array);
        }

        // A Python complex reaches float() itself; any other scalar is the 0-d array NumPy makes of it.
        if (x.Kind == OperandKind.WeakComplex)
            ThrowHelper.ThrowRandomComplexParameter();
        using NDArray scalar = NDArray.Empty(x.DType, []);
        x.CopyTypedBytes(scalar.Data);
        return ToFloat64(scalar);
    }

    private static NDArray ToFloat64(NDArray array)
    {
        if (!DType.CanCast(array.DType, DType.Float64, Casting.Safe))
            ThrowHelper.ThrowRandomParameterCast(array.DType);
        return array.AsType(DType.Float64, Casting.Safe, ArrayOrder.C);
    }

    private static NDArray<double> Scalar(double value)
    {
        NDArray<double> result = NDArray.Empty<double>([]);
        *(double*)result.Data = value;
        return result;
    }

    // NumPy's check_array_constraint(CONS_NON_NEGATIVE): any(~isnan(v) & signbit(v)), so -0.0 is refused and NaN passes.
    private static void CheckArrayNonNegative(NDArray values, string name, string paramName)
    {
        double* v = (double*)values.Data;
        for (nint i = 0, n = values.Size; i < n; i++)
        {
            if (double.IsNegative(v[i]) && !double.IsNaN(v[i]))
                ThrowHelper.ThrowNegativeParameter(name, paramName);
        }
    }

    /// <summary>
    /// The output of NumPy's <c>cont_broadcast_*</c>: of <paramref name="size"/>, or of the
    /// parameters' broadcast shape; the output and parameters must then broadcast together (the
    /// multi-iterator's mismatch message) to exactly the output's shape.
    /// </summary>
    private static NDArray<double> Output(ReadOnlySpan<nint> size, bool hasSize, NDArray a, NDArray? b)
    {
        nint[] shape;
        if (hasSize)
        {
            shape = size.ToArray();
        }
        else
        {
            shape = b is null ? (nint[])a.ShapeArray.Clone() : BroadcastShape([a.ShapeArray, b.ShapeArray]);
        }

        NDArray<double> result = NDArray.Empty<double>(shape);
        try
        {
            nint[] iterated = b is null ? BroadcastShape([result.ShapeArray, a.ShapeArray]) : BroadcastShape([result.ShapeArray, a.ShapeArray, b.ShapeArray]);
            if (!iterated.AsSpan().SequenceEqual(result.ShapeArray))
                ThrowHelper.ThrowArgument($"Output size {Layout.Format(result.ShapeArray)} is not compatible with broadcast dimensions of inputs {Layout.Format(iterated)}.", "size");
            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    /// <summary>NumPy's <c>PyArray_Broadcast</c>: the broadcast shape, or its mismatch error naming the argument that set the dimension and the one that conflicts.</summary>
    private static nint[] BroadcastShape(ReadOnlySpan<nint[]> shapes)
    {
        int nd = 0;
        foreach (nint[] s in shapes)
            nd = Math.Max(nd, s.Length);
        var result = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            result[i] = 1;
            int source = -1;
            for (int j = 0; j < shapes.Length; j++)
            {
                int k = i + shapes[j].Length - nd;
                if (k < 0 || shapes[j][k] == 1)
                    continue;
                if (result[i] == 1)
                {
                    result[i] = shapes[j][k];
                    source = j;
                }
                else if (result[i] != shapes[j][k])
                {
                    ThrowHelper.ThrowArgument($"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg {source} with shape {Layout.Format(shapes[source])} and arg {j} with shape {Layout.Format(shapes[j])}.", "size");
                }
            }
        }

        return result;
    }

    /// <summary>A parameter laid out element for element beside the output (C order), so the draw loop reads it sequentially.</summary>
    private static NDArray Expand(NDArray parameter, NDArray output)
    {
        if (parameter.ShapeArray.AsSpan().SequenceEqual(output.ShapeArray))
            return parameter.Copy(ArrayOrder.C);
        using NDArray view = parameter.BroadcastTo(output.ShapeArray);
        return view.Copy(ArrayOrder.C);
    }
}
