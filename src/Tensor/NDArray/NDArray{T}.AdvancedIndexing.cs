namespace ArrayBridge;

// Advanced indexing keeps the dtype, so on a typed array it keeps the element type.
public sealed partial class NDArray<T>
{
    /// <summary>
    /// Advanced ("fancy") indexing of a typed array: as <see cref="NDArray.this[AdvancedIndex[]]"/>,
    /// with the result typed, since indexing never changes the dtype. Assigning writes through.
    /// </summary>
    /// <inheritdoc cref="NDArray.Get(ReadOnlySpan{AdvancedIndex})"/>
    public new NDArray<T> this[params AdvancedIndex[] index]
    {
        get => (NDArray<T>)base.Get(index);
        set => Set(value, index);
    }

    /// <summary>NumPy's <c>arr[index]</c> with advanced items, typed as this array.</summary>
    /// <inheritdoc cref="NDArray.Get(ReadOnlySpan{AdvancedIndex})"/>
    public new NDArray<T> Get(params ReadOnlySpan<AdvancedIndex> index) => (NDArray<T>)base.Get(index);
}
