namespace ArrayBridge;

/// <summary>
/// NumPy's <c>arrayprint.FloatingFormat</c> with the default options (precision 8,
/// <c>floatmode='maxprec'</c>, <c>suppress=False</c>, legacy off): looks at every value that will be
/// shown to choose positional or scientific notation and the padding that aligns the decimal
/// points, then formats each value with Dragon4's shortest round-trip digits for its own type.
/// </summary>
internal sealed unsafe class FloatingFormat : ElementFormat
{
    /// <summary>NumPy's default <c>precision</c> print option.</summary>
    public const int DefaultPrecision = 8;

    private readonly ScalarType _kind;
    private readonly bool _swap;
    private readonly bool _sign;
    private readonly bool _expFormat;
    private readonly bool _trimZeros;
    private readonly int _precision;
    private readonly int _minDigits;
    private readonly int _padLeft;
    private readonly int _padRight;
    private readonly int _expSize;

    /// <summary>
    /// Runs <c>FloatingFormat.__init__</c> and <c>fillFormat</c> over <paramref name="data"/>, the
    /// values to be shown, each exactly representable in <paramref name="kind"/> (float16, float32 or float64).
    /// </summary>
    /// <param name="data">The values that will be printed, non-finite ones included.</param>
    /// <param name="kind">Float16, Float32 or Float64: the type whose shortest round-trip digits are printed.</param>
    /// <param name="sign">NumPy's <c>sign='+'</c> (always print the sign), as for the imaginary part of
    /// complex numbers; otherwise <c>sign='-'</c>.</param>
    /// <param name="swap">Whether elements read by <see cref="Format(byte*, Span{char})"/> are byte-swapped.</param>
    /// <param name="scratch">Room for formatting one value.</param>
    /// <param name="precision">The <c>precision</c> print option (np.testing prints with 6).</param>
    public FloatingFormat(ReadOnlySpan<double> data, ScalarType kind, bool sign, bool swap, Span<char> scratch, int precision = DefaultPrecision)
    {
        _kind = kind;
        _swap = swap;
        _sign = sign;
        _precision = precision;

        // Notation is chosen from the finite non-zero magnitudes only.
        int finiteCount = 0;
        bool anyNonZero = false;
        bool anyNegativeInfinity = false;
        double maxValue = 0;
        double minValue = double.PositiveInfinity;
        foreach (double x in data)
        {
            if (!double.IsFinite(x))
            {
                anyNegativeInfinity |= double.IsNegativeInfinity(x);
                continue;
            }

            finiteCount++;
            if (x != 0)
            {
                double magnitude = Math.Abs(x);
                anyNonZero = true;
                maxValue = Math.Max(maxValue, magnitude);
                minValue = Math.Min(minValue, magnitude);
            }
        }

        if (anyNonZero)
        {
            _expFormat = maxValue >= 1e8 || minValue < 0.0001 || Ratio(maxValue, minValue, kind) > 1000.0;
        }

        if (finiteCount == 0)
        {
            _padLeft = 0;
            _padRight = 0;
            _trimZeros = true;
            _expSize = -1;
            _minDigits = -1;
        }
        else if (_expFormat)
        {
            // First pass: shortest digits at up to 8 fractional digits, to size the columns.
            int maxFraction = 0;
            int maxInt = 0;
            int maxExp = 0;
            foreach (double x in data)
            {
                if (!double.IsFinite(x))
                {
                    continue;
                }

                int length = Dragon4.FormatScientific(x, kind, scratch, precision, -1, sign, trimZeros: true, padLeft: -1, expDigits: -1);
                ReadOnlySpan<char> text = scratch[..length];
                int e = text.IndexOf('e');
                int point = text[..e].IndexOf('.');
                maxInt = Math.Max(maxInt, point);
                maxFraction = Math.Max(maxFraction, e - point - 1);
                maxExp = Math.Max(maxExp, length - e - 1);
            }

            _expSize = maxExp - 1;
            _trimZeros = false;
            _precision = maxFraction;
            _minDigits = maxFraction;
            _padLeft = maxInt;
            _padRight = _expSize + 2 + _precision;
        }
        else
        {
            int maxFraction = 0;
            int maxInt = 0;
            foreach (double x in data)
            {
                if (!double.IsFinite(x))
                {
                    continue;
                }

                int length = Dragon4.FormatPositional(x, kind, scratch, precision, -1, sign, trimZeros: true, padLeft: -1, padRight: -1);
                int point = scratch[..length].IndexOf('.');
                maxInt = Math.Max(maxInt, point);
                maxFraction = Math.Max(maxFraction, length - point - 1);
            }

            _padLeft = maxInt;
            _padRight = maxFraction;
            _expSize = -1;
            _trimZeros = true;
            _minDigits = 0;
        }

        // Non-finite values may need a wider integer column: "nan", "inf", "-inf" or "+inf" must
        // fit in pad_left + 1 + pad_right.
        if (finiteCount != data.Length)
        {
            int negativeInfinity = sign || anyNegativeInfinity ? 1 : 0;
            int offset = _padRight + 1;
            _padLeft = Math.Max(_padLeft, Math.Max(3 - offset, 3 + negativeInfinity - offset));
        }
    }

    /// <summary>Reads one element of this format's type and formats it.</summary>
    public override int Format(byte* element, Span<char> destination) => FormatValue(ReadFloat(element, _kind, _swap), destination);

    /// <summary><c>FloatingFormat.__call__</c>: formats <paramref name="x"/> padded to the column widths.</summary>
    public int FormatValue(double x, Span<char> destination)
    {
        if (!double.IsFinite(x))
        {
            return FormatNonFinite(x, destination);
        }

        return _expFormat
            ? Dragon4.FormatScientific(x, _kind, destination, _precision, _minDigits, _sign, _trimZeros, _padLeft, _expSize)
            : Dragon4.FormatPositional(x, _kind, destination, _precision, _minDigits, _sign, _trimZeros, _padLeft, _padRight);
    }

    private int FormatNonFinite(double x, Span<char> destination)
    {
        ReadOnlySpan<char> text = double.IsNaN(x)
            ? (_sign ? "+nan" : "nan")
            : x < 0 ? "-inf" : _sign ? "+inf" : "inf";
        int pad = Math.Max(0, _padLeft + _padRight + 1 - text.Length);
        destination[..pad].Fill(' ');
        text.CopyTo(destination[pad..]);
        return pad + text.Length;
    }

    /// <summary><c>max_val / min_val</c> computed in the array's own type, as NumPy's scalars do
    /// (float16 division goes through float32 and rounds back, and may overflow to inf).</summary>
    private static double Ratio(double max, double min, ScalarType kind) => kind switch
    {
        ScalarType.Float16 => (double)(Half)((float)max / (float)min),
        ScalarType.Float32 => (float)max / (float)min,
        _ => max / min,
    };
}
