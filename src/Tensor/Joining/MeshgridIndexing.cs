namespace ArrayBridge;

/// <summary>The axis order of <see cref="NDArray.Meshgrid"/>'s outputs: NumPy's <c>indexing=</c> argument.</summary>
public enum MeshgridIndexing
{
    /// <summary><c>'xy'</c>: Cartesian; the first two inputs' axes are swapped (output shape (len(y), len(x), ...)).</summary>
    Xy = 0,

    /// <summary><c>'ij'</c>: matrix indexing; output axis <c>i</c> runs along input <c>i</c>.</summary>
    Ij = 1,
}
