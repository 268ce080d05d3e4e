namespace ArrayBridge;

/// <summary>How <see cref="PadMode.Reflect"/> and <see cref="PadMode.Symmetric"/> reflect: NumPy's <c>reflect_type</c>.</summary>
public enum PadReflectType
{
    /// <summary><c>'even'</c>: the values mirrored unchanged (the default).</summary>
    Even = 0,

    /// <summary><c>'odd'</c>: the mirrored values subtracted from twice the edge value (<c>2 * edge - value</c>), continuing the trend.</summary>
    Odd = 1,
}
