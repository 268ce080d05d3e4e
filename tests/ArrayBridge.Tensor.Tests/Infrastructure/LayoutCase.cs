using System.Numerics;

namespace ArrayBridge.Tests;

/// <summary>A layout request: shape, strides (null means the default C strides; never empty otherwise), byte offset and dtype.</summary>
public sealed record LayoutCase(nint[] Shape, nint[]? Strides, nint Offset, DType DType)
{
    /// <summary>The strides argument as passed to the API: empty for the default.</summary>
    public ReadOnlySpan<nint> StridesArgument => Strides;

    /// <summary>The strides, or the C strides of the shape when none are given, as NumPy computes them.</summary>
    public nint[] StridesOrC(int itemSize)
    {
        if (Strides is not null)
        {
            return Strides;
        }

        var strides = new nint[Shape.Length];
        BigInteger stride = itemSize;
        for (int i = Shape.Length - 1; i >= 0; i--)
        {
            strides[i] = stride >= nint.MinValue && stride <= nint.MaxValue ? (nint)stride : 0;
            if (Shape[i] != 0)
            {
                stride *= Shape[i];
            }
        }

        return strides;
    }

    public override string ToString() =>
        $"shape {Layout.Format(Shape)} strides {(Strides is null ? "default" : Layout.Format(Strides))} offset {Offset} dtype {DType.TypeStr}";
}
