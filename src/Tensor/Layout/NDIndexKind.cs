namespace ArrayBridge;

/// <summary>The kinds of item in a basic index.</summary>
public enum NDIndexKind
{
    /// <summary>An integer: selects one position and drops the axis.</summary>
    Integer,

    /// <summary>A slice <c>start:stop:step</c>: keeps the axis.</summary>
    Slice,

    /// <summary><c>None</c>: inserts an axis of length 1.</summary>
    NewAxis,

    /// <summary><c>...</c>: expands to full slices of the remaining axes.</summary>
    Ellipsis,
}
