namespace ArrayBridge;

/// <summary>Swaps two rows (sub-arrays along axis 0) of one array, whatever their strides.</summary>
internal readonly unsafe struct RowSwapper
{
    private readonly nint[] _shape;
    private readonly nint[] _strides;
    private readonly int _itemSize;
    private readonly nint _blockBytes;

    /// <summary>Reads the row shape and strides (axes 1 and up) of <paramref name="x"/>.</summary>
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

    /// <summary>Exchanges the rows that start at <paramref name="a"/> and <paramref name="b"/>.</summary>
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
