namespace ArrayBridge;

/// <summary>How <c>NDArray.Pad</c> fills the added area: NumPy's <c>np.pad</c> modes.</summary>
public enum PadMode
{
    /// <summary><c>'constant'</c>: a constant value per side of each axis (0 by default).</summary>
    Constant = 0,

    /// <summary><c>'edge'</c>: the edge value of each axis repeated.</summary>
    Edge = 1,

    /// <summary><c>'reflect'</c>: the mirror image about the edge value, which is not repeated (<c>3 2 | 1 2 3 | 2 1</c>).</summary>
    Reflect = 2,

    /// <summary><c>'symmetric'</c>: the mirror image about the array's edge, the edge value repeated (<c>2 1 | 1 2 3 | 3 2</c>).</summary>
    Symmetric = 3,

    /// <summary><c>'wrap'</c>: the array repeated periodically (<c>2 3 | 1 2 3 | 1 2</c>).</summary>
    Wrap = 4,

    /// <summary><c>'linear_ramp'</c>: a linear ramp from an end value (0 by default) to the edge value, computed as NumPy's <c>linspace</c> computes it (floored for integers).</summary>
    LinearRamp = 5,

    /// <summary><c>'maximum'</c>: the maximum of the edge part of each axis (<c>stat_length</c> elements, or all).</summary>
    Maximum = 6,

    /// <summary><c>'mean'</c>: the mean of the edge part of each axis, rounded half to even for integers.</summary>
    Mean = 7,

    /// <summary><c>'median'</c>: the median of the edge part of each axis, rounded half to even for integers.</summary>
    Median = 8,

    /// <summary><c>'minimum'</c>: the minimum of the edge part of each axis.</summary>
    Minimum = 9,

    /// <summary><c>'empty'</c>: the added area is left uninitialized (any axis may be extended, even an empty one).</summary>
    Empty = 10,
}
