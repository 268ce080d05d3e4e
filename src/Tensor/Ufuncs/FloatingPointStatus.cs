namespace ArrayBridge;

/// <summary>The floating-point status of this thread (placeholder: nothing is watched yet).</summary>
internal static class FloatingPointStatus
{
    [ThreadStatic]
    private static FloatingPointFlags t_software;

    public static bool IsWatching => false;

    public static void Clear() => t_software = FloatingPointFlags.None;

    public static FloatingPointFlags Read()
    {
        FloatingPointFlags f = t_software;
        t_software = FloatingPointFlags.None;
        return f;
    }

    public static void SetDivideByZero() => t_software |= FloatingPointFlags.DivideByZero;

    public static void SetOverflow() => t_software |= FloatingPointFlags.Overflow;

    public static void SetInvalid() => t_software |= FloatingPointFlags.Invalid;

    public static void Report(FloatingPointFlags flags, string name)
    {
    }
}
