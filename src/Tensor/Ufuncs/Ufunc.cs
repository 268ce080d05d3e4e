using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// A universal function (<c>numpy.ufunc</c>): a name, the number of inputs, the typed inner loops
/// in NumPy's order (<c>ufunc.types</c>) and the rules that pick one for given operands. Calling it
/// resolves the loop, broadcasts the operands, allocates or checks the output and hands the
/// element-wise work to <see cref="UfuncExecutor"/>.
/// </summary>
internal sealed class Ufunc
{
    // Type numbers run below 24; the resolved loop for each input type combination of a one- or
    // two-input ufunc, plus one (0: not resolved yet). A race only resolves the same entry twice.
    private const int TypeNumbers = 24;
    private readonly int[]? _resolved;

    public Ufunc(string name, int nin, UfuncLoop[] loops, UfuncRules rules = UfuncRules.None, string? boolMessage = null)
    {
        Name = name;
        NIn = nin;
        Loops = loops;
        Rules = rules;
        BoolMessage = boolMessage;
        _resolved = nin <= 2 ? new int[nin == 1 ? TypeNumbers : TypeNumbers * TypeNumbers] : null;
    }

    /// <summary>NumPy's name (<c>ufunc.__name__</c>), used in every message.</summary>
    public string Name { get; }

    /// <summary>The number of inputs (<c>ufunc.nin</c>); every ufunc here has one output.</summary>
    public int NIn { get; }

    /// <summary>The typed loops in NumPy's search order.</summary>
    public UfuncLoop[] Loops { get; }

    /// <summary>Resolution rules beyond the linear search.</summary>
    public UfuncRules Rules { get; }

    /// <summary>NumPy's message for all-bool inputs under <see cref="UfuncRules.RefuseBool"/>.</summary>
    public string? BoolMessage { get; }

    /// <summary>
    /// Elements from which the work is split across cores. Element-wise arithmetic is bound by
    /// memory, so only large operations gain; costly functions (exp, sin) lower it.
    /// </summary>
    public nint ParallelThreshold { get; init; } = 1 << 18;

    /// <summary>
    /// Whether the loops never raise floating-point errors (NumPy's
    /// <c>NPY_METH_NO_FLOATINGPOINT_ERRORS</c>: comparisons, maximum-like and logical ufuncs), so the
    /// engine ignores the FPU's flags: vector compares may set the invalid flag on NaN, which NumPy
    /// never reports for them. Software flags a kernel sets by hand (NumPy's C compare of a complex
    /// NaN that does raise invalid) are still reported.
    /// </summary>
    public bool NoFloatingPointErrors { get; init; }

    /// <summary>A one-input call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NDArray Call(Operand x, NDArray? @out, NDArray? where, DType? dtype, Casting casting, ArrayOrder order) =>
        Invoke([x], @out, where, dtype, casting, order);

    /// <summary>A two-input call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NDArray Call(Operand x1, Operand x2, NDArray? @out, NDArray? where, DType? dtype, Casting casting, ArrayOrder order) =>
        Invoke([x1, x2], @out, where, dtype, casting, order);

    /// <summary>A three-input call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NDArray Call(Operand x1, Operand x2, Operand x3, NDArray? @out, NDArray? where, DType? dtype, Casting casting, ArrayOrder order) =>
        Invoke([x1, x2, x3], @out, where, dtype, casting, order);

    /// <summary>Calls the ufunc (<c>ufunc.__call__</c>) with NumPy's keywords.</summary>
    public NDArray Invoke(ReadOnlySpan<Operand> inputs, NDArray? @out, NDArray? where, DType? dtype, Casting casting, ArrayOrder order)
    {
        if (inputs.Length != NIn)
        {
            ThrowHelper.ThrowArgument($"{Name}() takes {NIn} positional inputs, got {inputs.Length}");
        }

        EnumChecks.Check(casting);
        EnumChecks.Check(order);
        foreach (ref readonly Operand input in inputs)
        {
            if (input.Kind == OperandKind.None)
            {
                ThrowHelper.ThrowArgument($"{Name}(): an input is a default Operand, neither an array nor a scalar");
            }

            input.Array?.ThrowIfDisposed();
        }

        @out?.ThrowIfDisposed();
        where?.ThrowIfDisposed();
        if (dtype is { } requested && !requested.IsNativeByteOrder)
        {
            ThrowHelper.ThrowArgument(
                "The `dtype` and `signature` arguments to ufuncs only select the general DType and not details such as the byte order or time unit. You can avoid this error by using the scalar types `np.float64` or the dtype string notation.",
                nameof(dtype));
        }

        ref readonly UfuncLoop loop = ref Loops[ResolveLoop(inputs, dtype, casting)];
        return UfuncExecutor.Execute(this, in loop, inputs, @out, where, casting, order);
    }

    /// <summary>
    /// Picks the loop for the operands' dtypes, as NumPy does: weak scalars take the dtype NEP 50
    /// gives them beside the other operands, then the first loop every input casts to safely wins
    /// (<c>linear_search_type_resolver</c>), unless <paramref name="dtype"/> fixes the output type.
    /// Inputs must then cast to the loop's types under <paramref name="casting"/>.
    /// </summary>
    internal int ResolveLoop(ReadOnlySpan<Operand> inputs, DType? dtype, Casting casting)
    {
        Span<DType> types = stackalloc DType[inputs.Length];
        ResolveInputTypes(inputs, types);
        if ((Rules & UfuncRules.TruthPromotion) != 0 && (dtype is null || dtype.Value.Type == ScalarType.Bool) && !HasExactLoop(inputs, types))
        {
            // A cast to bool is the truth value, so NumPy casts every input to the bool loop whatever
            // the casting rule; a Python scalar is converted by its truth value, never range-checked.
            return 0;
        }

        int key = -1;
        if (dtype is null && _resolved is not null)
        {
            key = types.Length == 1 ? (int)types[0].Type : (int)types[0].Type * TypeNumbers + (int)types[1].Type;
            int cached = _resolved[key] - 1;
            if (cached >= 0 && CastsUnder(inputs, types, Loops[cached], casting))
            {
                return cached;
            }
        }

        // NumPy refuses the resolved bool loop, so dtype=bool is refused with the same message.
        if ((Rules & UfuncRules.RefuseBool) != 0 && (AllOfKind(types, "b") || dtype?.Type == ScalarType.Bool))
        {
            ThrowHelper.ThrowArgument(BoolMessage!);
        }

        int found = -1;
        if (dtype is { } fixedType)
        {
            found = FindLoopWithOutput(fixedType.Type, types, casting);
            if (found < 0 && (Rules & (UfuncRules.Uniform | UfuncRules.UniformSignature)) != 0 && types[0].Kind != 'c')
            {
                ThrowHelper.ThrowArgument($"ufunc '{Name}' did not contain a loop with signature matching types {DTypeClass(types[0])} -> {DTypeClass(fixedType)}");
            }

            if (found < 0)
            {
                ThrowHelper.ThrowArgument($"No loop matching the specified signature and casting was found for ufunc {Name}");
            }
        }
        else if ((Rules & UfuncRules.IntegersToFloat64) != 0 && AllOfKind(types, "biu"))
        {
            found = FindLoopWithOutput(ScalarType.Float64, types, Casting.Unsafe);
        }
        else
        {
            found = LinearSearch(types);
            if ((Rules & UfuncRules.Uniform) != 0 && found >= 0 && Loops[found].Types[0] != types[0].Type)
            {
                ThrowHelper.ThrowArgument($"ufunc '{Name}' did not contain a loop with signature matching types {DTypeClass(types[0])} -> None");
            }
        }

        if (found < 0)
        {
            ThrowHelper.ThrowArgument(
                $"ufunc '{Name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
        }

        // NumPy converts Python scalars to the loop's types (resolve_descriptors) before it validates
        // the other inputs' casting, so a scalar that cannot convert is the error reported.
        CheckWeakScalars(inputs, Loops[found].DTypes);
        if (!CastsUnder(inputs, types, Loops[found], casting))
        {
            DType[] loopTypes = Loops[found].DTypes;
            for (int i = 0; i < inputs.Length; i++)
            {
                if (!inputs[i].IsWeak && !DType.CanCast(types[i], loopTypes[i], casting))
                {
                    ThrowCastError("input", i, types[i], loopTypes[i], casting);
                }
            }
        }

        if (key >= 0)
        {
            _resolved![key] = found + 1;
        }

        return found;
    }

    /// <summary>
    /// Refuses what NumPy's setitem refuses when it puts a Python scalar into a loop type: an integer
    /// outside an integer type (<see cref="OverflowException"/>), a complex into a real or integer
    /// type, NaN or infinity into an integer type, with Python's own messages.
    /// </summary>
    private static unsafe void CheckWeakScalars(ReadOnlySpan<Operand> inputs, DType[] loopTypes)
    {
        byte* scratch = stackalloc byte[16];
        for (int i = 0; i < inputs.Length; i++)
        {
            DType to = loopTypes[i];
            bool integer = to.Kind is 'i' or 'u';
            switch (inputs[i].Kind)
            {
                case OperandKind.WeakInteger when integer:
                    Promotion.WriteScalar(in inputs[i], to, scratch); // throws NumPy's out-of-bounds OverflowException
                    break;
                case OperandKind.WeakFloat when integer && double.IsNaN(inputs[i].Real):
                    ThrowHelper.ThrowArgument("cannot convert float NaN to integer");
                    break;
                case OperandKind.WeakFloat when integer && double.IsInfinity(inputs[i].Real):
                    ThrowHelper.ThrowOverflow("cannot convert float infinity to integer");
                    break;
                case OperandKind.WeakComplex when integer:
                    ThrowHelper.ThrowInvalidCast("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
                    break;
                case OperandKind.WeakComplex when to.Kind == 'f':
                    // A silent drop of the imaginary part would be a wrong answer: Python's float() refuses it.
                    ThrowHelper.ThrowInvalidCast("float() argument must be a string or a real number, not 'complex'");
                    break;
            }
        }
    }

    /// <summary>NumPy 2's printed DType class, as its resolver messages show it: <c>&lt;class 'numpy.dtypes.Float64DType'&gt;</c>.</summary>
    private static string DTypeClass(DType dtype)
    {
        string name = dtype.Type == ScalarType.Bool ? "Bool" : string.Concat(char.ToUpperInvariant(dtype.Name[0]).ToString(), dtype.Name.AsSpan(1));
        if (dtype.Kind == 'u')
        {
            name = "UInt" + dtype.Name[4..];
        }

        return $"<class 'numpy.dtypes.{name}DType'>";
    }

    /// <summary>Whether every input converts to the loop's type under <paramref name="casting"/>.</summary>
    private static bool CastsUnder(ReadOnlySpan<Operand> inputs, ReadOnlySpan<DType> types, in UfuncLoop loop, Casting casting)
    {
        DType[] loopTypes = loop.DTypes;
        for (int i = 0; i < types.Length; i++)
        {
            // A weak scalar is converted by value (NEP 50), never refused by the casting rule.
            if (types[i] != loopTypes[i] && !inputs[i].IsWeak && !DType.CanCast(types[i], loopTypes[i], casting))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The dtype each input takes part in resolution with (NEP 50 for weak scalars).</summary>
    private static void ResolveInputTypes(ReadOnlySpan<Operand> inputs, Span<DType> types)
    {
        // Arrays and NumPy scalars only (the common case): their own dtypes, nothing to promote.
        int strong = 0;
        for (; strong < inputs.Length && !inputs[strong].IsWeak; strong++)
        {
            types[strong] = inputs[strong].DType;
        }

        if (strong == inputs.Length)
        {
            return;
        }

        bool anyStrong = false, anyWeak = false;
        DType common = default;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].IsWeak)
            {
                anyWeak = true;
                continue;
            }

            DType t = inputs[i].DType;
            types[i] = t;
            common = anyStrong ? DType.Promote(common, t) : t;
            anyStrong = true;
        }

        if (!anyWeak)
        {
            return;
        }

        DType allWeak = anyStrong ? default : Promotion.ResultType(inputs);
        for (int i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].IsWeak)
            {
                types[i] = anyStrong ? Promotion.WeakDType(inputs[i].Kind, common) : allWeak;
            }
        }
    }

    /// <summary>
    /// Whether some loop takes exactly the inputs' dtypes (byte order aside), as NumPy's dispatcher
    /// matches registered loops before it tries a promoter. A Python scalar (weak) matches none: its
    /// DType is abstract.
    /// </summary>
    private bool HasExactLoop(ReadOnlySpan<Operand> inputs, ReadOnlySpan<DType> types)
    {
        foreach (ref readonly Operand input in inputs)
        {
            if (input.IsWeak)
            {
                return false;
            }
        }

        foreach (UfuncLoop loop in Loops)
        {
            bool exact = true;
            for (int i = 0; i < types.Length && exact; i++)
            {
                exact = types[i].Type == loop.DTypes[i].Type;
            }

            if (exact)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllOfKind(ReadOnlySpan<DType> types, string kinds)
    {
        foreach (DType t in types)
        {
            if (!kinds.Contains(t.Kind))
            {
                return false;
            }
        }

        return true;
    }

    private int LinearSearch(ReadOnlySpan<DType> types)
    {
        UfuncLoop[] loops = Loops;
        for (int l = 0; l < loops.Length; l++)
        {
            if (InputsCast(loops[l].DTypes, types, Casting.Safe))
            {
                return l;
            }
        }

        return -1;
    }

    /// <summary>
    /// The loop for <c>dtype=</c> (NumPy's <c>signature=(None, ..., dtype)</c>, resolved as
    /// <c>type_tuple_type_resolver</c> does): the first loop with that output type whose inputs cast
    /// under <paramref name="casting"/> but no looser than safe; failing that, the loop whose types are
    /// all <paramref name="output"/>, whose inputs' casting is validated (and refused) afterwards.
    /// </summary>
    private int FindLoopWithOutput(ScalarType output, ReadOnlySpan<DType> types, Casting casting)
    {
        UfuncLoop[] loops = Loops;
        Casting inputCasting = casting > Casting.Safe ? Casting.Safe : casting;
        int homogeneousLoop = -1;
        for (int l = 0; l < loops.Length; l++)
        {
            ScalarType[] lt = loops[l].Types;
            if (lt[^1] != output)
            {
                continue;
            }

            // Comparisons under dtype=bool take their dd->? loop here, not ??->?.
            if (InputsCast(loops[l].DTypes, types, inputCasting))
            {
                return l;
            }

            bool homogeneous = true;
            for (int i = 0; i < lt.Length - 1; i++)
            {
                homogeneous &= lt[i] == output;
            }

            if (homogeneous && homogeneousLoop < 0)
            {
                homogeneousLoop = l;
            }
        }

        return homogeneousLoop;
    }

    private static bool InputsCast(DType[] loopTypes, ReadOnlySpan<DType> types, Casting casting)
    {
        for (int i = 0; i < types.Length; i++)
        {
            if (types[i].Type != loopTypes[i].Type && !DType.CanCast(types[i], loopTypes[i], casting))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>NumPy's <c>_UFuncInputCastingError</c> / <c>_UFuncOutputCastingError</c> text.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    internal void ThrowCastError(string side, int index, DType from, DType to, Casting casting)
    {
        // NumPy numbers the input only when there is more than one (_UFuncInputCastingError).
        string operand = side == "input" ? (NIn == 1 ? "input" : $"input {index}") : "output";
        throw new InvalidCastException(
            $"Cannot cast ufunc '{Name}' {operand} from dtype('{from}') to dtype('{to}') with casting rule '{CastingNames.Of(casting)}'");
    }

    /// <inheritdoc/>
    public override string ToString() => $"<ufunc '{Name}'>";
}
