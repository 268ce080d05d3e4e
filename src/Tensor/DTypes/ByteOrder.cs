namespace ArrayBridge;

/// <summary>
/// The byte order of a <see cref="DType"/>; the values are NumPy's byte-order characters
/// (<c>dtype.byteorder</c>).
/// </summary>
public enum ByteOrder : byte
{
    /// <summary>Order does not apply: one-byte types (<c>'|'</c>).</summary>
    NotApplicable = (byte)'|',

    /// <summary>The machine's own order (<c>'='</c>). A <see cref="DType"/> resolves it to
    /// <see cref="Little"/> or <see cref="Big"/> when it is created.</summary>
    Native = (byte)'=',

    /// <summary>Little-endian (<c>'&lt;'</c>).</summary>
    Little = (byte)'<',

    /// <summary>Big-endian (<c>'&gt;'</c>).</summary>
    Big = (byte)'>',
}
