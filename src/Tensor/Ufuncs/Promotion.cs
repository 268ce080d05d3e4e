using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// NumPy 2's type promotion of ufunc operands (NEP 50): <c>np.result_type</c> over arrays, typed
/// scalars and weak Python-like scalars, and the conversion of a scalar operand to the dtype of the
/// loop that consumes it.
/// </summary>
/// <remarks>
/// Arrays and typed scalars (<see cref="OperandKind.Array"/>, <see cref="OperandKind.Typed"/>)
/// promote in full with <see cref="DType.Promote"/>, whatever their shape or value: a 0-d array
/// and a NumPy scalar count as their dtype. Weak scalars only bring their kind: the strong dtype
/// stays when its kind is at least theirs, else they pick the dtype NumPy's abstract Python
/// DTypes choose (<c>common_dtype</c> of <c>PyLongDType</c>, <c>PyFloatDType</c>,
/// <c>PyComplexDType</c>). Every method is table lookups and allocates nothing.
/// </remarks>
internal static class Promotion
{
    // DType codes: 0..13 a concrete dtype's TypeIndex, then NumPy's abstract Python-scalar DTypes.
    private const int PyLong = DType.TypeCount, PyFloat = PyLong + 1, PyComplex = PyLong + 2, CodeCount = PyLong + 3;
    private const sbyte NotImplemented = -1;

    private static readonly int Int64Index = DType.Int64.TypeIndex;
    private static readonly int Float64Index = DType.Float64.TypeIndex;
    private static readonly int Complex128Index = DType.Complex128.TypeIndex;

    // Slots[a * CodeCount + b]: NumPy's one-sided __common_dtype__ slot of DType a asked about b
    // (default_builtin_common_dtype and the abstract int/float/complex ones), or NotImplemented.
    private static readonly sbyte[] Slots = BuildSlots();

    // Pairs[a * CodeCount + b]: the promotion of a two-DType sequence, with abstract results
    // already replaced by their default dtype.
    private static readonly byte[] Pairs = BuildPairs();

    /// <summary>
    /// The dtype of a ufunc's inputs taken together: <c>np.result_type(*operands)</c> under NEP 50
    /// (NumPy 2; NumPy 1.24 after <c>np._set_promotion_state('weak')</c>). Always in native byte
    /// order; with weak scalars only, int64, float64 or complex128 by the highest weak kind.
    /// </summary>
    /// <remarks>
    /// With three or more operands this is NumPy's <c>PyArray_PromoteDTypeSequence</c>, step by
    /// step, not a fold of <see cref="DType.Promote"/>: promote_types is not associative
    /// (int8, uint16, float16 folds to float64, NumPy's result_type gives float32), and NumPy
    /// lets the "most knowledgeable" DType (highest type number, float16 last) promote the others.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// <paramref name="operands"/> is empty ("at least one array or dtype is required") or holds a
    /// <c>default</c> <see cref="Operand"/>.
    /// </exception>
    public static DType ResultType(ReadOnlySpan<Operand> operands)
    {
        switch (operands.Length)
        {
            case 0:
                ThrowHelper.ThrowArgument("at least one array or dtype is required", nameof(operands));
                return default;
            case 1:
                return DType.FromTypeIndex(Pairs[Code(operands[0], 0) * (CodeCount + 1)]);
            case 2:
                return DType.FromTypeIndex(Pairs[Code(operands[0], 0) * CodeCount + Code(operands[1], 1)]);
            default:
                return operands.Length <= 64 ? Sequence(operands, stackalloc sbyte[operands.Length]) : Sequence(operands, new sbyte[operands.Length]);
        }
    }

    private static DType Sequence(ReadOnlySpan<Operand> operands, Span<sbyte> codes)
    {
        for (int i = 0; i < operands.Length; i++)
        {
            codes[i] = (sbyte)Code(operands[i], i);
        }

        return DType.FromTypeIndex(Pairs[PromoteSequence(codes) * (CodeCount + 1)]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Code(in Operand operand, int position) => operand.Kind switch
    {
        OperandKind.Array or OperandKind.Typed => operand.DType.TypeIndex,
        OperandKind.WeakInteger => PyLong,
        OperandKind.WeakFloat => PyFloat,
        OperandKind.WeakComplex => PyComplex,
        _ => ThrowEmptyOperand(position),
    };

    private static bool IsAbstract(int code) => code >= PyLong;

    private static int Slot(int a, int b) => Slots[a * CodeCount + b];

    // PyArray_CommonDType: a's slot, else b's.
    private static int Common(int a, int b)
    {
        if (a == b)
        {
            return a;
        }

        int r = Slot(a, b);
        return r != NotImplemented ? r : Slot(b, a);
    }

    /// <summary>
    /// NumPy's <c>PyArray_PromoteDTypeSequence</c> over DType codes (reordered and cleared in
    /// place, as NumPy does to its copy): pairwise reduction to the most knowledgeable DType, which
    /// then promotes every other one.
    /// </summary>
    private static int PromoteSequence(Span<sbyte> d)
    {
        // reduce_dtypes_to_most_knowledgeable, its recursion unrolled.
        int length = d.Length, res;
        while (true)
        {
            int half = length / 2;
            res = NotImplemented;
            for (int low = 0; low < half; low++)
            {
                int high = length - 1 - low;
                if (d[high] == d[low])
                {
                    res = d[low];
                }
                else
                {
                    if (IsAbstract(d[high]))
                    {
                        // Priority inversion: the abstract DType first, so that it can defer.
                        (d[low], d[high]) = (d[high], d[low]);
                    }

                    res = Slot(d[low], d[high]);
                }

                if (res == NotImplemented)
                {
                    (d[low], d[high]) = (d[high], d[low]);
                }

                if (res == d[low])
                {
                    d[high] = NotImplemented; // cannot change the result any more
                }
            }

            if (length == 2)
            {
                break;
            }

            length -= half;
        }

        int main = d[0];
        int result = res;
        int start = res == NotImplemented ? 1 : 2;
        for (int i = start; i < d.Length; i++)
        {
            if (d[i] == NotImplemented)
            {
                continue;
            }

            int promotion = Slot(main, d[i]);
            if (promotion == NotImplemented)
            {
                // Unreachable for NumPy's numeric DTypes; kept as NumPy's DTypePromotionError.
                ThrowHelper.ThrowInvalidOperation("no common dtype exists for the given inputs");
            }

            result = result == NotImplemented ? promotion : Common(result, promotion);
        }

        return result;
    }

    /// <summary>
    /// The dtype a weak scalar of <paramref name="kind"/> takes next to operands whose common dtype
    /// is <paramref name="strong"/>: <paramref name="strong"/> (in native order) when its kind is at
    /// least the scalar's, else int64 for an int beside bool, float64 for a float beside bool or
    /// integers, complex128 for a complex beside bool or integers, and the complex of a float's
    /// precision beside a float (complex64 for float16 and float32).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a weak kind.</exception>
    public static DType WeakDType(OperandKind kind, DType strong)
    {
        if (kind is not (OperandKind.WeakInteger or OperandKind.WeakFloat or OperandKind.WeakComplex))
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(kind), $"'{kind}' is not a weak scalar kind.");
        }

        return DType.FromTypeIndex(Pairs[strong.TypeIndex * CodeCount + PyLong + (kind - OperandKind.WeakInteger)]);
    }

    /// <summary>
    /// Writes a scalar operand's value converted to <paramref name="target"/>, in
    /// <paramref name="target"/>'s byte order, at <paramref name="destination"/>
    /// (<paramref name="target"/>'s item size bytes, no alignment needed), as NumPy converts the
    /// scalar for a loop of that dtype.
    /// </summary>
    /// <remarks>
    /// A typed scalar casts as <c>np.array(value).astype(target)</c> does (C casts: integers wrap,
    /// floats truncate). A weak integer must fit an integer target, as NumPy 2 requires
    /// (<c>np.asarray(300, dtype=np.int8)</c> raises); a bool target takes "not zero", a float or
    /// complex target <c>float(value)</c> rounded to the target's precision. A weak float rounds
    /// to a float16 or float32 target (1e300 becomes inf). Conversions promotion never asks for,
    /// which <c>casting='unsafe'</c> with a <c>dtype=</c> can (a weak float into an integer or bool
    /// dtype, a weak complex into a real one), cast as <c>np.array(value).astype(target)</c>.
    /// </remarks>
    /// <exception cref="OverflowException">
    /// A weak integer outside an integer target's range ("Python integer 300 out of bounds for int8").
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="operand"/> is an array or a <c>default</c> operand.</exception>
    public static unsafe void WriteScalar(in Operand operand, DType target, byte* destination)
    {
        nint swap = target.IsNativeByteOrder ? 0 : CastKernels.SwapDestination;
        ScalarType to = target.Type;
        switch (operand.Kind)
        {
            case OperandKind.Typed:
            {
                Complex bytes;
                operand.CopyTypedBytes((byte*)&bytes);
                CastKernels.Get(operand.DType.Type, to)((byte*)&bytes, 0, destination, 0, 1, swap);
                return;
            }

            case OperandKind.WeakInteger:
            {
                long value = operand.Integer;
                if (!IsInteger(to))
                {
                    // Python's float(int) first, correctly rounded, then the narrowing: NumPy's
                    // setitem for float16, float32 and complex64 goes through a C double.
                    double asDouble = value;
                    CastKernels.Get(ScalarType.Float64, to)((byte*)&asDouble, 0, destination, 0, 1, swap);
                    return;
                }

                if (!Fits(value, to))
                {
                    ThrowHelper.ThrowPythonIntegerOutOfBounds(value, target);
                }

                CastKernels.Get(ScalarType.Int64, to)((byte*)&value, 0, destination, 0, 1, swap);
                return;
            }

            case OperandKind.WeakFloat:
            {
                double value = operand.Real;
                CastKernels.Get(ScalarType.Float64, to)((byte*)&value, 0, destination, 0, 1, swap);
                return;
            }

            case OperandKind.WeakComplex:
            {
                Complex value = operand.ComplexValue;
                CastKernels.Get(ScalarType.Complex128, to)((byte*)&value, 0, destination, 0, 1, swap);
                return;
            }

            default:
                ThrowHelper.ThrowArgument("the operand is not a scalar: only a scalar operand has a value to write", nameof(operand));
                return;
        }
    }

    private static bool IsInteger(ScalarType type) => type is ScalarType.Int8 or ScalarType.UInt8 or ScalarType.Int16
        or ScalarType.UInt16 or ScalarType.Int32 or ScalarType.UInt32 or ScalarType.Int64 or ScalarType.UInt64;

    private static bool Fits(long value, ScalarType type) => type switch
    {
        ScalarType.Int8 => value is >= sbyte.MinValue and <= sbyte.MaxValue,
        ScalarType.UInt8 => value is >= 0 and <= byte.MaxValue,
        ScalarType.Int16 => value is >= short.MinValue and <= short.MaxValue,
        ScalarType.UInt16 => value is >= 0 and <= ushort.MaxValue,
        ScalarType.Int32 => value is >= int.MinValue and <= int.MaxValue,
        ScalarType.UInt32 => value is >= 0 and <= uint.MaxValue,
        ScalarType.UInt64 => value >= 0,
        _ => true,
    };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ThrowEmptyOperand(int index) =>
        ThrowHelper.ThrowArgument<int>($"operand {index} is a default Operand, which holds neither an array nor a scalar", "operands");

    private static sbyte[] BuildSlots()
    {
        var slots = new sbyte[CodeCount * CodeCount];
        for (int a = 0; a < CodeCount; a++)
        {
            for (int b = 0; b < CodeCount; b++)
            {
                slots[a * CodeCount + b] = (sbyte)(IsAbstract(a) ? AbstractSlot(a, b) : BuiltinSlot(a, b));
            }
        }

        return slots;
    }

    // default_builtin_common_dtype (dtypemeta.c).
    private static int BuiltinSlot(int cls, int other)
    {
        DType c = DType.FromTypeIndex(cls);
        char kind = c.Kind;
        switch (other)
        {
            case PyComplex:
                return kind == 'c' ? cls
                    : c.Type is ScalarType.Float16 or ScalarType.Float32 ? DType.Complex64.TypeIndex
                    : c.Type == ScalarType.Float64 ? Complex128Index
                    : NotImplemented;
            case PyFloat:
                return kind is 'c' or 'f' ? cls : NotImplemented;
            case PyLong:
                return kind is 'c' or 'f' or 'i' or 'u' ? cls : NotImplemented;
        }

        // The larger type number handles the pair (float16, number 23, comes last).
        return DType.FromTypeIndex(other).NumPyTypeNumber > c.NumPyTypeNumber ? NotImplemented : DType.PromoteIndices(cls, other);
    }

    // int_common_dtype, float_common_dtype and complex_common_dtype (abstractdtypes.c).
    private static int AbstractSlot(int cls, int other)
    {
        if (IsAbstract(other))
        {
            // A higher Python kind absorbs a lower one: float with int, complex with int or float.
            return other < cls ? cls : NotImplemented;
        }

        char kind = DType.FromTypeIndex(other).Kind;
        bool boolOrInteger = kind is 'b' or 'i' or 'u';
        return cls switch
        {
            PyLong => kind == 'b' ? Int64Index : other,
            PyFloat => boolOrInteger ? Float64Index : other,
            _ => boolOrInteger ? Complex128Index
                : kind == 'c' ? other
                : DType.FromTypeIndex(other).Type == ScalarType.Float64 ? Complex128Index
                : DType.Complex64.TypeIndex,
        };
    }

    private static byte[] BuildPairs()
    {
        var pairs = new byte[CodeCount * CodeCount];
        Span<sbyte> two = stackalloc sbyte[2];
        for (int a = 0; a < CodeCount; a++)
        {
            for (int b = 0; b < CodeCount; b++)
            {
                int r;
                if (a == b)
                {
                    r = a; // a sequence of one DType is that DType
                }
                else
                {
                    two[0] = (sbyte)a;
                    two[1] = (sbyte)b;
                    r = PromoteSequence(two);
                }

                // An abstract result means Python scalars only: their default dtypes.
                pairs[a * CodeCount + b] = (byte)(r == PyLong ? Int64Index : r == PyFloat ? Float64Index : r == PyComplex ? Complex128Index : r);
            }
        }

        return pairs;
    }
}
