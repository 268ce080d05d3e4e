namespace ArrayBridge;

public sealed partial class NDArray<T>
{
    /// <inheritdoc cref="NDArray.MoveToOuterScope"/>
    public new NDArray<T> MoveToOuterScope() => (NDArray<T>)base.MoveToOuterScope();

    /// <inheritdoc cref="NDArray.DetachFromScope"/>
    public new NDArray<T> DetachFromScope() => (NDArray<T>)base.DetachFromScope();
}
