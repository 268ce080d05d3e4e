using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// casinh, casin, cacos, cacosh by Hull, Fairgrieve and Tang's algorithm ("Implementing the complex
/// arcsine and arccosine functions using exception handling", ACM TOMS 23(3), 1997) in the form of
/// FreeBSD msun's catrig: A = (|z+i| + |z-i|)/2 and B = y/A, with A - 1 and A - y formed without
/// cancellation near the branch points and scaling where squares would overflow or underflow.
/// </summary>
internal static partial class ComplexFunctions
{
    private const double Epsilon = 2.220446049250313e-16;
    private const double RecipEpsilon = 1 / Epsilon;
    private const double ACrossover = 10;
    private const double BCrossover = 0.6417;
    private const double FourSqrtMin = 1.4916681462400413e-154; // 2^-509
    private const double QuarterSqrtMax = 1.3407807929942597e153; // 2^509
    private const double SqrtMin = 1.4916681462400413e-154 / 4; // 2^-511
    private const double Sqrt6EpsilonQuarter = 3.6500241499888571e-8 / 4;
    private const double Ln2 = 0.693147180559945309417232121458176568;

    /// <summary>(hypot(a, b) - b)/2 without cancellation when b > 0.</summary>
    private static double HalfHypotMinus(double a, double b, double hypotAB)
    {
        if (b < 0)
        {
            return (hypotAB - b) / 2;
        }

        return b == 0 ? a / 2 : a * a / (hypotAB + b) / 2;
    }

    /// <summary>
    /// For finite x, y >= 0 below 1/ε: Re casinh(x + iy), and either B = y/A (when usable for asin)
    /// or sqrt(A² - y²) with y scaled alike so that atan2 of the pair gives Im casinh without underflow.
    /// </summary>
    private static double ArcsineCore(double x, double y, out bool bUsable, out double b, out double sqrtA2MinusY2, out double newY)
    {
        double r = ScalarMath.Hypot(x, y + 1);
        double s = ScalarMath.Hypot(x, y - 1);
        double a = Math.Max((r + s) / 2, 1); // A >= 1 mathematically; rounding may dip below
        double rx;
        if (a < ACrossover)
        {
            if (y == 1 && x < Epsilon * Epsilon / 128)
            {
                rx = Math.Sqrt(x);
            }
            else if (x >= Epsilon * Math.Abs(y - 1))
            {
                double am1 = HalfHypotMinus(x, 1 + y, r) + HalfHypotMinus(x, 1 - y, s);
                rx = ScalarMath.Log1p(am1 + Math.Sqrt(am1 * (a + 1)));
            }
            else if (y < 1)
            {
                rx = x / Math.Sqrt((1 - y) * (1 + y));
            }
            else
            {
                rx = ScalarMath.Log1p((y - 1) + Math.Sqrt((y - 1) * (y + 1)));
            }
        }
        else
        {
            rx = Math.Log(a + Math.Sqrt(a * a - 1));
        }

        newY = y;
        b = 0;
        sqrtA2MinusY2 = 0;
        if (y < FourSqrtMin)
        {
            // y/A could underflow (illegitimately for cacos): atan2 on scaled values instead.
            bUsable = false;
            sqrtA2MinusY2 = a * (2 / Epsilon);
            newY = y * (2 / Epsilon);
            return rx;
        }

        b = y / a;
        bUsable = b <= BCrossover;
        if (!bUsable)
        {
            if (y == 1 && x < Epsilon / 128)
            {
                sqrtA2MinusY2 = Math.Sqrt(x) * Math.Sqrt((a + y) / 2);
            }
            else if (x >= Epsilon * Math.Abs(y - 1))
            {
                double amy = HalfHypotMinus(x, y + 1, r) + HalfHypotMinus(x, y - 1, s);
                sqrtA2MinusY2 = Math.Sqrt(amy * (a + y));
            }
            else if (y > 1)
            {
                const double scale = 4 / Epsilon / Epsilon;
                sqrtA2MinusY2 = x * scale * y / Math.Sqrt((y + 1) * (y - 1));
                newY = y * scale;
            }
            else
            {
                sqrtA2MinusY2 = Math.Sqrt((1 - y) * (1 + y));
            }
        }

        return rx;
    }

    /// <summary>clog for finite |z| beyond about 1/ε, scaled so that |z| never overflows.</summary>
    private static Complex LogOfLarge(double x, double y)
    {
        double ax = Math.Abs(x), ay = Math.Abs(y);
        if (ax < ay)
        {
            (ax, ay) = (ay, ax);
        }

        if (ax > double.MaxValue / 2)
        {
            return new(Math.Log(ScalarMath.Hypot(x / Math.E, y / Math.E)) + 1, Atan2(y, x));
        }

        if (ax > QuarterSqrtMax || ay < SqrtMin)
        {
            return new(Math.Log(ScalarMath.Hypot(x, y)), Atan2(y, x));
        }

        return new(Math.Log(ax * ax + ay * ay) / 2, Atan2(y, x));
    }

    /// <summary>casinh: odd in each part; ln(2|z|) with z's signs far out, z itself near 0.</summary>
    public static Complex Asinh(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        double ax = Math.Abs(x), ay = Math.Abs(y);
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            if (double.IsInfinity(x))
            {
                return new(x, double.NaN);
            }

            if (double.IsInfinity(y))
            {
                // The C library gives the infinite real part the NaN's sign, not y's.
                return new(double.CopySign(double.PositiveInfinity, x), double.NaN);
            }

            return y == 0 ? new(double.NaN, y) : new(double.NaN, double.NaN);
        }

        if (ax > RecipEpsilon || ay > RecipEpsilon)
        {
            Complex w = double.IsNegative(x) ? LogOfLarge(-x, -y) : LogOfLarge(x, y);
            return new(double.CopySign(w.Real + Ln2, x), double.CopySign(w.Imaginary, y));
        }

        if ((x == 0 && y == 0) || (ax < Sqrt6EpsilonQuarter && ay < Sqrt6EpsilonQuarter))
        {
            return z;
        }

        double rx = ArcsineCore(ax, ay, out bool bUsable, out double b, out double sqrtA2MinusY2, out double newY);
        double ry = bUsable ? Math.Asin(b) : Atan2(newY, sqrtA2MinusY2);
        return new(double.CopySign(rx, x), double.CopySign(ry, y));
    }

    /// <summary>casin(z) = swap(casinh(swap(z))), swap(x + iy) = y + ix.</summary>
    public static Complex Asin(Complex z)
    {
        Complex w = Asinh(new Complex(z.Imaginary, z.Real));
        return new(w.Imaginary, w.Real);
    }

    /// <summary>cacos: π/2 - casin(z) computed directly so that it stays accurate near z = 1.</summary>
    public static Complex Acos(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        bool sx = double.IsNegative(x), sy = double.IsNegative(y);
        double ax = Math.Abs(x), ay = Math.Abs(y);
        if (double.IsNaN(x) || double.IsNaN(y))
        {
            if (double.IsInfinity(x))
            {
                // The C library's imaginary part is -∞ with the sign of the NaN flipped.
                return new(double.NaN, -double.CopySign(double.PositiveInfinity, y));
            }

            if (double.IsInfinity(y))
            {
                return new(double.NaN, -y);
            }

            return x == 0 ? new(HalfPi, double.NaN) : new(double.NaN, double.NaN);
        }

        double rx, ry;
        if (ax > RecipEpsilon || ay > RecipEpsilon)
        {
            Complex w = LogOfLarge(x, y);
            rx = Math.Abs(w.Imaginary);
            ry = w.Real + Ln2;
            return new(rx, sy ? ry : -ry);
        }

        if (x == 1 && y == 0)
        {
            return new(0.0, -y);
        }

        if (ax < Sqrt6EpsilonQuarter && ay < Sqrt6EpsilonQuarter)
        {
            return new(1.5707963267948966 - (x - 6.1232339957367659e-17), -y);
        }

        ry = ArcsineCore(ay, ax, out bool bUsable, out double b, out double sqrtA2MinusX2, out double newX);
        rx = bUsable
            ? Math.Acos(sx ? -b : b)
            : Atan2(sqrtA2MinusX2, sx ? -newX : newX);
        return new(rx, sy ? ry : -ry);
    }

    /// <summary>cacosh: ±i·cacos(z), the sign chosen so that the real part is >= 0.</summary>
    public static Complex Acosh(Complex z)
    {
        if (z.Real == 0 && double.IsNaN(z.Imaginary))
        {
            // The C library's cacosh(±0 + iNaN), as C99 Annex G lists it: NaN + iπ/2.
            return new(double.NaN, HalfPi);
        }

        Complex w = Acos(z);
        double rx = w.Real, ry = w.Imaginary;
        if (double.IsNaN(rx) && double.IsNaN(ry))
        {
            return new(ry, rx);
        }

        if (double.IsNaN(rx))
        {
            return new(Math.Abs(ry), rx);
        }

        if (double.IsNaN(ry))
        {
            return new(ry, ry);
        }

        return new(Math.Abs(ry), double.CopySign(rx, z.Imaginary));
    }
}
