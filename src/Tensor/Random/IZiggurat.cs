namespace ArrayBridge;

/// <summary>A ziggurat distribution the generator's fill loop draws from, in double and single precision.</summary>
internal interface IZiggurat
{
    /// <summary>One float64 value; <paramref name="home"/> is the generator's own state, which the rare path updates.</summary>
    static abstract double Next(ref Pcg64Core core, ref Pcg64Core home);

    /// <summary>One float32 value from the single-precision tables.</summary>
    static abstract float NextSingle(ref Pcg64Core core);
}
