namespace ArrayBridge.Testing;

/// <summary>
/// Draws element values as raw components from a <see cref="Random"/>: a mix of edge cases and
/// ordinary values within the options, so that one generator seed fixes every value.
/// </summary>
internal static class ElementSampler
{
    /// <summary>
    /// <paramref name="count"/> elements of <paramref name="dtype"/> (components in order).
    /// </summary>
    /// <exception cref="ArgumentException">Unique values were asked for and the dtype or the bounds hold fewer distinct values.</exception>
    public static ulong[] Sample(Random rng, DType dtype, int count, ElementOptions options)
    {
        ElementKind kind = ElementKind.Of(dtype);
        var values = new ulong[count * kind.Components];
        if (!options.Unique)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = One(rng, kind, options);
            }

            return values;
        }

        var seen = new HashSet<(ulong, ulong)>();
        for (int i = 0; i < count; i++)
        {
            int tries = 0;
            while (true)
            {
                for (int c = 0; c < kind.Components; c++)
                {
                    values[i * kind.Components + c] = One(rng, kind, options);
                }

                (ulong, ulong) key = UniqueKey(kind, values.AsSpan(i * kind.Components, kind.Components));
                if (seen.Add(key))
                {
                    break;
                }

                if (++tries > 200)
                {
                    ThrowHelper.ThrowArgument($"cannot draw {count} unique elements of {dtype} within the element options (found {seen.Count})", nameof(options));
                }
            }
        }

        return values;
    }

    /// <summary>The value identity used for uniqueness: all NaNs are one value, and 0.0 equals -0.0.</summary>
    internal static (ulong, ulong) UniqueKey(ElementKind kind, ReadOnlySpan<ulong> components)
    {
        ulong Key(ulong bits)
        {
            if (!kind.IsFloat)
            {
                return bits;
            }

            if (kind.IsNaN(bits))
            {
                return kind.CanonicalNaN;
            }

            return (bits & ~kind.SignBit) == 0 ? 0 : bits;
        }

        return (Key(components[0]), components.Length > 1 ? Key(components[1]) : 0);
    }

    /// <summary>One component.</summary>
    public static ulong One(Random rng, ElementKind kind, ElementOptions options)
    {
        bool edge = rng.Next(100) < options.EdgeCasePercent;
        return kind.Kind switch
        {
            'b' => (ulong)rng.Next(2),
            'i' or 'u' => Integer(rng, kind, options, edge),
            _ => Float(rng, kind, options, edge),
        };
    }

    private static ulong Integer(Random rng, ElementKind kind, ElementOptions options, bool edge)
    {
        Int128 lo = kind.IntegerMin, hi = kind.IntegerMax;
        if (options.MinValue is double min)
        {
            lo = Int128.Max(lo, (Int128)Math.Ceiling(Math.Max(min, -1.7e38)));
        }

        if (options.MaxValue is double max)
        {
            hi = Int128.Min(hi, (Int128)Math.Floor(Math.Min(max, 1.7e38)));
        }

        if (lo > hi)
        {
            ThrowHelper.ThrowArgument($"no integer of this dtype lies in [{options.MinValue}, {options.MaxValue}]", nameof(options));
        }

        Int128 value;
        if (edge)
        {
            Int128[] edges = [0, 1, -1, kind.IntegerMin, kind.IntegerMax, kind.IntegerMin + 1, kind.IntegerMax - 1, lo, hi, 127, 128, 255, 256];
            value = edges[rng.Next(edges.Length)];
        }
        else if (rng.Next(4) == 0)
        {
            // Any bit pattern, so large magnitudes appear at every width.
            value = kind.ToInteger(((ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 40)) & kind.Mask);
        }
        else
        {
            value = rng.Next(-100, 101);
        }

        if (value < lo || value > hi)
        {
            UInt128 span = (UInt128)(hi - lo) + 1;
            value = lo + (Int128)(((UInt128)(ulong)rng.NextInt64() << 64 | (ulong)rng.NextInt64()) % span);
        }

        return kind.FromInteger(value);
    }

    private static ulong Float(Random rng, ElementKind kind, ElementOptions options, bool edge)
    {
        if (Math.Max(options.MinValue ?? double.NegativeInfinity, -kind.MaxFinite) > Math.Min(options.MaxValue ?? double.PositiveInfinity, kind.MaxFinite))
        {
            ThrowHelper.ThrowArgument($"no finite {kind.ComponentBits}-bit float lies in [{options.MinValue}, {options.MaxValue}]", nameof(options));
        }

        if (edge && (options.MinValue is not null || options.MaxValue is not null) && rng.Next(3) == 0)
        {
            // The bounds themselves are edge cases.
            double? bound = rng.Next(2) == 0 ? options.MinValue ?? options.MaxValue : options.MaxValue ?? options.MinValue;
            ulong boundBits = kind.FromDouble(bound!.Value);
            if (Allowed(kind, boundBits, options))
            {
                return boundBits;
            }
        }

        for (int attempt = 0; attempt < 50; attempt++)
        {
            ulong bits = edge && attempt < 25 ? FloatEdge(rng, kind) : FloatOrdinary(rng, kind, options);
            if (Allowed(kind, bits, options))
            {
                return bits;
            }
        }

        // Bounds narrow enough to reject every draw: a value inside them.
        double lo = options.MinValue ?? -kind.MaxFinite, hi = options.MaxValue ?? kind.MaxFinite;
        ulong mid = kind.FromDouble(lo + (hi - lo) / 2);
        return Allowed(kind, mid, options) ? mid : kind.FromDouble(lo);
    }

    private static ulong FloatEdge(Random rng, ElementKind kind)
    {
        ulong sign = rng.Next(2) == 0 ? 0 : kind.SignBit;
        return rng.Next(11) switch
        {
            0 => sign, // ±0.0
            1 => kind.CanonicalNaN | (rng.Next(4) == 0 ? kind.SignBit : 0),
            2 => kind.CanonicalNaN | (ulong)rng.NextInt64(1, (long)Math.Min(kind.QuietBit, long.MaxValue)), // a NaN with a payload
            3 => kind.ExponentMask | sign, // ±inf
            4 => 1UL | sign, // the smallest subnormal
            5 => kind.MantissaMask | sign, // the largest subnormal
            6 => (1UL << kind.MantissaBits) | sign, // the smallest normal
            7 => (kind.ExponentMask - (1UL << kind.MantissaBits) | kind.MantissaMask) | sign, // the largest finite
            8 => kind.FromDouble(1.0) | sign,
            9 => kind.FromDouble(0.5) | sign,
            _ => kind.FromDouble(rng.Next(2) == 0 ? 2048 : 65504) | sign, // float16's limits of exact integers and of range
        };
    }

    private static ulong FloatOrdinary(Random rng, ElementKind kind, ElementOptions options)
    {
        double value;
        if (options.MinValue is not null || options.MaxValue is not null)
        {
            double lo = Math.Max(options.MinValue ?? -kind.MaxFinite, -kind.MaxFinite);
            double hi = Math.Min(options.MaxValue ?? kind.MaxFinite, kind.MaxFinite);
            value = rng.Next(3) == 0 ? Math.Round(lo + (hi - lo) * rng.NextDouble()) : lo + (hi - lo) * rng.NextDouble();
            value = Math.Clamp(value, lo, hi);
        }
        else
        {
            value = rng.Next(3) switch
            {
                0 => rng.Next(-10, 11),
                1 => Math.Round(rng.NextDouble() * 200 - 100, 2),
                // Any magnitude the width can hold.
                _ => (rng.NextDouble() * 2 - 1) * Math.Pow(2, rng.Next(-(1 << (kind.ExponentBits - 1)) + 2, 1 << (kind.ExponentBits - 1))),
            };
            value = Math.Clamp(value, -kind.MaxFinite, kind.MaxFinite);
        }

        ulong bits = kind.FromDouble(value);
        return !options.AllowSubnormal && kind.IsSubnormal(bits) ? bits & kind.SignBit : bits;
    }

    /// <summary>Whether a float component satisfies the options.</summary>
    internal static bool Allowed(ElementKind kind, ulong bits, ElementOptions options)
    {
        if (kind.IsNaN(bits))
        {
            return options.NaNAllowed;
        }

        if (kind.IsInfinity(bits))
        {
            return (bits & kind.SignBit) == 0 ? options.PositiveInfinityAllowed : options.NegativeInfinityAllowed;
        }

        if (!options.AllowSubnormal && kind.IsSubnormal(bits))
        {
            return false;
        }

        double v = kind.ToDouble(bits);
        return !(v < options.MinValue) && !(v > options.MaxValue);
    }
}
