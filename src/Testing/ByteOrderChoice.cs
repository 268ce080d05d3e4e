namespace ArrayBridge.Testing;

/// <summary>Which byte orders a dtype generator produces for types wider than one byte.</summary>
public enum ByteOrderChoice
{
    /// <summary>Mostly the machine's own order, sometimes the swapped one (about one in five).</summary>
    Any,

    /// <summary>Only the machine's own order.</summary>
    Native,

    /// <summary>Only the swapped order (one-byte types have no order and still appear).</summary>
    Swapped,
}
