namespace ArrayBridge;

/// <summary>
/// NumPy's sort order for one element type, stored as its raw bits: <see cref="Less"/> is NumPy's
/// comparison (NaN last, -0.0 equal to 0.0, complex lexicographic), and for real types
/// <see cref="Key"/> maps an element to an unsigned integer whose order is that comparison, so a
/// radix sort and a comparison sort agree.
/// </summary>
/// <typeparam name="T">The element as stored (native byte order).</typeparam>
internal interface ISortOps<T>
    where T : unmanaged
{
    /// <summary>Whether <see cref="Key"/> is defined (real types), so the element can be radix sorted.</summary>
    static abstract bool HasKey { get; }

    /// <summary>How many low bytes of <see cref="Key"/> can differ.</summary>
    static abstract int KeyBytes { get; }

    /// <summary>An unsigned key with NumPy's order: equal elements (NaN with NaN, -0.0 with 0.0) get equal keys.</summary>
    static abstract ulong Key(T value);

    /// <summary>NumPy's <c>LT</c> for the type: <c>a &lt; b || (b != b &amp;&amp; a == a)</c>.</summary>
    static abstract bool Less(T a, T b);

    /// <summary>Whether the element is NaN (for complex: either part).</summary>
    static abstract bool IsNaN(T value);

    /// <summary>The element with its bytes in the other order (each part of a complex separately).</summary>
    static abstract T Swap(T value);
}
