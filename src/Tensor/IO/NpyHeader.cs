namespace ArrayBridge;

/// <summary>
/// The three facts a .npy header dictionary carries (<c>numpy.lib.format</c>): the dtype as
/// <c>descr</c>, whether the data is in Fortran order, and the shape.
/// </summary>
/// <param name="DType">The element type, in the byte order the file stores it.</param>
/// <param name="FortranOrder">True when the data bytes are in column-major order.</param>
/// <param name="Shape">The array's shape; empty for a 0-d array.</param>
internal sealed record NpyHeader(DType DType, bool FortranOrder, nint[] Shape);
