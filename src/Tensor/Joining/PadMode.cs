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
}
