namespace ArrayBridge;

/// <summary>
/// NumPy's <c>binomial_t</c>: the setup constants of the last (n, p) the binomial samplers saw,
/// kept on the generator between calls as NumPy keeps <c>Generator._binomial</c>. The constants are
/// a pure function of (n, p), so the cache saves work without changing any value.
/// </summary>
internal struct BinomialCache
{
    /// <summary>Whether the fields below hold a setup.</summary>
    internal bool HasBinomial;

    /// <summary>The n of the cached setup.</summary>
    internal long NSave;

    /// <summary>The p of the cached setup.</summary>
    internal double PSave;

    /// <summary>BTPE's min(p, 1 - p); inversion's q^n.</summary>
    internal double R;

    /// <summary>1 - r (BTPE) or 1 - p (inversion).</summary>
    internal double Q;

    /// <summary>BTPE's n·r + r.</summary>
    internal double Fm;

    /// <summary>BTPE's mode floor(fm); inversion's search bound.</summary>
    internal long M;

    /// <summary>BTPE's triangle half-width.</summary>
    internal double P1;

    /// <summary>BTPE's m + 0.5.</summary>
    internal double Xm;

    /// <summary>BTPE's left edge of the triangle.</summary>
    internal double Xl;

    /// <summary>BTPE's right edge of the triangle.</summary>
    internal double Xr;

    /// <summary>BTPE's parallelogram height; inversion's n·p.</summary>
    internal double C;

    /// <summary>BTPE's left exponential tail rate.</summary>
    internal double Laml;

    /// <summary>BTPE's right exponential tail rate.</summary>
    internal double Lamr;

    /// <summary>BTPE's cumulative area up to the parallelogram.</summary>
    internal double P2;

    /// <summary>BTPE's cumulative area up to the left tail.</summary>
    internal double P3;

    /// <summary>BTPE's total area.</summary>
    internal double P4;
}
