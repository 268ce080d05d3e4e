namespace ArrayBridge.Interop;

/// <summary>
/// Checks a foreign layout (shape, strides, item size, data address or buffer offset) before
/// ArrayBridge views it. The bytes it reaches are computed exactly in 128 bits, so no hostile value
/// (an offset of 2**63 - 1, strides of -2**63, a DLPack <c>byte_offset</c> past the end of the address
/// space) can wrap around into a range that looks valid.
/// </summary>
internal static class ImportedLayout
{
    /// <summary>
    /// The byte range <c>[Low, High)</c> that <paramref name="shape"/> and <paramref name="strides"/>
    /// reach from element 0; <c>(0, 0)</c> when an axis is empty.
    /// </summary>
    /// <exception cref="ArgumentException">A negative length, strides of the wrong length, a byte size or a reach larger than the address space.</exception>
    public static (nint Low, nint High) Reach(nint[] shape, nint[] strides, int itemSize, string what)
    {
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] < 0)
            {
                ThrowHelper.ThrowArgument($"the {what}'s shape {Layout.Format(shape)} has a negative length", "obj");
            }
        }

        if (strides.Length != shape.Length)
        {
            ThrowHelper.ThrowArgument($"the {what}'s strides {Layout.Format(strides)} have {strides.Length} entries but its shape {Layout.Format(shape)} has {shape.Length}", "obj");
        }

        // As NumPy, the lengths other than 0 must multiply to a byte size that fits, even when empty.
        Int128 bytes = itemSize;
        bool empty = false;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] == 0)
            {
                empty = true;
                continue;
            }

            bytes *= shape[i];
            if (bytes > nint.MaxValue)
            {
                ThrowHelper.ThrowArgument($"the {what}'s shape {Layout.Format(shape)} with {itemSize}-byte items is larger than the address space", "obj");
            }
        }

        if (empty)
        {
            return (0, 0);
        }

        // Tensor's exact extent; an end outside nint already spans more than the address space.
        if (!Layout.TryGetExtent(shape, strides, itemSize, out nint low, out nint high) || (Int128)high - low > nint.MaxValue)
        {
            ThrowHelper.ThrowArgument($"the {what}'s layout (shape {Layout.Format(shape)}, strides {Layout.Format(strides)}) spans {Span(shape, strides, itemSize)} bytes, more than the address space", "obj");
        }

        return (low, high);
    }

    // Only for the message: the exact span of a layout too large to hold.
    private static Int128 Span(nint[] shape, nint[] strides, int itemSize)
    {
        Int128 span = itemSize;
        for (int i = 0; i < shape.Length; i++)
        {
            span += Int128.Abs((Int128)(shape[i] - 1) * strides[i]);
        }

        return span;
    }

    /// <summary>
    /// Checks that the bytes <c>[address + low, address + high)</c> lie in the address space ArrayBridge
    /// can hold (<c>[0, 2**63)</c>), above the null address, and that a non-empty layout has a data pointer.
    /// </summary>
    /// <exception cref="ArgumentException">The data address or a byte the layout reaches lies outside the address space, or the pointer is null.</exception>
    public static void CheckAddresses(Int128 address, nint low, nint high, nint[] shape, nint[] strides, string what)
    {
        if (address < 0 || address > nint.MaxValue)
        {
            ThrowHelper.ThrowArgument($"the {what}'s data address {address} lies outside the address space", "obj");
        }

        if (high == low)
        {
            return;
        }

        if (address == 0)
        {
            ThrowHelper.ThrowArgument($"the {what} has a null data pointer but a non-empty shape {Layout.Format(shape)}", "obj");
        }

        Int128 first = address + low, end = address + high;
        if (first <= 0)
        {
            ThrowHelper.ThrowArgument($"the {what}'s layout (shape {Layout.Format(shape)}, strides {Layout.Format(strides)}) from address 0x{(ulong)address:x} reaches down to address {first}, at or below the null address", "obj");
        }

        if (end > nint.MaxValue)
        {
            ThrowHelper.ThrowArgument($"the {what}'s layout (shape {Layout.Format(shape)}, strides {Layout.Format(strides)}) from address 0x{(ulong)address:x} reaches up to address {end}, outside the address space", "obj");
        }
    }

    /// <summary>
    /// Checks that the bytes <c>[offset + low, offset + high)</c> lie inside a buffer of
    /// <paramref name="length"/> bytes, and that the offset itself does not pass its end.
    /// </summary>
    /// <exception cref="ArgumentException">The offset is negative or the buffer reports a negative length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The offset or a byte the layout reaches lies outside the buffer.</exception>
    public static void CheckInBuffer(nint offset, nint length, nint low, nint high, nint[] shape, nint[] strides, string what)
    {
        if (offset < 0)
        {
            ThrowHelper.ThrowArgument($"the {what}'s offset {offset} is negative", "obj");
        }

        if (length < 0)
        {
            ThrowHelper.ThrowArgument($"the {what}'s buffer reports a negative length {length}", "obj");
        }

        if (offset > length)
        {
            ThrowHelper.ThrowArgumentOutOfRange("obj", $"the {what}'s offset {offset} is past the end of its {length}-byte buffer");
        }

        if (high == low)
        {
            return;
        }

        Int128 first = (Int128)offset + low, end = (Int128)offset + high;
        if (first < 0 || end > length)
        {
            ThrowHelper.ThrowArgumentOutOfRange("obj", $"the {what}'s layout (shape {Layout.Format(shape)}, strides {Layout.Format(strides)}) at offset {offset} reaches bytes [{first}, {end}), outside its {length}-byte buffer");
        }
    }
}
