namespace ArrayBridge;

/// <summary>Memory order for creation, copies and reshapes: NumPy's <c>order=</c> argument (<c>NPY_ORDER</c>).</summary>
public enum ArrayOrder
{
    /// <summary><c>'C'</c>: row-major, last index fastest.</summary>
    C = 0,

    /// <summary><c>'F'</c>: column-major (Fortran), first index fastest.</summary>
    F = 1,

    /// <summary><c>'A'</c>: F if the array is F-contiguous and not C-contiguous, else C.</summary>
    A = 2,

    /// <summary><c>'K'</c>: keep the source's layout as closely as possible.</summary>
    K = 3,
}
