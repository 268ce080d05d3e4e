using ArrayBridge;
using ArrayBridge.Extensions;

namespace ExtensionModule;

public static partial class FastMath
{
    private const ArrayFlags CArray = ArrayFlags.CContiguous | ArrayFlags.Aligned;

    // <snippet:extension-ema>
    /// <summary>Exponential moving average of a 1-d series: y[0] = x[0], y[i] = alpha*x[i] + (1 - alpha)*y[i-1].</summary>
    [PythonFunction]
    public static NDArray<double> Ema([Require(CArray)] NDArray<double> x, double alpha)
    {
        RequireDimensions(x, 1, nameof(x));
        if (!(alpha is > 0.0 and <= 1.0))
        {
            throw new ArgumentException($"alpha must be in (0, 1], got {alpha}", nameof(alpha));
        }

        var result = NDArray.Empty<double>(x.Shape);
        ReadOnlySpan<double> source = x.AsReadOnlySpan();
        Span<double> target = result.AsSpan();
        double state = source.Length > 0 ? source[0] : 0.0;
        for (int i = 0; i < source.Length; i++)
        {
            // The recurrence: each output depends on the one before, which ufuncs cannot express.
            state = (alpha * source[i]) + ((1.0 - alpha) * state);
            target[i] = state;
        }

        return result;
    }
    // </snippet>

    /// <summary>Three-point stencil of a 1-d array: y[i] = left*x[i-1] + center*x[i] + right*x[i+1]; the two ends are copied.</summary>
    [PythonFunction]
    public static NDArray<double> Stencil1D([Require(CArray)] NDArray<double> x, (double Left, double Center, double Right) weights)
    {
        RequireDimensions(x, 1, nameof(x));
        var result = NDArray.Empty<double>(x.Shape);
        ReadOnlySpan<double> s = x.AsReadOnlySpan();
        Span<double> t = result.AsSpan();
        for (int i = 0; i < s.Length; i++)
        {
            t[i] = i == 0 || i == s.Length - 1 ? s[i] : (weights.Left * s[i - 1]) + (weights.Center * s[i]) + (weights.Right * s[i + 1]);
        }

        return result;
    }

    /// <summary>Five-point Laplacian of a 2-d grid (interior points; the border is 0), computed with the GIL released.</summary>
    [PythonFunction]
    [ReleaseGil]
    public static NDArray<double> Laplacian2D([Require(CArray)] NDArray<double> grid, double spacing = 1.0)
    {
        RequireDimensions(grid, 2, nameof(grid));
        int rows = checked((int)grid.Shape[0]), cols = checked((int)grid.Shape[1]);
        var result = NDArray.Zeros<double>(grid.Shape);
        ReadOnlySpan<double> g = grid.AsReadOnlySpan();
        Span<double> r = result.AsSpan();
        double scale = 1.0 / (spacing * spacing);
        for (int i = 1; i < rows - 1; i++)
        {
            for (int j = 1; j < cols - 1; j++)
            {
                int k = (i * cols) + j;
                r[k] = (g[k - cols] + g[k + cols] + g[k - 1] + g[k + 1] - (4.0 * g[k])) * scale;
            }
        }

        return result;
    }

    /// <summary>Multiplies x by factor in place; any layout or dtype works, through a contiguous copy written back.</summary>
    [PythonFunction]
    public static void ScaleInPlace([Require(CArray | ArrayFlags.Writeable | ArrayFlags.WritebackIfCopy)] NDArray<double> x, double factor)
    {
        foreach (ref double value in x.AsSpan())
        {
            value *= factor;
        }
    }

    /// <summary>Writes the cumulative sum of x into out, an existing C-contiguous float64 array of the same size.</summary>
    [PythonFunction]
    public static void CumSumInto([Require(CArray)] NDArray<double> x, [Require(CArray | ArrayFlags.Writeable | ArrayFlags.EnsureNoCopy)] NDArray<double> @out)
    {
        ReadOnlySpan<double> s = x.AsReadOnlySpan();
        Span<double> t = @out.AsSpan();
        if (s.Length != t.Length)
        {
            throw new ArgumentException($"out has {t.Length} elements, x has {s.Length}", nameof(@out));
        }

        double sum = 0;
        for (int i = 0; i < s.Length; i++)
        {
            sum += s[i];
            t[i] = sum;
        }
    }

    /// <summary>
    /// With the GIL released, sets counters[1] = 1 and waits until counters[0] reaches target (which only
    /// another Python thread can make happen while this call runs), or until timeout seconds pass.
    /// Returns whether the target was reached.
    /// </summary>
    [PythonFunction]
    [ReleaseGil]
    public static bool WaitForCounter([Require(CArray | ArrayFlags.Writeable | ArrayFlags.EnsureNoCopy)] NDArray<long> counters, long target, double timeout = 10.0)
    {
        Span<long> c = counters.AsSpan();
        if (c.Length < 2)
        {
            throw new ArgumentException("counters needs two elements", nameof(counters));
        }

        Volatile.Write(ref c[1], 1);
        long deadline = Environment.TickCount64 + (long)(timeout * 1000);
        while (Volatile.Read(ref c[0]) < target)
        {
            if (Environment.TickCount64 > deadline)
            {
                return false;
            }

            Thread.SpinWait(64);
        }

        return true;
    }

    private static void RequireDimensions(NDArray array, int ndim, string name)
    {
        if (array.NDim != ndim)
        {
            throw new ArgumentException($"{name} must be {ndim}-dimensional, got {array.NDim} dimensions", name);
        }
    }
}
