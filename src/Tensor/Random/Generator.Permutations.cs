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

    /// <summary>Swaps two rows (sub-arrays along axis 0) of one array, whatever their strides.</summary>
    private readonly struct RowSwapper
    {
        private readonly nint[] _shape;
        private readonly nint[] _strides;
        private readonly int _itemSize;
        private readonly nint _blockBytes;

        internal RowSwapper(NDArray x)
        {
            _shape = x.ShapeArray[1..];
            _strides = x.StridesArray[1..];
            _itemSize = x.ItemSize;

            // A row whose elements are C-contiguous swaps as one block.
            nint expected = _itemSize;
            _blockBytes = _itemSize;
            for (int d = _shape.Length - 1; d >= 0; d--)
            {
                if (_shape[d] != 1 && _strides[d] != expected)
                {
                    _blockBytes = -1;
                    break;
                }

                expected *= _shape[d];
            }

            if (_blockBytes > 0)
            {
                _blockBytes = expected;
            }
        }

        internal void Swap(byte* a, byte* b)
        {
            if (_blockBytes > 0)
            {
                SwapBytes(a, b, _blockBytes);
                return;
            }

            Span<nint> index = stackalloc nint[_shape.Length];
            nint offset = 0;
            while (true)
            {
                SwapBytes(a + offset, b + offset, _itemSize);
                int d = _shape.Length - 1;
                for (; d >= 0; d--)
                {
                    if (++index[d] < _shape[d])
                    {
                        offset += _strides[d];
                        break;
                    }

                    offset -= (index[d] - 1) * _strides[d];
                    index[d] = 0;
                }

                if (d < 0)
                {
                    return;
                }
            }
        }

        private static void SwapBytes(byte* a, byte* b, nint count)
        {
            byte* buffer = stackalloc byte[256];
            while (count > 0)
            {
                int chunk = (int)Math.Min(count, 256);
                Buffer.MemoryCopy(a, buffer, chunk, chunk);
                Buffer.MemoryCopy(b, a, chunk, chunk);
                Buffer.MemoryCopy(buffer, b, chunk, chunk);
                a += chunk;
                b += chunk;
                count -= chunk;
            }
        }
    }
}
