namespace ArrayBridge;

/// <summary>What <c>take</c>, <c>put</c> and <c>choose</c> do with an index outside its axis (NumPy's <c>mode=</c>).</summary>
public enum IndexMode
{
    /// <summary>Throw (<c>'raise'</c>, the default); negative indices count from the end.</summary>
    Raise,

    /// <summary>Wrap around (<c>'wrap'</c>): the index modulo the length.</summary>
    Wrap,

    /// <summary>Clip to the range (<c>'clip'</c>): negative becomes 0 and too large the last position.</summary>
    Clip,
}
