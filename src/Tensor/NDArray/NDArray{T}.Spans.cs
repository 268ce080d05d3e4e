using System.Numerics.Tensors;
using CommunityToolkit.HighPerformance;

namespace ArrayBridge;

// The span and copy-out members without the element type repeated: an NDArray<T> knows its T.
public sealed partial class NDArray<T>
{
    /// <inheritdoc cref="NDArray.ToArray{T}(ArrayOrder)"/>
    public T[] ToArray(ArrayOrder order = ArrayOrder.C) => ToArray<T>(order);

    /// <inheritdoc cref="NDArray.AsSpan{T}"/>
    public Span<T> AsSpan() => AsSpan<T>();

    /// <inheritdoc cref="NDArray.AsReadOnlySpan{T}"/>
    public ReadOnlySpan<T> AsReadOnlySpan() => AsReadOnlySpan<T>();

    /// <inheritdoc cref="NDArray.AsTensorSpan{T}"/>
    public TensorSpan<T> AsTensorSpan() => AsTensorSpan<T>();

    /// <inheritdoc cref="NDArray.AsReadOnlyTensorSpan{T}"/>
    public ReadOnlyTensorSpan<T> AsReadOnlyTensorSpan() => AsReadOnlyTensorSpan<T>();

    /// <inheritdoc cref="NDArray.AsSpan2D{T}"/>
    public Span2D<T> AsSpan2D() => AsSpan2D<T>();

    /// <inheritdoc cref="NDArray.AsReadOnlySpan2D{T}"/>
    public ReadOnlySpan2D<T> AsReadOnlySpan2D() => AsReadOnlySpan2D<T>();
}
