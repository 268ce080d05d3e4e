using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>
/// One call of a ufunc as both sides make it: inputs (arrays, or weak scalars as <see cref="long"/>,
/// <see cref="double"/> or <see cref="Complex"/>), the keywords, and the arrays to dispose after.
/// A case with an output is built twice from its factory (one world per side) because the call
/// writes into it; a case without one shares its inputs with NumPy, which only reads them.
/// </summary>
internal sealed class UfuncCase : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public UfuncCase(string label, params object[] inputs)
    {
        Label = label;
        Inputs = inputs;
    }

    public string Label { get; }

    public object[] Inputs { get; }

    public NDArray? Out { get; init; }

    public NDArray? Where { get; init; }

    public DType? DType { get; init; }

    public Casting Casting { get; init; } = Casting.SameKind;

    public ArrayOrder Order { get; init; } = ArrayOrder.K;

    /// <summary>Run under <c>np.errstate(all='raise')</c> (else floating-point errors are ignored).</summary>
    public bool RaiseFloatingPointErrors { get; init; }

    /// <summary>
    /// With <see cref="RaiseFloatingPointErrors"/>: underflow ignored on both sides
    /// (<c>np.errstate(all='raise', under='ignore')</c>), for the functions listed in
    /// <see cref="UlpAllowances.UnderflowNotCompared"/>.
    /// </summary>
    public bool IgnoreUnderflow { get; init; }

    /// <summary>A new output under a where mask: NumPy leaves the masked-out elements uninitialized, so only the others compare.</summary>
    public bool MaskedOnly { get; init; }

    /// <summary>
    /// The values are undefined in C and differ between machines (floats out of an integer type's
    /// range, cast unsafely): only the outcome and dtype compare.
    /// </summary>
    public bool ValuesUndefined { get; init; }

    /// <summary>Whether the call writes into arrays the case owns, so each side needs its own copy.</summary>
    public bool Writes => Out is not null;

    /// <summary>Takes <paramref name="arrays"/> (arrays, or what owns them) to dispose with the case.</summary>
    public UfuncCase Own(params IDisposable[] arrays)
    {
        _owned.AddRange(arrays);
        return this;
    }

    public Operand[] Operands() => Inputs.Select(x => x switch
    {
        NDArray a => (Operand)a,
        long l => (Operand)l,
        double d => (Operand)d,
        Complex z => (Operand)z,
        _ => throw new InvalidOperationException($"unsupported input {x.GetType()}"),
    }).ToArray();

    public override string ToString() => $"{Label} [{string.Join(", ", Inputs.Select(Describe))}]" +
        (Out is null ? "" : $" out={Describe(Out)}") + (Where is null ? "" : $" where={Describe(Where)}") +
        (DType is { } d ? $" dtype={d.TypeStr}" : "") + (Casting == Casting.SameKind ? "" : $" casting={UfuncOracle.CastingName(Casting)}") +
        (Order == ArrayOrder.K ? "" : $" order={Order}") + (RaiseFloatingPointErrors ? (IgnoreUnderflow ? " errstate=raise,under=ignore" : " errstate=raise") : "");

    private static string Describe(object x) => x switch
    {
        NDArray a => $"{a.DType.TypeStr}{Layout.Format(a.Shape)}{Layout.Format(a.Strides)}" +
            (a.Size is > 0 and <= 4 ? " {" + string.Join(" ", ArrayValues.Of(a).Select(z => z.Imaginary == 0 ? z.Real.ToString("R") : z.ToString())) + "}" : ""),
        long l => $"int {l}",
        double d => $"float {d}",
        Complex z => $"complex {z}",
        _ => x.ToString() ?? "",
    };

    public void Dispose()
    {
        for (int i = _owned.Count - 1; i >= 0; i--)
        {
            _owned[i].Dispose();
        }
    }
}
