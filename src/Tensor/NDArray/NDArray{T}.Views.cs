namespace ArrayBridge;

// Typed versions of the view and copy operations: a view of an NDArray<T> is an NDArray<T>.
public sealed partial class NDArray<T>
{
    /// <inheritdoc cref="NDArray.this[string]"/>
    public new NDArray<T> this[string index] => (NDArray<T>)base[index];

    /// <inheritdoc cref="NDArray.this[NDIndex[]]"/>
    public new NDArray<T> this[params NDIndex[] index] => (NDArray<T>)Index(index);

    /// <inheritdoc cref="NDArray.Index(ReadOnlySpan{NDIndex})"/>
    public new NDArray<T> Index(params ReadOnlySpan<NDIndex> index) => (NDArray<T>)base.Index(index);

    /// <inheritdoc cref="NDArray.Transpose()"/>
    public new NDArray<T> Transpose() => (NDArray<T>)base.Transpose();

    /// <inheritdoc cref="NDArray.Transpose(ReadOnlySpan{int})"/>
    public new NDArray<T> Transpose(params ReadOnlySpan<int> axes) => (NDArray<T>)base.Transpose(axes);

    /// <inheritdoc cref="NDArray.SwapAxes(int, int)"/>
    public new NDArray<T> SwapAxes(int axis1, int axis2) => (NDArray<T>)base.SwapAxes(axis1, axis2);

    /// <inheritdoc cref="NDArray.Squeeze()"/>
    public new NDArray<T> Squeeze() => (NDArray<T>)base.Squeeze();

    /// <inheritdoc cref="NDArray.Squeeze(int)"/>
    public new NDArray<T> Squeeze(int axis) => (NDArray<T>)base.Squeeze(axis);

    /// <inheritdoc cref="NDArray.Squeeze(ReadOnlySpan{int})"/>
    public new NDArray<T> Squeeze(params ReadOnlySpan<int> axes) => (NDArray<T>)base.Squeeze(axes);

    /// <inheritdoc cref="NDArray.ExpandDims(int)"/>
    public new NDArray<T> ExpandDims(int axis) => (NDArray<T>)base.ExpandDims(axis);

    /// <inheritdoc cref="NDArray.BroadcastTo(ReadOnlySpan{nint})"/>
    public new NDArray<T> BroadcastTo(params ReadOnlySpan<nint> shape) => (NDArray<T>)base.BroadcastTo(shape);

    /// <inheritdoc cref="NDArray.AsStrided(ReadOnlySpan{nint}, ReadOnlySpan{nint}, nint, bool?)"/>
    public new NDArray<T> AsStrided(ReadOnlySpan<nint> shape, ReadOnlySpan<nint> strides, nint byteOffset = 0, bool? writeable = null) =>
        (NDArray<T>)base.AsStrided(shape, strides, byteOffset, writeable);

    /// <inheritdoc cref="NDArray.Reshape(ReadOnlySpan{nint})"/>
    public new NDArray<T> Reshape(params ReadOnlySpan<nint> shape) => (NDArray<T>)base.Reshape(shape, ArrayOrder.C);

    /// <inheritdoc cref="NDArray.Reshape(ReadOnlySpan{nint}, ArrayOrder)"/>
    public new NDArray<T> Reshape(ReadOnlySpan<nint> shape, ArrayOrder order) => (NDArray<T>)base.Reshape(shape, order);

    /// <inheritdoc cref="NDArray.Ravel(ArrayOrder)"/>
    public new NDArray<T> Ravel(ArrayOrder order = ArrayOrder.C) => (NDArray<T>)base.Ravel(order);

    /// <inheritdoc cref="NDArray.Flatten(ArrayOrder)"/>
    public new NDArray<T> Flatten(ArrayOrder order = ArrayOrder.C) => (NDArray<T>)base.Flatten(order);

    /// <inheritdoc cref="NDArray.Copy(ArrayOrder)"/>
    public new NDArray<T> Copy(ArrayOrder order = ArrayOrder.C) => (NDArray<T>)base.Copy(order);
}
