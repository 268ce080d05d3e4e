using System.Numerics;

namespace ArrayBridge;

/// <summary>NumPy's type promotion for ufunc operands (placeholder until the full NEP 50 tables land).</summary>
internal static class Promotion
{
    /// <summary><c>np.result_type</c> under NEP 50.</summary>
    public static DType ResultType(ReadOnlySpan<Operand> operands)
    {
        DType? strong = null;
        int weakKind = 0;
        foreach (ref readonly Operand o in operands)
        {
            if (o.IsWeak)
            {
                weakKind = Math.Max(weakKind, (int)o.Kind);
            }
            else
            {
                strong = strong is { } s ? DType.Promote(s, o.DType) : o.DType;
            }
        }

        if (strong is null)
        {
            return weakKind switch
            {
                (int)OperandKind.WeakInteger => DType.Int64,
                (int)OperandKind.WeakFloat => DType.Float64,
                _ => DType.Complex128,
            };
        }

        return weakKind == 0 ? strong.Value : DType.Promote(strong.Value, WeakDType((OperandKind)weakKind, strong.Value));
    }

    /// <summary>The dtype a weak scalar takes beside operands of common dtype <paramref name="strong"/>.</summary>
    public static DType WeakDType(OperandKind kind, DType strong)
    {
        char k = strong.Kind;
        return kind switch
        {
            OperandKind.WeakInteger => k == 'b' ? DType.Int64 : strong.AsNative(),
            OperandKind.WeakFloat => k is 'f' or 'c' ? strong.AsNative() : DType.Float64,
            _ => k == 'c' ? strong.AsNative() : k == 'f' ? (strong.ItemSize <= 4 ? DType.Complex64 : DType.Complex128) : DType.Complex128,
        };
    }

    /// <summary>Writes a scalar operand converted to <paramref name="target"/>.</summary>
    public static unsafe void WriteScalar(in Operand operand, DType target, byte* destination)
    {
        switch (operand.Kind)
        {
            case OperandKind.WeakInteger:
            {
                long v = operand.Integer;
                if (target.Kind is 'i' or 'u' && target.ItemSize < 8 && (v < (target.Kind == 'u' ? 0 : -(1L << (target.ItemSize * 8 - 1))) || v > (target.Kind == 'u' ? (1L << (target.ItemSize * 8)) - 1 : (1L << (target.ItemSize * 8 - 1)) - 1))
                    || target.Type == ScalarType.UInt64 && v < 0)
                {
                    ThrowHelper.ThrowOverflow($"Python integer {v} out of bounds for {target.Name}");
                }

                Convert(&v, DType.Int64, target, destination);
                return;
            }

            case OperandKind.WeakFloat:
            {
                double v = operand.Real;
                Convert(&v, DType.Float64, target, destination);
                return;
            }

            case OperandKind.WeakComplex:
            {
                Complex v = operand.ComplexValue;
                Convert(&v, DType.Complex128, target, destination);
                return;
            }

            default:
            {
                byte* bytes = stackalloc byte[16];
                operand.CopyTypedBytes(bytes);
                Convert(bytes, operand.DType, target, destination);
                return;
            }
        }
    }

    private static unsafe void Convert(void* source, DType from, DType to, byte* destination)
    {
        nint swaps = to.IsNativeByteOrder ? 0 : CastKernels.SwapDestination;
        CastKernels.Get(from.Type, to.Type)((byte*)source, 0, destination, 0, 1, swaps);
    }
}
