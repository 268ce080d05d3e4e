namespace ArrayBridge;

/// <summary>
/// The gamma family of <c>distributions.c</c>: standard gamma (Marsaglia–Tsang over the ziggurat
/// normal, Ahrens–Dieter style rejection below shape 1) and the samplers built on it. Math.Pow, Log
/// and Sqrt are the C library's, as NumPy's are, so the values are NumPy's bit for bit.
/// </summary>
internal static partial class Distributions
{
    /// <summary><c>random_standard_gamma</c>.</summary>
    internal static double StandardGamma(ref Pcg64Core core, double shape)
    {
        if (shape == 1.0)
        {
            return StandardExponential(ref core);
        }

        if (shape == 0.0)
        {
            return 0.0;
        }

        if (shape < 1.0)
        {
            while (true)
            {
                double u = core.NextDouble();
                double v = StandardExponential(ref core);
                if (u <= 1.0 - shape)
                {
                    double x = Math.Pow(u, 1.0 / shape);
                    if (x <= v)
                    {
                        return x;
                    }
                }
                else
                {
                    double y = -Math.Log((1 - u) / shape);
                    double x = Math.Pow(1.0 - shape + shape * y, 1.0 / shape);
                    if (x <= v + y)
                    {
                        return x;
                    }
                }
            }
        }

        // NaN shapes land here too, as in C: the first test does not involve b, so a NaN returns.
        double b = shape - 1.0 / 3.0;
        double c = 1.0 / Math.Sqrt(9 * b);
        while (true)
        {
            double x, v;
            do
            {
                x = StandardNormal(ref core);
                v = 1.0 + c * x;
            }
            while (v <= 0.0);

            v = v * v * v;
            double u = core.NextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x))
            {
                return b * v;
            }

            // log(0) = -inf is fine here: the test then accepts.
            if (Math.Log(u) < 0.5 * x * x + b * (1.0 - v + Math.Log(v)))
            {
                return b * v;
            }
        }
    }

    /// <summary><c>random_beta</c>: Johnk's algorithm when both parameters are at most 1, else two gammas.</summary>
    internal static double Beta(ref Pcg64Core core, double a, double b)
    {
        if (a <= 1.0 && b <= 1.0)
        {
            while (true)
            {
                double u = core.NextDouble();
                double v = core.NextDouble();
                double x = Math.Pow(u, 1.0 / a);
                double y = Math.Pow(v, 1.0 / b);
                double xpy = x + y;

                // Both underflowing to 0 is rejected (about 1 in 10^106); tiny sums go through logs.
                if (xpy <= 1.0 && xpy > 0.0)
                {
                    if (x + y > 0)
                    {
                        return x / xpy;
                    }

                    double logX = Math.Log(u) / a;
                    double logY = Math.Log(v) / b;
                    double logM = logX > logY ? logX : logY;
                    logX -= logM;
                    logY -= logM;
                    return Math.Exp(logX - Math.Log(Math.Exp(logX) + Math.Exp(logY)));
                }
            }
        }

        double ga = StandardGamma(ref core, a);
        double gb = StandardGamma(ref core, b);
        return ga / (ga + gb);
    }

    /// <summary><c>random_chisquare</c>: twice a standard gamma of half the degrees of freedom.</summary>
    internal static double ChiSquare(ref Pcg64Core core, double df) => 2.0 * StandardGamma(ref core, df / 2.0);

    /// <summary><c>random_f</c>: the ratio of two scaled chi-squares, numerator drawn first.</summary>
    internal static double F(ref Pcg64Core core, double dfnum, double dfden)
    {
        double num = ChiSquare(ref core, dfnum) * dfden;
        return num / (ChiSquare(ref core, dfden) * dfnum);
    }

    /// <summary><c>random_standard_t</c>: a normal over the root of a gamma, normal drawn first.</summary>
    internal static double StandardT(ref Pcg64Core core, double df)
    {
        double num = StandardNormal(ref core);
        double denom = StandardGamma(ref core, df / 2);
        return Math.Sqrt(df / 2) * num / Math.Sqrt(denom);
    }
}
