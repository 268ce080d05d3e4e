using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// <c>np.add.accumulate</c> and <c>np.multiply.accumulate</c> as <c>np.cumsum</c> and
/// <c>np.cumprod</c> call them: the input is cast (unsafely, as NumPy's accumulate does) to the
/// accumulator dtype in a C-ordered result, which is then accumulated in place along the axis.
/// </summary>
internal static unsafe class Accumulate
{
    /// <summary>The two accumulating operations.</summary>
    internal enum Operation
    {
        /// <summary><c>np.add</c>.</summary>
        Add,

        /// <summary><c>np.multiply</c>.</summary>
        Multiply,
    }

    /// <summary>
    /// NumPy's accumulator dtype when neither <c>dtype=</c> nor <c>out=</c> gives one: add and multiply
    /// promote bool and integers narrower than a C long to int64 (uint64 for unsigned), anything else
    /// keeps its type, in native byte order.
    /// </summary>
    public static DType DefaultDType(DType input)
    {
        if (input.Type == ScalarType.Bool)
            return DType.Create(ScalarType.Int64);
        if (input.Kind == 'i' && input.ItemSize < 8)
            return DType.Create(ScalarType.Int64);
        if (input.Kind == 'u' && input.ItemSize < 8)
            return DType.Create(ScalarType.UInt64);
        return DType.Create(input.Type);
    }

    /// <summary>Runs the accumulation; see <see cref="NDArray.CumSum(NDArray, int?, DType?, NDArray?)"/>.</summary>
    public static NDArray Run(NDArray a, int? axis, DType? dtype, NDArray? @out, Operation operation)
    {
        ArgumentNullException.ThrowIfNull(a);
        a.ThrowIfDisposed();
        @out?.ThrowIfDisposed();
        // With out= and no dtype=, NumPy resolves the loop from the operands (out, a) as the ufunc
        // itself would, so a float16 input accumulates in float64 into a float64 out.
        DType loop = DType.Create((dtype ?? (@out is null ? DefaultDType(a.DType) : DType.Promote(@out.DType, a.DType))).Type);

        // axis=None accumulates the C-order flattening; a 0-d array accumulates as one element.
        int ax;
        nint[] resultShape;
        if (axis is null || a.NDim == 0)
        {
            if (axis is { } given)
                Axes.NormalizeOne(given, 1);
            resultShape = [a.Size];
            ax = 0;
        }
        else
        {
            ax = Axes.NormalizeOne(axis.Value, a.NDim);
            resultShape = a.Shape.ToArray();
        }

        if (@out is not null)
            CheckOut(@out, resultShape, loop);

        NDArray result = NDArray.Empty(loop, resultShape);
        try
        {
            if (result.Size > 0)
            {
                if (axis is null || a.NDim == 0)
                {
                    using NDArray shaped = result.Reshape(a.Shape);
                    a.CopyTo(shaped, Casting.Unsafe);
                }
                else
                {
                    a.CopyTo(result, Casting.Unsafe);
                }

                nint outer = 1, inner = 1;
                for (int i = 0; i < ax; i++)
                    outer *= resultShape[i];
                for (int i = ax + 1; i < resultShape.Length; i++)
                    inner *= resultShape[i];
                Dispatch(loop.Type, operation, result.Data, outer, resultShape[ax], inner);
            }

            if (@out is null)
                return result;
            result.CopyTo(@out, Casting.Unsafe);
        }
        catch
        {
            result.Dispose();
            throw;
        }

        result.Dispose();
        return @out;
    }

    private static void CheckOut(NDArray @out, nint[] resultShape, DType loop)
    {
        if (@out.Shape.SequenceEqual(resultShape))
            return;

        // NumPy checks a one-dimensional accumulation's out itself unless out needs a cast, when the
        // iterator's broadcast check speaks first; other ranks reach the iterator when ndim agrees.
        bool iteratorChecks = resultShape.Length == 1 ? @out.NDim == 1 && @out.DType.Type != loop.Type : @out.NDim == resultShape.Length;
        if (!iteratorChecks)
            ThrowHelper.ThrowArgument("provided out is the wrong size for the accumulation.", "out");
        string outShape = Layout.Format(@out.Shape), shape = Layout.Format(resultShape);
        ThrowHelper.ThrowArgument(
            $"operands could not be broadcast together with remapped shapes [original->remapped]: {outShape.Replace(" ", "", StringComparison.Ordinal)}->{outShape.Replace(" ", "", StringComparison.Ordinal)} {shape.Replace(" ", "", StringComparison.Ordinal)}->{shape.Replace(" ", "", StringComparison.Ordinal)} ",
            "out");
    }

    private static void Dispatch(ScalarType type, Operation operation, byte* data, nint outer, nint n, nint inner)
    {
        if (operation == Operation.Add)
        {
            switch (type)
            {
                case ScalarType.Bool: AccumulateLoop<bool, LogicalOrKernel>.Run(data, outer, n, inner); break;
                case ScalarType.Int8: AccumulateLoop<sbyte, AddKernel<sbyte>>.Run(data, outer, n, inner); break;
                case ScalarType.UInt8: AccumulateLoop<byte, AddKernel<byte>>.Run(data, outer, n, inner); break;
                case ScalarType.Int16: AccumulateLoop<short, AddKernel<short>>.Run(data, outer, n, inner); break;
                case ScalarType.UInt16: AccumulateLoop<ushort, AddKernel<ushort>>.Run(data, outer, n, inner); break;
                case ScalarType.Int32: AccumulateLoop<int, AddKernel<int>>.Run(data, outer, n, inner); break;
                case ScalarType.UInt32: AccumulateLoop<uint, AddKernel<uint>>.Run(data, outer, n, inner); break;
                case ScalarType.Int64: AccumulateLoop<long, AddKernel<long>>.Run(data, outer, n, inner); break;
                case ScalarType.UInt64: AccumulateLoop<ulong, AddKernel<ulong>>.Run(data, outer, n, inner); break;
                case ScalarType.Float16: AccumulateLoop<Half, HalfThroughSingleKernel<AddKernel<float>>>.Run(data, outer, n, inner); break;
                case ScalarType.Float32: AccumulateLoop<float, AddKernel<float>>.Run(data, outer, n, inner); break;
                case ScalarType.Float64: AccumulateLoop<double, AddKernel<double>>.Run(data, outer, n, inner); break;
                case ScalarType.Complex64: AccumulateLoop<Complex64, Complex64AddKernel>.Run(data, outer, n, inner); break;
                default: AccumulateLoop<Complex, AddKernel<Complex>>.Run(data, outer, n, inner); break;
            }

            return;
        }

        switch (type)
        {
            case ScalarType.Bool: AccumulateLoop<bool, LogicalAndKernel>.Run(data, outer, n, inner); break;
            case ScalarType.Int8: AccumulateLoop<sbyte, MultiplyKernel<sbyte>>.Run(data, outer, n, inner); break;
            case ScalarType.UInt8: AccumulateLoop<byte, MultiplyKernel<byte>>.Run(data, outer, n, inner); break;
            case ScalarType.Int16: AccumulateLoop<short, MultiplyKernel<short>>.Run(data, outer, n, inner); break;
            case ScalarType.UInt16: AccumulateLoop<ushort, MultiplyKernel<ushort>>.Run(data, outer, n, inner); break;
            case ScalarType.Int32: AccumulateLoop<int, MultiplyKernel<int>>.Run(data, outer, n, inner); break;
            case ScalarType.UInt32: AccumulateLoop<uint, MultiplyKernel<uint>>.Run(data, outer, n, inner); break;
            case ScalarType.Int64: AccumulateLoop<long, MultiplyKernel<long>>.Run(data, outer, n, inner); break;
            case ScalarType.UInt64: AccumulateLoop<ulong, MultiplyKernel<ulong>>.Run(data, outer, n, inner); break;
            case ScalarType.Float16: AccumulateLoop<Half, HalfThroughSingleKernel<MultiplyKernel<float>>>.Run(data, outer, n, inner); break;
            case ScalarType.Float32: AccumulateLoop<float, MultiplyKernel<float>>.Run(data, outer, n, inner); break;
            case ScalarType.Float64: AccumulateLoop<double, MultiplyKernel<double>>.Run(data, outer, n, inner); break;
            case ScalarType.Complex64: AccumulateLoop<Complex64, Complex64MultiplyKernel>.Run(data, outer, n, inner); break;
            default: AccumulateLoop<Complex, ComplexMultiplyKernel>.Run(data, outer, n, inner); break;
        }
    }
}
