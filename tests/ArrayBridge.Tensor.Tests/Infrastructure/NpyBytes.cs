namespace ArrayBridge.Tests;

/// <summary>Helpers for .npy tests: hand-made files and the little-endian C-order bytes of an array.</summary>
internal static unsafe class NpyBytes
{
    /// <summary>A .npy file with the given header text (no alignment padding needed for reading) and data.</summary>
    public static byte[] File(string header, byte[]? data = null, int major = 1, int minor = 0, byte[]? headerBytes = null)
    {
        byte[] h = headerBytes ?? System.Text.Encoding.Latin1.GetBytes(header + "\n");
        var ms = new MemoryStream();
        ms.Write([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', (byte)major, (byte)minor]);
        if (major == 1)
            ms.Write(BitConverter.GetBytes((ushort)h.Length));
        else
            ms.Write(BitConverter.GetBytes((uint)h.Length));
        ms.Write(h);
        ms.Write(data ?? []);
        return ms.ToArray();
    }

    /// <summary>The values of <paramref name="a"/> as little-endian C-order bytes, independent of its layout and byte order.</summary>
    public static byte[] LittleEndianCBytes(NDArray a)
    {
        using NDArray le = a.AsType(a.DType.WithByteOrder(ByteOrder.Little), Casting.Unsafe, ArrayOrder.C);
        Assert.True(le.IsCContiguous);
        return new ReadOnlySpan<byte>((void*)le.DataPointer, checked((int)le.NBytes)).ToArray();
    }

    /// <summary>Builds an array of <paramref name="dtype"/> and <paramref name="shape"/> from little-endian C-order bytes, without the .npy code.</summary>
    public static NDArray FromLittleEndianC(byte[] bytes, DType dtype, nint[] shape, ArrayOrder order)
    {
        using NDArray raw = NDArray.Wrap(bytes);
        using NDArray typed = raw.View(dtype.WithByteOrder(ByteOrder.Little));
        using NDArray shaped = typed.Reshape(shape);
        return shaped.AsType(dtype, Casting.Unsafe, order);
    }
}
