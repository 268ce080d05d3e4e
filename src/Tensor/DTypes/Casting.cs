namespace ArrayBridge;

/// <summary>
/// How much a cast may change values: NumPy's <c>casting=</c> levels (<c>NPY_CASTING</c>), from
/// strictest to loosest.
/// </summary>
public enum Casting
{
    /// <summary><c>'no'</c>: the dtypes must be identical, byte order included.</summary>
    No = 0,
    /// <summary><c>'equiv'</c>: only byte-order changes.</summary>
    Equiv = 1,
    /// <summary><c>'safe'</c>: only casts that preserve every value.</summary>
    Safe = 2,
    /// <summary><c>'same_kind'</c>: safe casts or casts within a kind, like float64 to float32.</summary>
    SameKind = 3,
    /// <summary><c>'unsafe'</c>: any conversion.</summary>
    Unsafe = 4,
}
