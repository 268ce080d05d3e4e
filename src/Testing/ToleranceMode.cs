namespace ArrayBridge.Testing;

/// <summary>The comparisons a <see cref="Tolerance"/> makes.</summary>
public enum ToleranceMode
{
    /// <summary>Equal values (np.testing.assert_array_equal).</summary>
    Exact,

    /// <summary>Within a number of units in the last place (np.testing.assert_array_max_ulp).</summary>
    Ulps,

    /// <summary>Within rtol and atol (np.testing.assert_allclose).</summary>
    AllClose,
}
