using System.Numerics;

namespace ArrayBridge;

/// <summary>
/// Double-precision complex functions with C99 Annex G's special values (the C library's
/// <c>csqrt</c>, <c>cexp</c>, <c>clog</c>, <c>csinh</c> ... that NumPy's complex loops call):
/// infinities, NaNs and signed zeros are decided by the rules, finite values by formulas that
/// avoid cancellation and intermediate overflow, and odd or conjugate-symmetric functions take
/// the signs of their results from the input's, so -0.0 lands where the C library puts it.
/// Where NumPy's complex64 results carry single-precision roundings that a double computation
/// would not (tanh, tan, atanh, atan), a <see cref="Complex64"/> twin computes in float32.
/// </summary>
internal static partial class ComplexFunctions
{
    private const double HalfPi = Math.PI / 2;

    /// <summary>csqrt: the principal root, real part >= 0, imaginary part with the sign of z's.</summary>
    public static Complex Sqrt(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        if (double.IsInfinity(y))
        {
            return new(double.PositiveInfinity, y);
        }

        if (double.IsNaN(x))
        {
            return new(x, double.NaN);
        }

        if (double.IsInfinity(x))
        {
            if (double.IsNaN(y))
            {
                return x > 0 ? new(x, y) : new(y, double.PositiveInfinity);
            }

            return x > 0 ? new(x, double.CopySign(0.0, y)) : new(0.0, double.CopySign(double.PositiveInfinity, y));
        }

        if (double.IsNaN(y))
        {
            return new(y, y);
        }

        if (x == 0 && y == 0)
        {
            return new(0.0, y);
        }

        // sqrt((|x| + |z|)/2) overflows near the top of the range and loses bits among
        // subnormals; scale by an even power of two there and undo it on the result.
        double scale = 1.0;
        double ax = Math.Abs(x), ay = Math.Abs(y);
        if (ax > 1e300 || ay > 1e300)
        {
            ax *= 0.25;
            ay *= 0.25;
            scale = 2.0;
        }
        else if (ax < 1e-300 && ay < 1e-300)
        {
            ax *= 18014398509481984.0; // 2^54
            ay *= 18014398509481984.0;
            scale = 1.0 / 134217728.0; // 2^-27
        }

        double t = Math.Sqrt((ax + ScalarMath.Hypot(ax, ay)) * 0.5);
        double u = ay / (2 * t);
        return x >= 0
            ? new(t * scale, double.CopySign(u * scale, y))
            : new(u * scale, double.CopySign(t * scale, y));
    }

    /// <summary>Exp, raising invalid where C99 Annex G does: a NaN part out of numbers alone.</summary>
    public static Complex Exp(Complex z) => FlagInvalid(z, ExpCore(z));

    /// <summary>cexp.</summary>
    private static Complex ExpCore(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        if (double.IsNaN(x))
        {
            if (y == 0)
            {
                return new(x, y);
            }

            // The C library raises invalid for NaN + i·y with y a nonzero number or infinity.
            if (!double.IsNaN(y))
            {
                FloatingPointStatus.SetInvalid();
            }

            return new(x, double.NaN);
        }

        if (double.IsInfinity(x))
        {
            if (!double.IsFinite(y))
            {
                // e^-inf takes the sign of the imaginary part onto its zero, as the C library does.
                return x > 0 ? new(x, double.NaN) : new(0.0, double.CopySign(0.0, y));
            }

            if (y == 0)
            {
                return new(x > 0 ? x : 0.0, y);
            }

            double m = x > 0 ? x : 0.0;
            (double s, double c) = Math.SinCos(y);
            return new(m * c, m * s);
        }

        if (!double.IsFinite(y))
        {
            // A number times e^(i NaN) is invalid in the C library, as e^(i inf) is.
            FloatingPointStatus.SetInvalid();
            return new(double.NaN, double.NaN);
        }

        if (y == 0)
        {
            return new(Math.Exp(x), y);
        }

        (double sy, double cy) = Math.SinCos(y);
        if (x > 709)
        {
            // e^x alone would overflow where e^x·cos y need not: apply it in two halves.
            double h = Math.Exp(x * 0.5);
            return new(h * cy * h, h * sy * h);
        }

        double e = Math.Exp(x);
        return new(e * cy, e * sy);
    }

    /// <summary>clog: ln|z| (through log1p near |z| = 1, where ln would cancel) and arg z.</summary>
    public static Complex Log(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        if (double.IsInfinity(x) || double.IsInfinity(y))
        {
            return new(double.PositiveInfinity, Atan2(y, x));
        }

        if (double.IsNaN(x) || double.IsNaN(y))
        {
            return new(double.NaN, double.NaN);
        }

        double angle = Atan2(y, x);
        if (x == 0 && y == 0)
        {
            FloatingPointStatus.SetDivideByZero();
            return new(double.NegativeInfinity, angle);
        }

        double ax = Math.Abs(x), ay = Math.Abs(y);
        if (ax < ay)
        {
            (ax, ay) = (ay, ax);
        }

        // Near |z| = 1, ln|z| = log1p(|z|² - 1)/2 with |z|² - 1 formed without cancellation, in the
        // same regions as the C library (whose roundings NumPy's results carry).
        if (ax == 1)
        {
            return new(0.5 * ScalarMath.Log1p(ay * ay), angle);
        }

        if (ax > 1 && ax < 2 && ay < 1)
        {
            double d = (ax - 1) * (ax + 1);
            if (ay >= 2.220446049250313e-16)
            {
                d += ay * ay;
            }

            return new(0.5 * ScalarMath.Log1p(d), angle);
        }

        if (ax < 1 && ax >= 0.5)
        {
            if (ay < 1.1102230246251565e-16)
            {
                return new(0.5 * ScalarMath.Log1p((ax - 1) * (ax + 1)), angle);
            }

            if (ax * ax + ay * ay >= 0.5)
            {
                return new(0.5 * ScalarMath.Log1p(SquaresMinusOne(ax, ay)), angle);
            }
        }

        if (ax > double.MaxValue / 2)
        {
            // |z| may exceed double.MaxValue while ln|z| is about 710: halve exactly, add ln 2.
            return new(Math.Log(ScalarMath.Hypot(ax * 0.5, ay * 0.5)) + 0.693147180559945309417232121458176568, angle);
        }

        return new(Math.Log(ScalarMath.Hypot(ax, ay)), angle);
    }

    /// <summary>
    /// atan2 without the spurious underflow of an intermediate |x/y| below the normal range when
    /// |y| dwarfs |x|: the result then rounds to ±π/2 whatever the tiny correction, as the C library returns it.
    /// </summary>
    private static double Atan2(double y, double x)
    {
        double ay = Math.Abs(y);
        if (double.IsFinite(x) && ay > 1e-280 && Math.Abs(x) < ay * 8.673617379884035e-19)
        {
            return double.CopySign(HalfPi, y);
        }

        return Math.Atan2(y, x);
    }

    /// <summary>x² + y² - 1 to nearly full precision even when it cancels: each square split exactly into two doubles, the five terms summed with error-free additions.</summary>
    private static double SquaresMinusOne(double x, double y)
    {
        double x2 = x * x, x2Low = Math.FusedMultiplyAdd(x, x, -x2);
        double y2 = y * y, y2Low = Math.FusedMultiplyAdd(y, y, -y2);
        (double s1, double e1) = TwoSum(x2, -1.0);
        (double s2, double e2) = TwoSum(s1, y2);
        return s2 + (e1 + e2 + x2Low + y2Low);
    }

    /// <summary>Raises the invalid flag when <paramref name="result"/> has a NaN part and <paramref name="z"/> had none (∞·0, ∞ - ∞ in the special-value tables).</summary>
    private static Complex FlagInvalid(Complex z, Complex result)
    {
        if ((double.IsNaN(result.Real) || double.IsNaN(result.Imaginary)) && !double.IsNaN(z.Real) && !double.IsNaN(z.Imaginary))
        {
            FloatingPointStatus.SetInvalid();
        }

        return result;
    }

    /// <inheritdoc cref="FlagInvalid(Complex, Complex)"/>
    private static Complex64 FlagInvalid(Complex64 z, Complex64 result)
    {
        if ((float.IsNaN(result.Real) || float.IsNaN(result.Imaginary)) && !float.IsNaN(z.Real) && !float.IsNaN(z.Imaginary))
        {
            FloatingPointStatus.SetInvalid();
        }

        return result;
    }

    private static (double Sum, double Error) TwoSum(double a, double b)
    {
        double s = a + b;
        double bv = s - a;
        return (s, (a - (s - bv)) + (b - bv));
    }

    /// <summary>Sinh, raising invalid where C99 Annex G does: a NaN part out of numbers alone.</summary>
    public static Complex Sinh(Complex z) => FlagInvalid(z, SinhCore(z));

    /// <summary>csinh.</summary>
    private static Complex SinhCore(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0)
            {
                return new(Math.Sinh(x), y);
            }

            (double s, double c) = Math.SinCos(y);
            if (x == 0)
            {
                return new(x * c, s);
            }

            return new(Math.Sinh(x) * c, Math.Cosh(x) * s);
        }

        if (x == 0)
        {
            // sinh(±0 + i inf/NaN) = ±0 + iNaN.
            return new(x, double.NaN);
        }

        if (double.IsInfinity(x))
        {
            if (y == 0)
            {
                return new(x, y);
            }

            if (!double.IsFinite(y))
            {
                // ±inf + iNaN, the sign unspecified; the C library's is +.
                return new(double.PositiveInfinity, double.NaN);
            }

            (double s, double c) = Math.SinCos(y);
            return new(x * c, double.PositiveInfinity * s);
        }

        if (double.IsNaN(x) && y == 0)
        {
            return new(x, y);
        }

        if (double.IsFinite(x))
        {
            // A nonzero number with a NaN imaginary part: the C library raises invalid.
            FloatingPointStatus.SetInvalid();
        }

        return new(double.NaN, double.NaN);
    }

    /// <summary>Cosh, raising invalid where C99 Annex G does: a NaN part out of numbers alone.</summary>
    public static Complex Cosh(Complex z) => FlagInvalid(z, CoshCore(z));

    /// <summary>ccosh.</summary>
    private static Complex CoshCore(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0)
            {
                return new(Math.Cosh(x), double.CopySign(0.0, x) * double.CopySign(1.0, y));
            }

            (double s, double c) = Math.SinCos(y);
            if (x == 0)
            {
                return new(c, x * s);
            }

            return new(Math.Cosh(x) * c, Math.Sinh(x) * s);
        }

        if (x == 0)
        {
            // cosh(±0 + i inf/NaN) = NaN ± i0, the sign unspecified; the C library's is +.
            return new(double.NaN, 0.0);
        }

        if (double.IsInfinity(x))
        {
            if (y == 0)
            {
                return new(double.PositiveInfinity, double.CopySign(0.0, x) * double.CopySign(1.0, y));
            }

            if (!double.IsFinite(y))
            {
                return new(double.PositiveInfinity, double.NaN);
            }

            (double s, double c) = Math.SinCos(y);
            return new(double.PositiveInfinity * c, x * s);
        }

        if (double.IsNaN(x) && y == 0)
        {
            // A NaN carries no sign the C library uses: the zero keeps y's.
            return new(x, y);
        }

        return new(double.NaN, double.NaN);
    }

    /// <summary>Tanh, raising invalid where C99 Annex G does: a NaN part out of numbers alone.</summary>
    public static Complex Tanh(Complex z) => FlagInvalid(z, TanhCore(z));

    /// <summary>ctanh: (sinh x cosh x + i sin y cos y) / (sinh² x + cos² y), with e^-2|x| taken apart where cosh x would overflow.</summary>
    private static Complex TanhCore(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        if (double.IsInfinity(x))
        {
            // The sign of sin y·cos y (not sin 2y, which overflows for |y| near double.MaxValue), as the C library takes it.
            double imag = !double.IsFinite(y) ? double.CopySign(0.0, y)
                : Math.Abs(y) > 1 ? double.CopySign(0.0, Math.Sin(y) * Math.Cos(y)) : double.CopySign(0.0, y);
            return new(double.CopySign(1.0, x), imag);
        }

        if (double.IsNaN(x))
        {
            if (double.IsInfinity(y))
            {
                // tanh(NaN ± i·inf): the C library raises invalid.
                FloatingPointStatus.SetInvalid();
            }

            return y == 0 ? new(x, y) : new(double.NaN, double.NaN);
        }

        if (!double.IsFinite(y))
        {
            return x == 0 ? new(x, double.NaN) : new(double.NaN, double.NaN);
        }

        (double sy, double cy) = Math.Abs(y) > 2.2250738585072014e-308 ? Math.SinCos(y) : (y, 1.0);
        const double Limit = 354; // (1024 - 1)·ln2/2, rounded down: cosh x·sinh x stays finite below it.
        if (Math.Abs(x) > Limit)
        {
            double exp2t = Math.Exp(2 * Limit);
            double imag = 4 * sy * cy / exp2t;
            double rest = Math.Abs(x) - Limit;
            imag = rest > Limit ? imag / exp2t : imag / Math.Exp(2 * rest);
            return new(double.CopySign(1.0, x), imag);
        }

        double sh, ch;
        if (Math.Abs(x) > 2.2250738585072014e-308)
        {
            sh = Math.Sinh(x);
            ch = Math.Cosh(x);
        }
        else
        {
            sh = x;
            ch = 1.0;
        }

        double denominator = Math.Abs(sh) > Math.Abs(cy) * 2.220446049250313e-16 ? sh * sh + cy * cy : cy * cy;
        return new(sh * ch / denominator, sy * cy / denominator);
    }

    /// <summary>Tanh, raising invalid where C99 Annex G does: a NaN part out of numbers alone.</summary>
    public static Complex64 Tanh(Complex64 z) => FlagInvalid(z, TanhCore(z));

    /// <summary>ctanhf: <see cref="Tanh(Complex)"/> in single precision, as NumPy's complex64 loop computes it.</summary>
    private static Complex64 TanhCore(Complex64 z)
    {
        float x = z.Real, y = z.Imaginary;
        if (!float.IsFinite(x) || !float.IsFinite(y))
        {
            return (Complex64)Tanh((Complex)z);
        }

        (float sy, float cy) = MathF.Abs(y) > 1.17549435e-38f ? MathF.SinCos(y) : (y, 1f);
        const float Limit = 44; // (128 - 1)·ln2/2, rounded down.
        if (MathF.Abs(x) > Limit)
        {
            float exp2t = MathF.Exp(2 * Limit);
            float imag = 4 * sy * cy / exp2t;
            float rest = MathF.Abs(x) - Limit;
            imag = rest > Limit ? imag / exp2t : imag / MathF.Exp(2 * rest);
            return new(MathF.CopySign(1f, x), imag);
        }

        float sh, ch;
        if (MathF.Abs(x) > 1.17549435e-38f)
        {
            sh = MathF.Sinh(x);
            ch = MathF.Cosh(x);
        }
        else
        {
            sh = x;
            ch = 1f;
        }

        float denominator = MathF.Abs(sh) > MathF.Abs(cy) * 1.1920929e-07f ? sh * sh + cy * cy : cy * cy;
        return new(sh * ch / denominator, sy * cy / denominator);
    }

    /// <summary>Sin, raising invalid where C99 Annex G does: a NaN part out of numbers alone.</summary>
    public static Complex Sin(Complex z) => FlagInvalid(z, SinCore(z));

    /// <summary>csin(z) = -i·csinh(iz), but for a non-finite real and infinite imaginary part: NaN + i·inf, as the C library gives.</summary>
    private static Complex SinCore(Complex z)
    {
        if (!double.IsFinite(z.Real) && double.IsInfinity(z.Imaginary))
        {
            return new(double.NaN, double.PositiveInfinity);
        }

        Complex w = Sinh(new(-z.Imaginary, z.Real));
        return new(w.Imaginary, -w.Real);
    }

    /// <summary>ccos(z) = ccosh(iz).</summary>
    public static Complex Cos(Complex z) => Cosh(new(-z.Imaginary, z.Real));

    /// <summary>ctan(z) = -i·ctanh(iz).</summary>
    public static Complex Tan(Complex z)
    {
        Complex w = Tanh(new Complex(-z.Imaginary, z.Real));
        return new(w.Imaginary, -w.Real);
    }

    /// <summary>ctanf(z) = -i·ctanhf(iz).</summary>
    public static Complex64 Tan(Complex64 z)
    {
        Complex64 w = Tanh(new Complex64(-z.Imaginary, z.Real));
        return new(w.Imaginary, -w.Real);
    }

    /// <summary>catanh: odd in each part, computed on |x| + i|y| and the signs put back.</summary>
    public static Complex Atanh(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        double ax = Math.Abs(x), ay = Math.Abs(y);
        double re, im;
        if (double.IsFinite(ax) && double.IsFinite(ay))
        {
            if (ax >= 7.205759403792794e16 || ay >= 7.205759403792794e16)
            {
                // 16/ε and beyond: 1/z to working precision, re = x/|z|², im = π/2.
                im = HalfPi;
                if (ax <= 1)
                {
                    re = ax / ay / ay;
                }
                else if (ay <= 1)
                {
                    re = 1 / ax;
                }
                else
                {
                    double h = ScalarMath.Hypot(ax * 0.5, ay * 0.5);
                    re = ax / h / h / 4;
                }
            }
            else if (ax == 1 && ay == 0)
            {
                FloatingPointStatus.SetDivideByZero();
                re = double.PositiveInfinity;
                im = 0.0;
            }
            else if (ax == 1 && ay < 4.930380657631324e-32)
            {
                // At |x| = 1 with y below ε² the ratio below underflows: ln(2/|y|)/2 directly.
                re = 0.5 * (0.693147180559945309417232121458176568 - Math.Log(ay));
                im = 0.5 * Atan2(2 * ay, 0.0);
            }
            else
            {
                // Signed real part, as the C library forms it: ln of the ratio where that is below
                // 1/2, log1p of 4x over the denominator otherwise.
                double i2 = ay * ay;
                double num = 1 + x;
                num = i2 + num * num;
                double den = 1 - x;
                den = i2 + den * den;
                double f = num / den;
                re = Math.Abs(f < 0.5 ? 0.25 * Math.Log(f) : 0.25 * ScalarMath.Log1p(4 * x / den));

                double big = ax, small = ay;
                if (big < small)
                {
                    (big, small) = (small, big);
                }

                double d;
                if (small < 1.1102230246251565e-16)
                {
                    d = (1 - big) * (1 + big);
                    d = d == 0 ? 0.0 : d;
                }
                else if (big >= 1)
                {
                    d = (1 - big) * (1 + big) - small * small;
                }
                else if (big >= 0.75 || small >= 0.5)
                {
                    d = -SquaresMinusOne(big, small);
                }
                else
                {
                    d = (1 - big) * (1 + big) - small * small;
                }

                im = 0.5 * Atan2(2 * ay, d);
            }
        }
        else if (double.IsInfinity(ay))
        {
            re = 0.0;
            im = HalfPi;
        }
        else if (double.IsInfinity(ax))
        {
            re = 0.0;
            im = double.IsNaN(ay) ? ay : HalfPi;
        }
        else if (double.IsNaN(ay))
        {
            re = ax == 0 ? 0.0 : double.NaN;
            im = double.NaN;
        }
        else
        {
            re = double.NaN;
            im = double.NaN;
        }

        return new(double.CopySign(re, x), double.CopySign(im, y));
    }

    /// <summary>catanhf: <see cref="Atanh(Complex)"/> in single precision, as NumPy's complex64 loop computes it.</summary>
    public static Complex64 Atanh(Complex64 z)
    {
        float x = z.Real, y = z.Imaginary;
        float ax = MathF.Abs(x), ay = MathF.Abs(y);
        if (!float.IsFinite(x) || !float.IsFinite(y) || ax >= 134217728f || ay >= 134217728f || (ax == 1 && ay == 0))
        {
            // Special values and 1/z far out: the double form rounded once is as the C library's.
            return (Complex64)Atanh((Complex)z);
        }

        if (ax == 1 && ay < 1.4210855e-14f)
        {
            float real = 0.5f * (0.6931472f - MathF.Log(ay));
            return new(MathF.CopySign(real, x), MathF.CopySign(0.5f * MathF.Atan2(2 * ay, 0f), y));
        }

        float i2 = ay * ay;
        float num = 1 + x;
        num = i2 + num * num;
        float den = 1 - x;
        den = i2 + den * den;
        float f = num / den;
        float re = MathF.Abs(f < 0.5f ? 0.25f * MathF.Log(f) : 0.25f * (float)ScalarMath.Log1p(4 * x / den));

        float big = ax, small = ay;
        if (big < small)
        {
            (big, small) = (small, big);
        }

        float d;
        if (small < 5.9604645e-08f)
        {
            d = (1 - big) * (1 + big);
            d = d == 0 ? 0f : d;
        }
        else if (big >= 1)
        {
            d = (1 - big) * (1 + big) - small * small;
        }
        else if (big >= 0.75f || small >= 0.5f)
        {
            // Squares of floats are exact in double: |z|² - 1 from them rounds once.
            d = (float)-((double)big * big + (double)small * small - 1);
        }
        else
        {
            d = (1 - big) * (1 + big) - small * small;
        }

        float im = 0.5f * MathF.Atan2(2 * ay, d);
        return new(MathF.CopySign(re, x), MathF.CopySign(im, y));
    }

    /// <summary>
    /// catan(x + iy) = -i·catanh(-y + ix), and catanh being odd and conjugate-symmetric that is
    /// catanh(y + ix) with its parts swapped, which forms the same terms as the C library's catan.
    /// </summary>
    public static Complex Atan(Complex z)
    {
        Complex w = Atanh(new Complex(z.Imaginary, z.Real));
        return new(w.Imaginary, w.Real);
    }

    /// <summary>catanf: <see cref="Atan(Complex)"/> through the single-precision catanhf.</summary>
    public static Complex64 Atan(Complex64 z)
    {
        Complex64 w = Atanh(new Complex64(z.Imaginary, z.Real));
        return new(w.Imaginary, w.Real);
    }

    /// <summary>NumPy's <c>nc_exp2</c>: cexp(z·ln 2).</summary>
    public static Complex Exp2(Complex z) => Exp(new(z.Real * 0.693147180559945309417232121458176568, z.Imaginary * 0.693147180559945309417232121458176568));

    /// <summary>NumPy's <c>nc_log2</c>: clog(z) with both parts times log2(e).</summary>
    public static Complex Log2(Complex z)
    {
        Complex w = Log(z);
        return new(w.Real * 1.442695040888963407359924681001892137, w.Imaginary * 1.442695040888963407359924681001892137);
    }

    /// <summary>NumPy's <c>nc_log10</c>: clog(z) with both parts times log10(e).</summary>
    public static Complex Log10(Complex z)
    {
        Complex w = Log(z);
        return new(w.Real * 0.434294481903251827651128918916605082, w.Imaginary * 0.434294481903251827651128918916605082);
    }

    /// <summary>NumPy's <c>nc_expm1</c>: expm1(x)·cos y - 2 sin²(y/2) + i·e^x sin y, special values as the formula gives them.</summary>
    public static Complex Expm1(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        double a = Math.Sin(y / 2);
        return new(ScalarMath.Expm1(x) * Math.Cos(y) - 2 * a * a, Math.Exp(x) * Math.Sin(y));
    }

    /// <summary>NumPy's <c>nc_log1p</c>: ln|1 + z| + i·arg(1 + z), special values as the formula gives them.</summary>
    public static Complex Log1p(Complex z)
    {
        double x = z.Real, y = z.Imaginary;
        return new(Math.Log(ScalarMath.Hypot(x + 1, y)), Atan2(y, x + 1));
    }

    /// <summary>NumPy's <c>nc_rint</c>: each part rounded to the nearest integer, ties to even.</summary>
    public static Complex Rint(Complex z) => new(Math.Round(z.Real), Math.Round(z.Imaginary));
}
