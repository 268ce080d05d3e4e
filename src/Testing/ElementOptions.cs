namespace ArrayBridge.Testing;

/// <summary>
/// What element values a generator may produce (hypothesis's <c>from_dtype</c> arguments). By
/// default anything the dtype can hold, with edge cases favoured: NaN (with payloads), ±inf, -0.0,
/// subnormals, the smallest and largest integers and float16's limits.
/// </summary>
public sealed record ElementOptions
{
    /// <summary>The defaults: every value, edge cases favoured.</summary>
    public static ElementOptions Default { get; } = new();

    /// <summary>Whether NaN may appear (floats and complex parts). Defaults to true unless a bound is set.</summary>
    public bool? AllowNaN { get; init; }

    /// <summary>Whether ±inf may appear. Defaults to true unless a bound on that side is set.</summary>
    public bool? AllowInfinity { get; init; }

    /// <summary>Whether subnormal floats may appear.</summary>
    public bool AllowSubnormal { get; init; } = true;

    /// <summary>The smallest value allowed (each part of a complex number), or null for none.</summary>
    public double? MinValue { get; init; }

    /// <summary>The largest value allowed (each part of a complex number), or null for none.</summary>
    public double? MaxValue { get; init; }

    /// <summary>Whether all elements of an array must differ (NaN counts as one value; no broadcast views).</summary>
    public bool Unique { get; init; }

    /// <summary>How often, out of 100, an element is an edge case rather than an ordinary value.</summary>
    public int EdgeCasePercent { get; init; } = 35;

    internal bool NaNAllowed => AllowNaN ?? (MinValue is null && MaxValue is null);

    internal bool PositiveInfinityAllowed => AllowInfinity ?? MaxValue is null;

    internal bool NegativeInfinityAllowed => AllowInfinity ?? MinValue is null;

    /// <summary>Checks the options are consistent.</summary>
    /// <exception cref="ArgumentException">The bounds are NaN or crossed, or the edge-case rate is outside [0, 100].</exception>
    internal void Validate()
    {
        if (MinValue is double lo && double.IsNaN(lo) || MaxValue is double hi && double.IsNaN(hi))
        {
            ThrowHelper.ThrowArgument("min_value and max_value must not be NaN", nameof(MinValue));
        }

        if (MinValue > MaxValue)
        {
            ThrowHelper.ThrowArgument($"Cannot have max_value={MaxValue} < min_value={MinValue}", nameof(MaxValue));
        }

        if (EdgeCasePercent is < 0 or > 100)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(EdgeCasePercent), $"EdgeCasePercent {EdgeCasePercent} is outside [0, 100]");
        }
    }
}
