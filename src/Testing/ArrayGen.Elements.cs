using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Testing;

public static partial class ArrayGen
{
    /// <summary>
    /// Scalars of the dtype of <typeparamref name="T"/> (hypothesis's <c>from_dtype</c>), edge cases
    /// favoured: NaN with and without payloads, ±inf, ±0.0, the smallest and largest subnormals,
    /// the smallest normal, the largest finite, float16's limits, and the smallest and largest integers.
    /// </summary>
    /// <typeparam name="T">bool, an integer type, <see cref="Half"/>, float, double, <see cref="ArrayBridge.Complex64"/> or <see cref="System.Numerics.Complex"/>.</typeparam>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> has no dtype.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static Gen<T> Values<T>(ElementOptions? options = null)
        where T : unmanaged
    {
        ElementOptions o = options ?? ElementOptions.Default;
        o.Validate();
        ElementKind kind = ElementKind.Of(DType.Of<T>());
        return Seeds.Select(seed =>
        {
            var rng = new Random(seed);
            Span<ulong> components = stackalloc ulong[2];
            for (int c = 0; c < kind.Components; c++)
            {
                components[c] = ElementSampler.One(rng, kind, o);
            }

            return FromComponents<T>(kind, components);
        });
    }

    /// <summary><see cref="Values{T}"/> shrinking toward zero (or the bound nearest to it), NaN and inf first to finite values.</summary>
    public static Arbitrary<T> ValueArbitrary<T>(ElementOptions? options = null)
        where T : unmanaged
    {
        ElementOptions o = options ?? ElementOptions.Default;
        DType dtype = DType.Of<T>();
        ElementKind kind = ElementKind.Of(dtype);
        return Arb.From(Values<T>(o), value =>
        {
            var spec = new ArraySpec(dtype, [], ToComponents(kind, value)) { Elements = o };
            return spec.Shrink().Select(s => FromComponents<T>(kind, s.Components));
        });
    }

    /// <summary>
    /// Basic indices valid for <paramref name="shape"/> (hypothesis's <c>basic_indices</c>):
    /// integers, slices with any start, stop and step (negative too), <c>None</c> when
    /// <paramref name="allowNewAxis"/>, one <c>...</c> when <paramref name="allowEllipsis"/>; the view
    /// has <paramref name="minDims"/> to <paramref name="maxDims"/> dimensions.
    /// </summary>
    /// <exception cref="ArgumentException">The bounds on the result's dimensions are crossed or negative.</exception>
    public static Gen<BasicIndex> BasicIndices(nint[] shape, int minDims = 0, int? maxDims = null, bool allowNewAxis = false, bool allowEllipsis = true)
    {
        ArgumentNullException.ThrowIfNull(shape);
        nint[] s = (nint[])shape.Clone();
        int hi = maxDims ?? s.Length + (allowNewAxis ? 2 : 0);
        if (minDims < 0 || hi < minDims)
        {
            ThrowHelper.ThrowArgument($"need 0 <= minDims <= maxDims, got minDims={minDims}, maxDims={hi}", nameof(maxDims));
        }

        return Seeds.Select(seed =>
        {
            var rng = new Random(seed);
            for (int attempt = 0; attempt < 100; attempt++)
            {
                string text = RandomIndex(rng, s, allowNewAxis, allowEllipsis);
                if (BasicIndex.Apply(s, text) is { } result && result.Length >= minDims && result.Length <= hi)
                {
                    return new BasicIndex(s, text, result);
                }
            }

            // Only new axes can meet a high minDims: pad with them (or the whole array when that fits).
            string padded = string.Join(", ", Enumerable.Repeat("None", Math.Max(0, minDims - s.Length)).Append("..."));
            return new BasicIndex(s, padded, BasicIndex.Apply(s, padded) ?? s);
        });
    }

    /// <summary><see cref="BasicIndices"/> shrinking toward fewer items and plain <c>:</c>.</summary>
    public static Arbitrary<BasicIndex> BasicIndexArbitrary(nint[] shape, int minDims = 0, int? maxDims = null, bool allowNewAxis = false, bool allowEllipsis = true)
    {
        int hi = maxDims ?? shape.Length + (allowNewAxis ? 2 : 0);
        return Arb.From(BasicIndices(shape, minDims, maxDims, allowNewAxis, allowEllipsis), b => ShrinkIndex(b, minDims, hi));
    }

    private static IEnumerable<BasicIndex> ShrinkIndex(BasicIndex b, int minDims, int maxDims)
    {
        string[] items = b.Text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var candidates = new List<string[]>();
        for (int i = items.Length - 1; i >= 0; i--)
        {
            candidates.Add([.. items[..i], .. items[(i + 1)..]]);
        }

        for (int i = 0; i < items.Length; i++)
        {
            if (items[i] is not (":" or "..." or "None"))
            {
                candidates.Add([.. items[..i], ":", .. items[(i + 1)..]]);
            }
        }

        foreach (string[] c in candidates)
        {
            string text = string.Join(", ", c);
            if (BasicIndex.Apply(b.Shape, text) is { } result && result.Length >= minDims && result.Length <= maxDims)
            {
                yield return new BasicIndex(b.Shape, text, result);
            }
        }
    }

    private static string RandomIndex(Random rng, nint[] shape, bool allowNewAxis, bool allowEllipsis)
    {
        var items = new List<string>();
        int axes = shape.Length;
        int stopAt = allowEllipsis && rng.Next(3) == 0 ? rng.Next(0, axes + 1) : axes;
        for (int axis = 0; axis < stopAt; axis++)
        {
            if (allowNewAxis && rng.Next(6) == 0)
            {
                items.Add("None");
            }

            int n = (int)Math.Min(shape[axis], 1000);
            items.Add(rng.Next(5) switch
            {
                0 when n > 0 => rng.Next(-n, n).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => ":",
                2 => rng.Next(2) == 0 ? "::-1" : $"::{rng.Next(2, 4)}",
                _ => RandomSlice(rng, n),
            });
        }

        if (stopAt < axes || allowEllipsis && rng.Next(4) == 0)
        {
            items.Insert(rng.Next(items.Count + 1), "...");
        }

        if (allowNewAxis && rng.Next(6) == 0)
        {
            items.Add("None");
        }

        return string.Join(", ", items);
    }

    private static string RandomSlice(Random rng, int n)
    {
        string Bound() => rng.Next(3) == 0 ? "" : rng.Next(-n - 1, n + 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        int step = rng.Next(1, 4) * (rng.Next(3) == 0 ? -1 : 1);
        string start = Bound(), stop = Bound();
        return step == 1 ? $"{start}:{stop}" : $"{start}:{stop}:{step}";
    }

    private static ulong[] ToComponents<T>(ElementKind kind, T value)
        where T : unmanaged
    {
        Span<byte> bytes = MemoryMarshal.AsBytes(new Span<T>(ref value));
        var components = new ulong[kind.Components];
        for (int c = 0; c < kind.Components; c++)
        {
            for (int b = 0; b < kind.ComponentBytes; b++)
            {
                components[c] |= (ulong)bytes[c * kind.ComponentBytes + b] << (8 * (BitConverter.IsLittleEndian ? b : kind.ComponentBytes - 1 - b));
            }
        }

        return components;
    }

    private static T FromComponents<T>(ElementKind kind, ReadOnlySpan<ulong> components)
        where T : unmanaged
    {
        T value = default;
        Span<byte> bytes = MemoryMarshal.AsBytes(new Span<T>(ref value));
        for (int c = 0; c < kind.Components; c++)
        {
            for (int b = 0; b < kind.ComponentBytes; b++)
            {
                bytes[c * kind.ComponentBytes + b] = (byte)(components[c] >> (8 * (BitConverter.IsLittleEndian ? b : kind.ComponentBytes - 1 - b)));
            }
        }

        return value;
    }
}
