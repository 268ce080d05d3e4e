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
    private const int WeakKinds = 3;

    private static readonly int Int64Index = DType.Int64.TypeIndex;
    private static readonly int Float64Index = DType.Float64.TypeIndex;
    private static readonly int Complex128Index = DType.Complex128.TypeIndex;

    // WeakTable[(weak kind - 1) * TypeCount + strong index]: the type index a weak scalar of the
    // kind (1 int, 2 float, 3 complex) gives alongside a strong dtype.
    private static readonly byte[] WeakTable = BuildWeakTable();

    /// <summary>
    /// The dtype of a ufunc's inputs taken together: <c>np.result_type(*operands)</c> under NEP 50
    /// (NumPy 2; NumPy 1.24 after <c>np._set_promotion_state('weak')</c>). Always in native byte
    /// order; with weak scalars only, int64, float64 or complex128 by the highest weak kind.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="operands"/> is empty ("at least one array or dtype is required") or holds a
    /// <c>default</c> <see cref="Operand"/>.
    /// </exception>
    public static DType ResultType(ReadOnlySpan<Operand> operands)
    {
        if (operands.IsEmpty)
        {
            ThrowHelper.ThrowArgument("at least one array or dtype is required", nameof(operands));
        }

        int strong = -1;
        int weak = 0;
        for (int i = 0; i < operands.Length; i++)
        {
            ref readonly Operand operand = ref operands[i];
            OperandKind kind = operand.Kind;
            if (kind is OperandKind.Array or OperandKind.Typed)
            {
                int index = operand.DType.TypeIndex;
                strong = strong < 0 ? index : DType.PromoteIndices(strong, index);
            }
            else if (kind is OperandKind.WeakInteger or OperandKind.WeakFloat or OperandKind.WeakComplex)
            {
                weak = Math.Max(weak, WeakRank(kind));
            }
            else
            {
                ThrowEmptyOperand(i);
            }
        }

        if (strong < 0)
        {
            return DType.FromTypeIndex(weak == 1 ? Int64Index : weak == 2 ? Float64Index : Complex128Index);
        }

        // The first operand alone still goes through the table, which canonicalizes its byte order.
        int result = weak == 0 ? DType.PromoteIndices(strong, strong) : WeakTable[(weak - 1) * DType.TypeCount + strong];
        return DType.FromTypeIndex(result);
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

        return DType.FromTypeIndex(WeakTable[(WeakRank(kind) - 1) * DType.TypeCount + strong.TypeIndex]);
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

    // 1 for a weak int, 2 for a weak float, 3 for a weak complex: NumPy's kind order among them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WeakRank(OperandKind kind) => kind - OperandKind.WeakInteger + 1;

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
    private static void ThrowEmptyOperand(int index) =>
        ThrowHelper.ThrowArgument($"operand {index} is a default Operand, which holds neither an array nor a scalar", "operands");

    private static byte[] BuildWeakTable()
    {
        var table = new byte[WeakKinds * DType.TypeCount];
        int complex64 = DType.Complex64.TypeIndex;
        for (int s = 0; s < DType.TypeCount; s++)
        {
            char kind = DType.FromTypeIndex(s).Kind;
            bool boolOrInteger = kind is 'b' or 'i' or 'u';

            // PyLongDType keeps any integer, float or complex and gives bool the default integer.
            table[s] = (byte)(kind == 'b' ? Int64Index : s);

            // PyFloatDType keeps floats and complexes and gives bool and integers the default float.
            table[DType.TypeCount + s] = (byte)(boolOrInteger ? Float64Index : s);

            // PyComplexDType gives bool and integers the default complex, and a float the complex of
            // its own precision, promote_types(float, complex64).
            table[2 * DType.TypeCount + s] = (byte)(boolOrInteger ? Complex128Index
                : kind == 'f' ? DType.PromoteIndices(s, complex64)
                : s);
        }

        return table;
    }
}
