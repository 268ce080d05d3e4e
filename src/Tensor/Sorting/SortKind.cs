namespace ArrayBridge;

/// <summary>
/// NumPy's <c>kind=</c> of <c>np.sort</c> and <c>np.argsort</c>. ArrayBridge sorts every kind
/// stably (radix sort for real dtypes, merge sort for complex ones), which is one of the orders
/// NumPy leaves open for the unstable kinds and exactly NumPy's order for the stable ones.
/// </summary>
public enum SortKind
{
    /// <summary><c>'quicksort'</c>, the default: order of equal elements unspecified.</summary>
    Quicksort = 0,

    /// <summary><c>'mergesort'</c>: stable, an alias of <see cref="Stable"/> in NumPy.</summary>
    Mergesort = 1,

    /// <summary><c>'heapsort'</c>: order of equal elements unspecified.</summary>
    Heapsort = 2,

    /// <summary><c>'stable'</c>: equal elements keep their input order.</summary>
    Stable = 3,
}
