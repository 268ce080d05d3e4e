namespace ArrayBridge;

/// <summary>The kinds of item in an advanced (NumPy "fancy") index.</summary>
public enum AdvancedIndexKind
{
    /// <summary>A basic item (<see cref="NDIndex"/>): an integer, a slice, <c>None</c> or <c>...</c>.</summary>
    Basic,

    /// <summary>An array of integers: selects positions along one axis, broadcast with the other index arrays.</summary>
    IndexArray,

    /// <summary>A boolean array: selects the positions where it is true, as its <c>nonzero()</c> would.</summary>
    Mask,
}
