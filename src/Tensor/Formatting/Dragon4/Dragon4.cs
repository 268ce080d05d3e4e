using System.Diagnostics;

namespace ArrayBridge;

/// <summary>
/// A port of NumPy's <c>dragon4.c</c> (Ryan Juckett's Dragon4 as modified by NumPy 1.24) in its
/// "unique" digit mode: <c>np.format_float_positional</c> and <c>np.format_float_scientific</c> with
/// <c>unique=True</c>, which is all <c>repr(ndarray)</c> uses with default print options. Digits are
/// the shortest that round-trip in the value's own type (float16, float32 or float64), cut off at a
/// precision and extended to a minimum digit count with exact, round-half-even rounding.
/// </summary>
/// <remarks>
/// Only the trim modes <c>'k'</c> (keep zeros) and <c>'.'</c> (trim zeros, keep the point) are ported,
/// as <c>FloatingFormat</c> uses no other. Non-finite values are the caller's business, as they are
/// for <c>FloatingFormat.__call__</c>.
/// </remarks>
internal static class Dragon4
{
    /// <summary>log10(2), as NumPy spells it.</summary>
    private const double Log10Of2 = 0.30102999566398119521373889472449;

    /// <summary>
    /// <c>dragon4_positional(x, precision, min_digits, unique=True, fractional=True, trim, sign,
    /// pad_left, pad_right)</c>: writes <paramref name="value"/> as <c>ddd.ddd</c> into
    /// <paramref name="destination"/> and returns the length. Negative precision, min-digits or pads
    /// mean "none", as NumPy's <c>-1</c>.
    /// </summary>
    public static int FormatPositional(double value, ScalarType kind, Span<char> destination,
        int precision, int minDigits, bool sign, bool trimZeros, int padLeft, int padRight)
    {
        Decompose(value, kind, out ulong mantissa, out int exponent, out int mantissaBit, out bool unequalMargins, out bool negative);
        int pos = 0;
        int hasSign = 0;
        if (negative)
        {
            destination[pos++] = '-';
            hasSign = 1;
        }
        else if (sign)
        {
            destination[pos++] = '+';
            hasSign = 1;
        }

        int numDigits = Generate(mantissa, exponent, mantissaBit, unequalMargins, fractionCutoff: true,
            precision, minDigits, destination[hasSign..], out int printExponent);

        int numWholeDigits;
        int numFractionDigits = 0;
        if (printExponent >= 0)
        {
            numWholeDigits = printExponent + 1;
            if (numDigits <= numWholeDigits)
            {
                // Whole number: pad with zeros up to the decimal point.
                pos += numDigits;
                destination.Slice(pos, numWholeDigits - numDigits).Fill('0');
                pos += numWholeDigits - numDigits;
            }
            else
            {
                // Insert the decimal point among the digits.
                numFractionDigits = numDigits - numWholeDigits;
                int point = pos + numWholeDigits;
                destination.Slice(point, numFractionDigits).CopyTo(destination[(point + 1)..]);
                destination[point] = '.';
                pos = point + 1 + numFractionDigits;
            }
        }
        else
        {
            // 0.000ddd: shift the digits right to make room for "0." and the leading zeros.
            int numFractionZeros = -(printExponent + 1);
            int digitsStart = 2 + numFractionZeros;
            destination.Slice(pos, numDigits).CopyTo(destination[(pos + digitsStart)..]);
            destination.Slice(pos + 2, numFractionZeros).Fill('0');
            destination[pos] = '0';
            destination[pos + 1] = '.';
            numFractionDigits = numDigits + numFractionZeros;
            numWholeDigits = 1;
            pos += 2 + numFractionDigits;
        }

        if (numFractionDigits == 0)
        {
            destination[pos++] = '.';
        }

        if (!trimZeros)
        {
            // trim='k': add trailing zeros up to min_digits fractional digits.
            int desired = minDigits < 0 ? 0 : minDigits;
            if (desired > numFractionDigits)
            {
                int count = desired - numFractionDigits;
                destination.Slice(pos, count).Fill('0');
                pos += count;
                numFractionDigits += count;
            }
        }
        else if (numFractionDigits > 0)
        {
            // trim='.': rounding may still leave trailing zeros; drop them, keep the point.
            while (destination[pos - 1] == '0')
            {
                pos--;
                numFractionDigits--;
            }
        }

        if (padRight >= numFractionDigits)
        {
            int count = padRight - numFractionDigits;
            destination.Slice(pos, count).Fill(' ');
            pos += count;
        }

        if (padLeft > numWholeDigits + hasSign)
        {
            int shift = padLeft - (numWholeDigits + hasSign);
            destination[..pos].CopyTo(destination[shift..]);
            destination[..shift].Fill(' ');
            pos += shift;
        }

        return pos;
    }

    /// <summary>
    /// <c>dragon4_scientific(x, precision, min_digits, unique=True, trim, sign, pad_left, exp_digits)</c>:
    /// writes <paramref name="value"/> as <c>d.ddde+XX</c> into <paramref name="destination"/> and returns the length.
    /// </summary>
    public static int FormatScientific(double value, ScalarType kind, Span<char> destination,
        int precision, int minDigits, bool sign, bool trimZeros, int padLeft, int expDigits)
    {
        Decompose(value, kind, out ulong mantissa, out int exponent, out int mantissaBit, out bool unequalMargins, out bool negative);
        int pos = 0;
        int leftChars = 1 + (negative || sign ? 1 : 0);
        if (padLeft > leftChars)
        {
            destination[..(padLeft - leftChars)].Fill(' ');
            pos = padLeft - leftChars;
        }

        if (negative)
        {
            destination[pos++] = '-';
        }
        else if (sign)
        {
            destination[pos++] = '+';
        }

        int numDigits = Generate(mantissa, exponent, mantissaBit, unequalMargins, fractionCutoff: false,
            precision < 0 ? -1 : precision + 1, minDigits < 0 ? -1 : minDigits + 1,
            destination[pos..], out int printExponent);

        // Keep the first digit as the whole part; the point goes after it.
        pos++;
        int numFractionDigits = numDigits - 1;
        if (numFractionDigits > 0)
        {
            destination.Slice(pos, numFractionDigits).CopyTo(destination[(pos + 1)..]);
            destination[pos] = '.';
            pos += 1 + numFractionDigits;
        }
        else
        {
            destination[pos++] = '.';
        }

        if (!trimZeros)
        {
            int desired = minDigits < 0 ? 0 : minDigits;
            if (desired > numFractionDigits)
            {
                int count = desired - numFractionDigits;
                destination.Slice(pos, count).Fill('0');
                pos += count;
                numFractionDigits += count;
            }
        }
        else if (numFractionDigits > 0)
        {
            while (destination[pos - 1] == '0')
            {
                pos--;
            }
        }

        // The exponent: 'e', its sign, and at least expDigits digits (2 when unspecified, 5 at most).
        if (expDigits > 5)
        {
            expDigits = 5;
        }

        if (expDigits < 0)
        {
            expDigits = 2;
        }

        destination[pos++] = 'e';
        if (printExponent >= 0)
        {
            destination[pos++] = '+';
        }
        else
        {
            destination[pos++] = '-';
            printExponent = -printExponent;
        }

        int expLength = 1;
        for (int e = printExponent / 10; e != 0; e /= 10)
        {
            expLength++;
        }

        if (expLength < expDigits)
        {
            expLength = expDigits;
        }

        for (int i = expLength - 1; i >= 0; i--)
        {
            destination[pos + i] = (char)('0' + (printExponent % 10));
            printExponent /= 10;
        }

        return pos + expLength;
    }

    /// <summary>
    /// Splits a finite value of <paramref name="kind"/> (held exactly in a double) into NumPy's
    /// Dragon4 inputs: value = mantissa·2^exponent, the index of the mantissa's top bit, and whether
    /// the gap to the next value below is half the gap above (an exact power of two, not the
    /// smallest normal).
    /// </summary>
    private static void Decompose(double value, ScalarType kind, out ulong mantissa, out int exponent,
        out int mantissaBit, out bool unequalMargins, out bool negative)
    {
        Debug.Assert(double.IsFinite(value));
        int mantissaBits;
        int bias;
        ulong fraction;
        int biasedExponent;
        switch (kind)
        {
            case ScalarType.Float16:
            {
                ushort bits = BitConverter.HalfToUInt16Bits((Half)value);
                negative = (bits >> 15) != 0;
                biasedExponent = (bits >> 10) & 0x1F;
                fraction = bits & 0x3FFu;
                mantissaBits = 10;
                bias = 15;
                break;
            }

            case ScalarType.Float32:
            {
                uint bits = BitConverter.SingleToUInt32Bits((float)value);
                negative = (bits >> 31) != 0;
                biasedExponent = (int)((bits >> 23) & 0xFF);
                fraction = bits & 0x7FFFFFu;
                mantissaBits = 23;
                bias = 127;
                break;
            }

            default:
            {
                ulong bits = BitConverter.DoubleToUInt64Bits(value);
                negative = (bits >> 63) != 0;
                biasedExponent = (int)((bits >> 52) & 0x7FF);
                fraction = bits & 0xFFFFFFFFFFFFFul;
                mantissaBits = 52;
                bias = 1023;
                break;
            }
        }

        if (biasedExponent != 0)
        {
            mantissa = (1ul << mantissaBits) | fraction;
            exponent = biasedExponent - bias - mantissaBits;
            mantissaBit = mantissaBits;
            unequalMargins = biasedExponent != 1 && fraction == 0;
        }
        else
        {
            mantissa = fraction;
            exponent = 1 - bias - mantissaBits;
            mantissaBit = fraction == 0 ? 0 : 63 - System.Numerics.BitOperations.LeadingZeroCount(fraction);
            unequalMargins = false;
        }
    }

    /// <summary>
    /// NumPy's <c>Dragon4()</c> in <c>DigitMode_Unique</c>: writes the decimal digits of
    /// mantissa·2^exponent into <paramref name="digits"/> (no point, no sign) and returns how many,
    /// with <paramref name="firstDigitExponent"/> the power of ten of the first one.
    /// </summary>
    /// <param name="mantissa">The significand as an integer.</param>
    /// <param name="exponent">The power of two it is scaled by.</param>
    /// <param name="mantissaBit">The index of the mantissa's highest set bit.</param>
    /// <param name="unequalMargins">Whether the gap to the float above is twice the gap below.</param>
    /// <param name="fractionCutoff">Whether the cutoffs count digits after the decimal point
    /// (<c>CutoffMode_FractionLength</c>) rather than significant digits (<c>CutoffMode_TotalLength</c>).</param>
    /// <param name="cutoffMax">Stop after this many digits and round; -1 for none.</param>
    /// <param name="cutoffMin">Print at least this many digits even past uniqueness; -1 for none.</param>
    /// <param name="digits">Receives the digits; its length bounds them, as NumPy's buffer size does.</param>
    /// <param name="firstDigitExponent">The power of ten of the first digit.</param>
    private static int Generate(ulong mantissa, int exponent, int mantissaBit, bool unequalMargins,
        bool fractionCutoff, int cutoffMax, int cutoffMin, Span<char> digits, out int firstDigitExponent)
    {
        if (mantissa == 0)
        {
            digits[0] = '0';
            firstDigitExponent = 0;
            return 1;
        }

        // value = scaledValue / scale; the margins are half the distance to the neighbouring floats,
        // scaled the same way (doubled once more when the high margin is twice the low one).
        Dragon4BigInt scale = default;
        Dragon4BigInt scaledValue = default;
        Dragon4BigInt scaledMarginLow = default;
        Dragon4BigInt scaledMarginHigh = default;
        Dragon4BigInt temp = default;
        bool isEven = (mantissa & 1) == 0;

        scaledValue.Set(mantissa);
        if (unequalMargins)
        {
            if (exponent > 0)
            {
                Dragon4BigInt.ShiftLeft(ref scaledValue, exponent + 2);
                scale.Set(4);
                Dragon4BigInt.Pow2(ref scaledMarginLow, exponent);
                Dragon4BigInt.Pow2(ref scaledMarginHigh, exponent + 1);
            }
            else
            {
                Dragon4BigInt.ShiftLeft(ref scaledValue, 2);
                Dragon4BigInt.Pow2(ref scale, -exponent + 2);
                scaledMarginLow.Set(1);
                scaledMarginHigh.Set(2);
            }
        }
        else
        {
            if (exponent > 0)
            {
                Dragon4BigInt.ShiftLeft(ref scaledValue, exponent + 1);
                scale.Set(2);
                Dragon4BigInt.Pow2(ref scaledMarginLow, exponent);
            }
            else
            {
                Dragon4BigInt.ShiftLeft(ref scaledValue, 1);
                Dragon4BigInt.Pow2(ref scale, -exponent + 1);
                scaledMarginLow.Set(1);
            }
        }

        // Estimate floor(log10(v)) + 1, correct or one too low (Burger & Dybvig, with Juckett's 0.69).
        int digitExponent = (int)Math.Ceiling(((double)(mantissaBit + exponent) * Log10Of2) - 0.69);

        // A fractional cutoff below the first digit: start at the cutoff and let rounding decide.
        if (cutoffMax >= 0 && fractionCutoff && digitExponent <= -cutoffMax)
        {
            digitExponent = -cutoffMax + 1;
        }

        if (digitExponent > 0)
        {
            Dragon4BigInt.MultiplyPow10(ref scale, digitExponent);
        }
        else if (digitExponent < 0)
        {
            Dragon4BigInt pow10 = default;
            Dragon4BigInt.Pow10(ref pow10, -digitExponent);
            ReadOnlySpan<uint> factor = Dragon4BigInt.AsSpan(ref pow10);
            Dragon4BigInt.Multiply(ref temp, ref scaledValue, factor);
            Dragon4BigInt.Copy(ref scaledValue, ref temp);
            Dragon4BigInt.Multiply(ref temp, ref scaledMarginLow, factor);
            Dragon4BigInt.Copy(ref scaledMarginLow, ref temp);
            if (unequalMargins)
            {
                Dragon4BigInt.Multiply2(ref scaledMarginHigh, ref scaledMarginLow);
            }
        }

        if (Dragon4BigInt.Compare(ref scaledValue, ref scale) >= 0)
        {
            // The estimate was one too low.
            digitExponent++;
        }
        else
        {
            // Premultiply for the first digit.
            Dragon4BigInt.Multiply10(ref scaledValue);
            Dragon4BigInt.Multiply10(ref scaledMarginLow);
            if (unequalMargins)
            {
                Dragon4BigInt.Multiply2(ref scaledMarginHigh, ref scaledMarginLow);
            }
        }

        // The exponent of the last digit allowed, and the one at or past which uniqueness may stop.
        int cutoffMaxExponent = digitExponent - digits.Length;
        if (cutoffMax >= 0)
        {
            int desired = fractionCutoff ? -cutoffMax : digitExponent - cutoffMax;
            if (desired > cutoffMaxExponent)
            {
                cutoffMaxExponent = desired;
            }
        }

        int cutoffMinExponent = digitExponent;
        if (cutoffMin >= 0)
        {
            int desired = fractionCutoff ? -cutoffMin : digitExponent - cutoffMin;
            if (desired < cutoffMinExponent)
            {
                cutoffMinExponent = desired;
            }
        }

        firstDigitExponent = digitExponent - 1;

        // Put the divisor's top block in [8, 429496729] (top bit at index 27) for the digit division.
        uint hiBlock = scale.Blocks[scale.Length - 1];
        if (hiBlock < 8 || hiBlock > 429496729)
        {
            int shift = (32 + 27 - Dragon4BigInt.Log2(hiBlock)) % 32;
            Dragon4BigInt.ShiftLeft(ref scale, shift);
            Dragon4BigInt.ShiftLeft(ref scaledValue, shift);
            Dragon4BigInt.ShiftLeft(ref scaledMarginLow, shift);
            if (unequalMargins)
            {
                Dragon4BigInt.Multiply2(ref scaledMarginHigh, ref scaledMarginLow);
            }
        }

        ref Dragon4BigInt marginHigh = ref unequalMargins ? ref scaledMarginHigh : ref scaledMarginLow;
        int count = 0;
        uint outputDigit;
        bool low;
        bool high;
        while (true)
        {
            digitExponent--;
            outputDigit = Dragon4BigInt.DivideWithRemainderMaxQuotient9(ref scaledValue, ref scale);
            Debug.Assert(outputDigit < 10);

            // Stop once the digits so far identify the value uniquely (and the minimum is printed),
            // or at the cutoff. IEEE round-half-even makes the interval closed for even mantissas.
            Dragon4BigInt.Add(ref temp, ref scaledValue, ref marginHigh);
            int cmp = Dragon4BigInt.Compare(ref scaledValue, ref scaledMarginLow);
            low = isEven ? cmp <= 0 : cmp < 0;
            cmp = Dragon4BigInt.Compare(ref temp, ref scale);
            high = isEven ? cmp >= 0 : cmp > 0;
            if (((low || high) && digitExponent <= cutoffMinExponent) || digitExponent == cutoffMaxExponent)
            {
                break;
            }

            digits[count++] = (char)('0' + outputDigit);
            Dragon4BigInt.Multiply10(ref scaledValue);
            Dragon4BigInt.Multiply10(ref scaledMarginLow);
            if (unequalMargins)
            {
                Dragon4BigInt.Multiply2(ref scaledMarginHigh, ref scaledMarginLow);
            }
        }

        // Round the last digit: down if only the low neighbour is close, up if only the high one,
        // else to nearest by comparing the remainder with one half, ties to even.
        bool roundDown = low;
        if (low == high)
        {
            Dragon4BigInt.Multiply2InPlace(ref scaledValue);
            int compare = Dragon4BigInt.Compare(ref scaledValue, ref scale);
            roundDown = compare < 0;
            if (compare == 0)
            {
                roundDown = (outputDigit & 1) == 0;
            }
        }

        if (roundDown)
        {
            digits[count++] = (char)('0' + outputDigit);
        }
        else if (outputDigit != 9)
        {
            digits[count++] = (char)('0' + outputDigit + 1);
        }
        else
        {
            // Carry through trailing nines; all nines become "1" one decade up.
            while (true)
            {
                if (count == 0)
                {
                    digits[count++] = '1';
                    firstDigitExponent++;
                    break;
                }

                count--;
                if (digits[count] != '9')
                {
                    digits[count]++;
                    count++;
                    break;
                }
            }
        }

        return count;
    }
}
