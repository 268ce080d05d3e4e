namespace ArrayBridge.Testing;

/// <summary>
/// Shapes that broadcast together (hypothesis's <c>BroadcastableShapes</c>): the inputs and the
/// shape they broadcast to, with the base shape included.
/// </summary>
/// <param name="InputShapes">The generated shapes.</param>
/// <param name="ResultShape">The broadcast of the inputs and the base shape.</param>
public sealed record BroadcastableShapes(nint[][] InputShapes, nint[] ResultShape)
{
    /// <summary>The shapes as <c>(2, 1), (3,) -&gt; (2, 3)</c>.</summary>
    public override string ToString() =>
        string.Join(", ", InputShapes.Select(s => ArraySpec.FormatShape(s))) + " -> " + ArraySpec.FormatShape(ResultShape);
}
