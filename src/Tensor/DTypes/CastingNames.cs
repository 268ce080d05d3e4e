namespace ArrayBridge;

/// <summary>NumPy's spelling of each <see cref="Casting"/> level, as its messages print it.</summary>
internal static class CastingNames
{
    public static string Of(Casting casting) => casting switch
    {
        Casting.No => "no",
        Casting.Equiv => "equiv",
        Casting.Safe => "safe",
        Casting.SameKind => "same_kind",
        _ => "unsafe",
    };
}
