namespace ArrayBridge;

/// <summary>NumPy's <c>side=</c> of <c>np.searchsorted</c>.</summary>
public enum SearchSide
{
    /// <summary><c>'left'</c>: the first index where the value could be inserted (<c>a[i-1] &lt; v &lt;= a[i]</c>).</summary>
    Left = 0,

    /// <summary><c>'right'</c>: the last such index (<c>a[i-1] &lt;= v &lt; a[i]</c>).</summary>
    Right = 1,
}
