namespace ArrayBridge;

/// <summary>The binary operation a reduction folds with: the ufunc whose <c>reduce</c> NumPy calls.</summary>
internal enum ReduceOp
{
    /// <summary><c>np.add.reduce</c> (sum).</summary>
    Add,

    /// <summary><c>np.multiply.reduce</c> (prod).</summary>
    Multiply,

    /// <summary><c>np.maximum.reduce</c> (max).</summary>
    Maximum,

    /// <summary><c>np.minimum.reduce</c> (min).</summary>
    Minimum,

    /// <summary><c>np.logical_or.reduce</c> (any).</summary>
    LogicalOr,

    /// <summary><c>np.logical_and.reduce</c> (all).</summary>
    LogicalAnd,
}
