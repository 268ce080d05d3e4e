namespace ArrayBridge;

/// <summary>
/// The Poisson and binomial samplers of <c>distributions.c</c>, with C's integer/double mixing
/// reproduced term by term (which operations are int64 and which are double) so the streams stay
/// NumPy's.
/// </summary>
internal static partial class Distributions
{
    /// <summary><c>random_poisson</c>: multiplication of uniforms below 10, PTRS from 10 on.</summary>
    internal static long Poisson(ref Pcg64Core core, double lam)
    {
        if (lam >= 10)
        {
            return PoissonPtrs(ref core, lam);
        }

        if (lam == 0)
        {
            return 0;
        }

        double enlam = Math.Exp(-lam);
        long x = 0;
        double prod = 1.0;
        while (true)
        {
            prod *= core.NextDouble();
            if (prod > enlam)
            {
                x += 1;
            }
            else
            {
                return x;
            }
        }
    }

    // Hörmann's transformed rejection (Insurance: Mathematics and Economics 12, 1993).
    private static long PoissonPtrs(ref Pcg64Core core, double lam)
    {
        double slam = Math.Sqrt(lam);
        double loglam = Math.Log(lam);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);

        while (true)
        {
            double u = core.NextDouble() - 0.5;
            double v = core.NextDouble();
            double us = 0.5 - Math.Abs(u);

            // us == 0 gives -inf, which converts to long.MinValue as x86's cvttsd2si does in C; rejected below.
            long k = (long)Math.Floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invalpha) - Math.Log(a / (us * us) + b) <= -lam + k * loglam - LogGamma(k + 1))
            {
                return k;
            }
        }
    }

    private static readonly double[] LogGammaCoefficients =
    [
        8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
        8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
        1.796443723688307e-01, -1.39243221690590e+00,
    ];

    /// <summary><c>random_loggam</c>: SPECFUN's log-gamma (Zhang and Jin), shifted up to 7 for small x.</summary>
    internal static double LogGamma(double x)
    {
        double x0 = x;
        long n = 0;
        if (x == 1.0 || x == 2.0)
        {
            return 0.0;
        }

        if (x <= 7.0)
        {
            n = (long)(7 - x);
            x0 = x + n;
        }

        double x2 = 1.0 / (x0 * x0);
        double xp = 2 * Math.PI;
        double[] coefficients = LogGammaCoefficients;
        double gl0 = coefficients[9];
        for (int k = 8; k >= 0; k--)
        {
            gl0 *= x2;
            gl0 += coefficients[k];
        }

        double gl = gl0 / x0 + 0.5 * Math.Log(xp) + (x0 - 0.5) * Math.Log(x0) - x0;
        if (x <= 7.0)
        {
            for (long k = 1; k <= n; k++)
            {
                gl -= Math.Log(x0 - 1.0);
                x0 -= 1.0;
            }
        }

        return gl;
    }

    /// <summary><c>random_binomial</c>: inversion while the smaller tail's mean is at most 30, else BTPE, on min(p, 1 - p).</summary>
    internal static long Binomial(ref Pcg64Core core, double p, long n, ref BinomialCache cache)
    {
        if (n == 0 || p == 0.0)
        {
            return 0;
        }

        if (p <= 0.5)
        {
            return p * n <= 30.0 ? BinomialInversion(ref core, n, p, ref cache) : BinomialBtpe(ref core, n, p, ref cache);
        }

        double q = 1.0 - p;
        return q * n <= 30.0 ? n - BinomialInversion(ref core, n, q, ref cache) : n - BinomialBtpe(ref core, n, q, ref cache);
    }

    private static long BinomialInversion(ref Pcg64Core core, long n, double p, ref BinomialCache cache)
    {
        double q, qn, np;
        long bound;
        if (!cache.HasBinomial || cache.NSave != n || cache.PSave != p)
        {
            cache.NSave = n;
            cache.PSave = p;
            cache.HasBinomial = true;
            cache.Q = q = 1.0 - p;
            cache.R = qn = Math.Exp(n * Math.Log(q));
            cache.C = np = n * p;

            // C's MIN(n, double) compares and yields a double, then truncates.
            double limit = np + 10.0 * Math.Sqrt(np * q + 1);
            cache.M = bound = (long)((double)n < limit ? (double)n : limit);
        }
        else
        {
            q = cache.Q;
            qn = cache.R;
            np = cache.C;
            bound = cache.M;
        }

        long x = 0;
        double px = qn;
        double u = core.NextDouble();
        while (u > px)
        {
            x++;
            if (x > bound)
            {
                x = 0;
                px = qn;
                u = core.NextDouble();
            }
            else
            {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }

        return x;
    }

    // Kachitvichyanukul and Schmeiser's BTPE, laid out as the C's labelled steps.
    private static long BinomialBtpe(ref Pcg64Core core, long n, double p, ref BinomialCache cache)
    {
        double r, q, fm, p1, xm, xl, xr, c, laml, lamr, p2, p3, p4;
        double a, u, v, s, f, rho, t, bigA, nrq, x1, x2, f1, f2, z, z2, w, w2, x;
        long m, y, k, i;

        if (!cache.HasBinomial || cache.NSave != n || cache.PSave != p)
        {
            cache.NSave = n;
            cache.PSave = p;
            cache.HasBinomial = true;
            cache.R = r = Math.Min(p, 1.0 - p);
            cache.Q = q = 1.0 - r;
            cache.Fm = fm = n * r + r;
            cache.M = m = (long)Math.Floor(cache.Fm);
            cache.P1 = p1 = Math.Floor(2.195 * Math.Sqrt(n * r * q) - 4.6 * q) + 0.5;
            cache.Xm = xm = m + 0.5;
            cache.Xl = xl = xm - p1;
            cache.Xr = xr = xm + p1;
            cache.C = c = 0.134 + 20.5 / (15.3 + m);
            a = (fm - xl) / (fm - xl * r);
            cache.Laml = laml = a * (1.0 + a / 2.0);
            a = (xr - fm) / (xr * q);
            cache.Lamr = lamr = a * (1.0 + a / 2.0);
            cache.P2 = p2 = p1 * (1.0 + 2.0 * c);
            cache.P3 = p3 = p2 + c / laml;
            cache.P4 = p4 = p3 + c / lamr;
        }
        else
        {
            r = cache.R;
            q = cache.Q;
            fm = cache.Fm;
            m = cache.M;
            p1 = cache.P1;
            xm = cache.Xm;
            xl = cache.Xl;
            xr = cache.Xr;
            c = cache.C;
            laml = cache.Laml;
            lamr = cache.Lamr;
            p2 = cache.P2;
            p3 = cache.P3;
            p4 = cache.P4;
        }

    Step10:
        nrq = n * r * q;
        u = core.NextDouble() * p4;
        v = core.NextDouble();
        if (u > p1)
        {
            goto Step20;
        }

        y = (long)Math.Floor(xm - p1 * v + u);
        goto Step60;

    Step20:
        if (u > p2)
        {
            goto Step30;
        }

        x = xl + (u - p1) / c;
        v = v * c + 1.0 - Math.Abs(m - x + 0.5) / p1;
        if (v > 1.0)
        {
            goto Step10;
        }

        y = (long)Math.Floor(x);
        goto Step50;

    Step30:
        if (u > p3)
        {
            goto Step40;
        }

        y = (long)Math.Floor(xl + Math.Log(v) / laml);

        // v == 0 made the conversion above meaningless: reject it.
        if (y < 0 || v == 0.0)
        {
            goto Step10;
        }

        v = v * (u - p2) * laml;
        goto Step50;

    Step40:
        y = (long)Math.Floor(xr - Math.Log(v) / lamr);
        if (y > n || v == 0.0)
        {
            goto Step10;
        }

        v = v * (u - p3) * lamr;

    Step50:
        k = Math.Abs(y - m);
        if (k > 20 && k < nrq / 2.0 - 1)
        {
            goto Step52;
        }

        s = r / q;
        a = s * (n + 1);
        f = 1.0;
        if (m < y)
        {
            for (i = m + 1; i <= y; i++)
            {
                f *= a / i - s;
            }
        }
        else if (m > y)
        {
            for (i = y + 1; i <= m; i++)
            {
                f /= a / i - s;
            }
        }

        if (v > f)
        {
            goto Step10;
        }

        goto Step60;

    Step52:
        rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);

        // -k * k is an int64 product in C, divided as a double.
        t = -k * k / (2 * nrq);
        bigA = Math.Log(v);
        if (bigA < t - rho)
        {
            goto Step60;
        }

        if (bigA > t + rho)
        {
            goto Step10;
        }

        x1 = y + 1;
        f1 = m + 1;
        z = n + 1 - m;
        w = n - y + 1;
        x2 = x1 * x1;
        f2 = f1 * f1;
        z2 = z * z;
        w2 = w * w;
        if (bigA > (xm * Math.Log(f1 / x1)) + ((n - m + 0.5) * Math.Log(z / w)) + ((y - m) * Math.Log(w * r / (x1 * q)))
            + ((13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / f2) / f2) / f2) / f2) / f1 / 166320.0)
            + ((13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / z2) / z2) / z2) / z2) / z / 166320.0)
            + ((13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / x2) / x2) / x2) / x2) / x1 / 166320.0)
            + ((13680.0 - (462.0 - (132.0 - (99.0 - 140.0 / w2) / w2) / w2) / w2) / w / 166320.0))
        {
            goto Step10;
        }

    Step60:
        if (p > 0.5)
        {
            y = n - y;
        }

        return y;
    }
}
