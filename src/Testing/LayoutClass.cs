namespace ArrayBridge.Testing;

/// <summary>
/// Layout classes of a generated array, as flags: what a generator can be asked to produce
/// (<see cref="ArrayOptions.Layouts"/>) and what an array turned out to be
/// (<see cref="MaterializedArray.Classes"/>). An array may belong to several classes.
/// </summary>
[Flags]
public enum LayoutClass
{
    /// <summary>No class.</summary>
    None = 0,

    /// <summary>C-contiguous, at least one dimension, not empty.</summary>
    CContiguous = 1 << 0,

    /// <summary>Fortran-contiguous and not C-contiguous.</summary>
    FContiguous = 1 << 1,

    /// <summary>Neither C- nor F-contiguous, with positive strides: a view with steps.</summary>
    Strided = 1 << 2,

    /// <summary>A negative stride on an axis longer than 1.</summary>
    NegativeStrides = 1 << 3,

    /// <summary>A zero stride on an axis longer than 1 (a broadcast view; read-only).</summary>
    ZeroStrides = 1 << 4,

    /// <summary>The dtype is in the byte order opposite to the machine's.</summary>
    NonNativeByteOrder = 1 << 5,

    /// <summary>The data is not aligned for its dtype.</summary>
    Unaligned = 1 << 6,

    /// <summary>The array is not writeable.</summary>
    ReadOnly = 1 << 7,

    /// <summary>The view starts after the start of a larger base array (sliced from it).</summary>
    Offset = 1 << 8,

    /// <summary>Zero dimensions (a 0-d array of one element).</summary>
    ZeroDimensional = 1 << 9,

    /// <summary>No elements.</summary>
    Empty = 1 << 10,

    /// <summary>Every class.</summary>
    All = (1 << 11) - 1,
}
