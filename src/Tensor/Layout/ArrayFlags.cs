namespace ArrayBridge;

/// <summary>
/// NumPy's array flags and requirement flags, with NumPy's bit values (<c>NPY_ARRAY_*</c>).
/// The first group describes an array (<see cref="NDArray.Flags"/>); the second is only meaningful
/// as a requirement (<see cref="NDArray.Require(DType?, ArrayFlags)"/>, <c>PyArray_FromArray</c>).
/// </summary>
[Flags]
public enum ArrayFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary><c>NPY_ARRAY_C_CONTIGUOUS</c>: row-major contiguous.</summary>
    CContiguous = 0x0001,

    /// <summary><c>NPY_ARRAY_F_CONTIGUOUS</c>: column-major contiguous.</summary>
    FContiguous = 0x0002,

    /// <summary><c>NPY_ARRAY_OWNDATA</c>: this array allocated its memory and frees it.</summary>
    OwnData = 0x0004,

    /// <summary><c>NPY_ARRAY_FORCECAST</c> (requirement): cast even when the cast is unsafe.</summary>
    ForceCast = 0x0010,

    /// <summary><c>NPY_ARRAY_ENSURECOPY</c> (requirement): always make a copy.</summary>
    EnsureCopy = 0x0020,

    /// <summary><c>NPY_ARRAY_ENSUREARRAY</c> (requirement): a base-class array; every NDArray is one.</summary>
    EnsureArray = 0x0040,

    /// <summary><c>NPY_ARRAY_ELEMENTSTRIDES</c> (requirement): strides are multiples of the item size.</summary>
    ElementStrides = 0x0080,

    /// <summary><c>NPY_ARRAY_ALIGNED</c>: data and strides are suitably aligned for the dtype.</summary>
    Aligned = 0x0100,

    /// <summary><c>NPY_ARRAY_NOTSWAPPED</c> (requirement): data in native byte order.</summary>
    NotSwapped = 0x0200,

    /// <summary><c>NPY_ARRAY_WRITEABLE</c>: the data may be written.</summary>
    Writeable = 0x0400,

    /// <summary><c>NPY_ARRAY_WRITEBACKIFCOPY</c>: this array is a copy whose data goes back to its base on resolve.</summary>
    WritebackIfCopy = 0x2000,

    /// <summary><c>NPY_ARRAY_ENSURENOCOPY</c> (requirement): fail rather than copy.</summary>
    EnsureNoCopy = 0x4000,

    /// <summary><c>NPY_ARRAY_BEHAVED</c>: aligned and writeable.</summary>
    Behaved = Aligned | Writeable,

    /// <summary><c>NPY_ARRAY_CARRAY</c>: C-contiguous and behaved.</summary>
    CArray = CContiguous | Behaved,

    /// <summary><c>NPY_ARRAY_FARRAY</c>: Fortran-contiguous and behaved.</summary>
    FArray = FContiguous | Behaved,
}
