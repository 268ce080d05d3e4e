namespace ArrayBridge;

/// <summary>
/// How <see cref="NDArray.Quantile(NDArray, double, Axes, NDArray?, bool, QuantileMethod)"/> picks or
/// interpolates between the sorted values around a quantile (NumPy's <c>method=</c>), with NumPy's
/// formulas (<c>numpy/lib/function_base.py</c>, <c>_QuantileMethods</c>).
/// </summary>
public enum QuantileMethod
{
    /// <summary>NumPy's default <c>'linear'</c> (Hyndman and Fan's method 7): virtual index <c>(n-1)q</c>, linear interpolation.</summary>
    Linear,

    /// <summary><c>'lower'</c>: the value at <c>floor((n-1)q)</c>, in the input's dtype.</summary>
    Lower,

    /// <summary><c>'higher'</c>: the value at <c>ceil((n-1)q)</c>, in the input's dtype.</summary>
    Higher,

    /// <summary><c>'nearest'</c>: the value at <c>(n-1)q</c> rounded half to even, in the input's dtype.</summary>
    Nearest,

    /// <summary><c>'midpoint'</c>: the mean of the values at <c>floor((n-1)q)</c> and <c>ceil((n-1)q)</c>.</summary>
    Midpoint,

    /// <summary><c>'interpolated_inverted_cdf'</c> (Hyndman and Fan's method 4: alpha 0, beta 1).</summary>
    InterpolatedInvertedCdf,

    /// <summary><c>'hazen'</c> (method 5: alpha = beta = 1/2).</summary>
    Hazen,

    /// <summary><c>'weibull'</c> (method 6: alpha = beta = 0).</summary>
    Weibull,

    /// <summary><c>'median_unbiased'</c> (method 8: alpha = beta = 1/3).</summary>
    MedianUnbiased,

    /// <summary><c>'normal_unbiased'</c> (method 9: alpha = beta = 3/8).</summary>
    NormalUnbiased,
}
