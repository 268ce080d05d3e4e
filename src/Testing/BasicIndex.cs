namespace ArrayBridge.Testing;

/// <summary>
/// A basic index valid for <see cref="Shape"/> (hypothesis's <c>basic_indices</c>): typed items for
/// <see cref="NDArray.Index"/>, the same index as the text the string indexer takes (and NumPy
/// reads), and the shape of the view it gives.
/// </summary>
/// <param name="Shape">The shape the index applies to.</param>
/// <param name="Text">The index in NumPy syntax, for example <c>1:, ::-2, None, ...</c>.</param>
/// <param name="ResultShape">The shape of <c>a[Text]</c>.</param>
public sealed record BasicIndex(nint[] Shape, string Text, nint[] ResultShape)
{
    /// <summary>The items, as <see cref="NDIndex.Parse"/> reads <see cref="Text"/>.</summary>
    public NDIndex[] Items => NDIndex.Parse(Text);

    /// <summary>The index as <c>a[1:, ::-2, None]</c> on an array of <see cref="Shape"/>.</summary>
    public override string ToString() => $"shape={ArraySpec.FormatShape(Shape)} index=[{Text}] -> {ArraySpec.FormatShape(ResultShape)}";

    /// <summary>The shape of <paramref name="index"/> applied to <paramref name="shape"/>, or null if it does not apply.</summary>
    internal static nint[]? Apply(nint[] shape, string index)
    {
        using NDArray cell = NDArray.Zeros(DType.Bool, []);
        NDArray? probe = null, view = null;
        try
        {
            probe = cell.AsStrided(shape, new nint[shape.Length]);
            view = probe[index];
            return view.Shape.ToArray();
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return null;
        }
        finally
        {
            view?.Dispose();
            probe?.Dispose();
        }
    }
}
