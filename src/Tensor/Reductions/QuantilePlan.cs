namespace ArrayBridge;

/// <summary>
/// Where each requested quantile sits in a sorted lane of <c>n</c> values, computed as NumPy's
/// <c>_quantile</c> does (virtual index, neighbouring indexes clipped to the lane, gamma from the
/// clipped lower index, the method's gamma fix), so the interpolation reproduces NumPy's bits.
/// </summary>
internal sealed class QuantilePlan
{
    private QuantilePlan(nint[] previous, nint[] next, double[] gamma, nint[] ranks, bool discrete, nint length, QuantileMethod method)
    {
        Length = length;
        Method = method;
        Previous = previous;
        Next = next;
        Gamma = gamma;
        Ranks = ranks;
        Discrete = discrete;
    }

    /// <summary>The lane length the plan is for.</summary>
    public nint Length { get; }

    /// <summary>The method the plan follows.</summary>
    public QuantileMethod Method { get; }

    /// <summary>The lower neighbour of each quantile (the picked index for discrete methods).</summary>
    public nint[] Previous { get; }

    /// <summary>The upper neighbour of each quantile.</summary>
    public nint[] Next { get; }

    /// <summary>The interpolation weight of each quantile.</summary>
    public double[] Gamma { get; }

    /// <summary>Every index the quantiles read, ascending and distinct: the order statistics to select.</summary>
    public nint[] Ranks { get; }

    /// <summary>Whether the method picks a value (lower, higher, nearest) instead of interpolating.</summary>
    public bool Discrete { get; }

    /// <summary>Whether <paramref name="method"/> picks values in the input's dtype.</summary>
    public static bool IsDiscrete(QuantileMethod method) => method is QuantileMethod.Lower or QuantileMethod.Higher or QuantileMethod.Nearest;

    /// <summary>The plan for quantiles <paramref name="q"/> (in [0, 1]) of lanes of <paramref name="n"/> values (n &gt; 0).</summary>
    public static QuantilePlan Create(ReadOnlySpan<double> q, nint n, QuantileMethod method)
    {
        var previous = new nint[q.Length];
        var next = new nint[q.Length];
        var gamma = new double[q.Length];
        bool discrete = IsDiscrete(method);
        var ranks = new SortedSet<nint>();
        for (int i = 0; i < q.Length; i++)
        {
            double quantile = q[i];
            double scaled = (double)(n - 1) * quantile;
            if (discrete)
            {
                double index = method switch
                {
                    QuantileMethod.Lower => Math.Floor(scaled),
                    QuantileMethod.Higher => Math.Ceiling(scaled),
                    _ => Math.Round(scaled, MidpointRounding.ToEven),
                };
                previous[i] = next[i] = (nint)index;
                ranks.Add(previous[i]);
                continue;
            }

            double virtualIndex = method switch
            {
                QuantileMethod.Linear => scaled,
                QuantileMethod.Midpoint => 0.5 * (Math.Floor(scaled) + Math.Ceiling(scaled)),
                QuantileMethod.InterpolatedInvertedCdf => VirtualIndex(n, quantile, 0, 1),
                QuantileMethod.Hazen => VirtualIndex(n, quantile, 0.5, 0.5),
                QuantileMethod.Weibull => VirtualIndex(n, quantile, 0, 0),
                QuantileMethod.MedianUnbiased => VirtualIndex(n, quantile, 1 / 3.0, 1 / 3.0),
                _ => VirtualIndex(n, quantile, 3 / 8.0, 3 / 8.0),
            };

            // _get_indexes: past the last index both neighbours are the last value (index -1), below
            // the first both are the first; gamma is then taken from these clipped indexes.
            double lower = Math.Floor(virtualIndex);
            double upper = lower + 1;
            if (virtualIndex >= n - 1)
            {
                lower = -1;
                upper = -1;
            }

            if (virtualIndex < 0)
            {
                lower = 0;
                upper = 0;
            }

            double g = virtualIndex - lower;
            if (method == QuantileMethod.Midpoint)
                g = virtualIndex % 1 == 0 ? 0 : 0.5;
            previous[i] = lower == -1 ? n - 1 : (nint)lower;
            next[i] = upper == -1 ? n - 1 : (nint)upper;
            gamma[i] = g;
            ranks.Add(previous[i]);
            ranks.Add(next[i]);
        }

        return new QuantilePlan(previous, next, gamma, [.. ranks], discrete, n, method);
    }

    // _compute_virtual_index: n * q + (alpha + q * (1 - alpha - beta)) - 1, in this order.
    private static double VirtualIndex(nint n, double q, double alpha, double beta) => (double)n * q + (alpha + q * (1 - alpha - beta)) - 1;
}
