namespace ArrayBridge.Tests;

/// <summary>A basic index into a 4 x 4 array (or its transpose): integers and slices with extreme bounds and steps.</summary>
public sealed record IndexCase(NDIndex[] Items, bool Transposed)
{
    public override string ToString() => $"[{string.Join(", ", Items)}]{(Transposed ? " of the transpose" : "")}";
}
