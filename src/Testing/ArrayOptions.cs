namespace ArrayBridge.Testing;

/// <summary>
/// What <see cref="ArrayGen.Arrays(ArrayOptions?)"/> generates: dtypes, the rank and side lengths
/// of the array, its element values and the layout classes it may take. The defaults hit every
/// <see cref="LayoutClass"/> at least 5% of the time and give at most 10% empty arrays.
/// </summary>
public sealed record ArrayOptions
{
    /// <summary>The defaults: every dtype, 0 to 4 dimensions, sides up to 5, every layout.</summary>
    public static ArrayOptions Default { get; } = new();

    /// <summary>The dtype families to draw from.</summary>
    public DTypeFamily DTypes { get; init; } = DTypeFamily.All;

    /// <summary>Which byte orders the dtypes take.</summary>
    public ByteOrderChoice ByteOrders { get; init; } = ByteOrderChoice.Any;

    /// <summary>Exactly these dtypes instead of <see cref="DTypes"/> and <see cref="ByteOrders"/>, when set.</summary>
    public IReadOnlyList<DType>? ExactDTypes { get; init; }

    /// <summary>The fewest dimensions of the generated array.</summary>
    public int MinDims { get; init; }

    /// <summary>The most dimensions of the generated array.</summary>
    public int MaxDims { get; init; } = 4;

    /// <summary>The shortest side of a non-empty array (empty arrays have a side of 0 when <see cref="Layouts"/> allows them).</summary>
    public int MinSide { get; init; } = 1;

    /// <summary>The longest side.</summary>
    public int MaxSide { get; init; } = 5;

    /// <summary>The most elements of the base buffer a view is cut from.</summary>
    public int MaxBaseSize { get; init; } = 256;

    /// <summary>The layout classes allowed; a generated array shows at least one of them.</summary>
    public LayoutClass Layouts { get; init; } = LayoutClass.All;

    /// <summary>The element values.</summary>
    public ElementOptions Elements { get; init; } = ElementOptions.Default;

    /// <summary>Checks the options are consistent.</summary>
    /// <exception cref="ArgumentException">A bound is negative or crossed, no dtype or no layout is allowed.</exception>
    internal void Validate()
    {
        if (MinDims < 0 || MaxDims < MinDims || MaxDims > 32)
        {
            ThrowHelper.ThrowArgument($"need 0 <= MinDims <= MaxDims <= 32, got MinDims={MinDims}, MaxDims={MaxDims}", nameof(MaxDims));
        }

        if (MinSide < 1 || MaxSide < MinSide)
        {
            ThrowHelper.ThrowArgument($"need 1 <= MinSide <= MaxSide, got MinSide={MinSide}, MaxSide={MaxSide}", nameof(MaxSide));
        }

        if (MaxBaseSize < 1)
        {
            ThrowHelper.ThrowArgumentOutOfRange(nameof(MaxBaseSize), $"MaxBaseSize {MaxBaseSize} is below 1");
        }

        if ((Layouts & LayoutClass.All) == 0)
        {
            ThrowHelper.ThrowArgument("no layout class is allowed", nameof(Layouts));
        }

        Elements.Validate();
    }
}
