namespace ArrayBridge;

/// <summary>
/// NumPy 2's comparisons of integer arrays with Python integers that the array's dtype cannot hold
/// (special_integer_comparisons.cpp): <c>uint8_arr == 300</c> is all False, <c>uint8_arr &lt; 300</c>
/// all True, <c>int8_arr &gt; -1000</c> all True. NEP 50 would convert the scalar to the array's dtype
/// and overflow, so these are answered before the engine: the value's side of the dtype's range
/// decides every element.
/// </summary>
internal static class ComparisonShortcut
{
    /// <summary>
    /// The result of <paramref name="comparison"/> (<see cref="Ufuncs.Equal"/> ... <see cref="Ufuncs.GreaterEqual"/>)
    /// on an integer operand and an out-of-range weak integer, or null when the operands are
    /// anything else (the engine then resolves them as usual).
    /// </summary>
    public static NDArray? TryCompare(Ufunc comparison, in Operand x1, in Operand x2, NDArray? @out, NDArray? where, DType? dtype, Casting casting, ArrayOrder order)
    {
        if (dtype is { } requested && requested.Type != ScalarType.Bool)
        {
            return null;
        }

        // +1: x1 is below every value x2 can hold, -1: above; NumPy's "value_range" from the array's side.
        int side;
        Operand other;
        if (x2.Kind == OperandKind.WeakInteger && IsInteger(x1))
        {
            side = Side(x2.Integer, x1.DType);
            other = x1;
        }
        else if (x1.Kind == OperandKind.WeakInteger && IsInteger(x2))
        {
            side = -Side(x1.Integer, x2.DType);
            other = x2;
        }
        else
        {
            return null;
        }

        if (side == 0)
        {
            return null;
        }

        bool answer = comparison.Name switch
        {
            "equal" => false,
            "not_equal" => true,
            "less" or "less_equal" => side > 0,
            "greater" or "greater_equal" => side < 0,
            _ => ThrowHelper.ThrowArgument<bool>($"{comparison.Name} is not a comparison", nameof(comparison)),
        };

        // The constant over the broadcast shape, with out/where/casting/order handled by the engine:
        // on integers x == x always holds and x != x never does.
        Ufunc constant = answer ? Ufuncs.Equal : Ufuncs.NotEqual;
        return constant.Call(other, other, @out, where, null, casting, order);
    }

    private static bool IsInteger(in Operand operand) =>
        !operand.IsWeak && operand.Kind != OperandKind.None && operand.DType.Kind is 'i' or 'u';

    /// <summary>1 if <paramref name="value"/> is above <paramref name="dtype"/>'s range, -1 below, 0 inside.</summary>
    private static int Side(long value, DType dtype)
    {
        int bits = dtype.ItemSize * 8;
        if (dtype.Kind == 'u')
        {
            return value < 0 ? -1 : bits < 64 && value > (long)((1UL << bits) - 1) ? 1 : 0;
        }

        if (bits == 64)
        {
            return 0;
        }

        long max = (1L << (bits - 1)) - 1;
        return value > max ? 1 : value < -max - 1 ? -1 : 0;
    }
}
