namespace ArrayBridge;

public readonly partial struct DType
{
    /// <summary><c>np.promote_types</c> (placeholder: the smallest safe common type by search).</summary>
    public static DType Promote(DType a, DType b)
    {
        if (a.Type == b.Type)
        {
            return a.AsNative();
        }

        if (CanCast(a, b, Casting.Safe))
        {
            return b.AsNative();
        }

        if (CanCast(b, a, Casting.Safe))
        {
            return a.AsNative();
        }

        foreach (DType t in All)
        {
            if (t.Kind >= 'b' && CanCast(a, t, Casting.Safe) && CanCast(b, t, Casting.Safe) && t.Kind != 'b')
            {
                return t;
            }
        }

        return Float64;
    }
}
