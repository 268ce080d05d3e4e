namespace ArrayBridge;

public sealed unsafe partial class Generator
{
    /// <summary>
    /// <c>rng.shuffle(x)</c>: permutes <paramref name="x"/> in place along axis 0 (Fisher–Yates from
    /// the end, <c>random_interval</c>), for any dtype and any strides; the rows of an n-d array move
    /// as wholes.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is 0-d ("axis 0 is out of bounds for array of dimension 0").</exception>
    /// <exception cref="InvalidOperationException"><paramref name="x"/> is read-only.</exception>
    public void Shuffle(NDArray x)
    {
        ArgumentNullException.ThrowIfNull(x);
        x.ThrowIfDisposed();
        if (x.NDim == 0)
        {
            ThrowHelper.ThrowArgument("axis 0 is out of bounds for array of dimension 0", nameof(x));
        }

        if ((x.Flags & ArrayFlags.Writeable) == 0)
        {
            ThrowHelper.ThrowReadOnly();
        }

        if (x.Size == 0)
        {
            return;
        }

        nint n = x.ShapeArray[0];
        nint stride = x.StridesArray[0];
        RowSwapper rows = new(x);
        byte* data = x.Data;
        ref Pcg64Core core = ref _bitGenerator.Core;
        for (nint i = n - 1; i > 0; i--)
        {
            nint j = (nint)Distributions.Interval(ref core, (ulong)i);
            if (i != j)
            {
                rows.Swap(data + i * stride, data + j * stride);
            }
        }
    }

    /// <summary><c>rng.permutation(n)</c>: a shuffled <c>arange(n)</c> of int64 (empty for n ≤ 0).</summary>
    public NDArray<long> Permutation(long n)
    {
        NDArray<long> result = NDArray.Arange(Math.Max(n, 0));
        Shuffle(result);
        return result;
    }

    /// <summary>
    /// <c>rng.permutation(x)</c>: a shuffled C-ordered copy of <paramref name="x"/> along axis 0;
    /// <paramref name="x"/> is unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is 0-d ("axis 0 is out of bounds for array of dimension 0").</exception>
    public NDArray Permutation(NDArray x)
    {
        ArgumentNullException.ThrowIfNull(x);
        x.ThrowIfDisposed();
        if (x.NDim == 0)
        {
            ThrowHelper.ThrowArgument("axis 0 is out of bounds for array of dimension 0", nameof(x));
        }

        // NumPy shuffles an index for n-d input and gathers the rows; the index's shuffle draws the
        // same numbers as shuffling the rows themselves, so a shuffled copy is the same array.
        NDArray result = x.Copy();
        Shuffle(result);
        return result;
    }

    /// <summary><c>rng.permutation(x)</c> for a typed array.</summary>
    /// <inheritdoc cref="Permutation(NDArray)"/>
    public NDArray<T> Permutation<T>(NDArray<T> x) where T : unmanaged => (NDArray<T>)Permutation((NDArray)x);
}
