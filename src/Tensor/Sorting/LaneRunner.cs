using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// Runs a lane kernel over every 1-D lane of an array along one axis, for any strides (negative,
/// F order, broadcast), alignment and byte order: a lane that is contiguous, aligned and native is
/// worked on where it lies; any other is gathered into a buffer (bytes swapped on the way) and
/// scattered back. Lanes are independent, so many of them are split across cores.
/// </summary>
internal static unsafe class LaneRunner
{
    // Below this many elements in all, the cost of starting tasks is more than the work.
    private const long ParallelElements = 1 << 16;

    /// <summary>The byte offset of the start of every lane along <paramref name="axis"/>, outer index in C order.</summary>
    public static nint[] Offsets(NDArray a, int axis)
    {
        nint[] shape = a.ShapeArray;
        nint[] strides = a.StridesArray;
        nint count = 1;
        for (int d = 0; d < shape.Length; d++)
        {
            if (d != axis)
                count *= shape[d];
        }

        var offsets = new nint[count];
        if (count == 0)
            return offsets;
        Span<nint> index = stackalloc nint[shape.Length];
        index.Clear();
        nint offset = 0;
        for (nint i = 0; i < count; i++)
        {
            offsets[i] = offset;
            for (int d = shape.Length - 1; d >= 0; d--)
            {
                if (d == axis)
                    continue;
                if (++index[d] < shape[d])
                {
                    offset += strides[d];
                    break;
                }

                offset -= strides[d] * (shape[d] - 1);
                index[d] = 0;
            }
        }

        return offsets;
    }

    /// <summary>The length of the lanes along <paramref name="axis"/>, which the algorithms index with int.</summary>
    public static int LaneLength(NDArray a, int axis)
    {
        nint n = a.ShapeArray[axis];
        if (n > Array.MaxLength)
            ThrowHelper.ThrowNotSupported($"sorting a lane of {n} elements is not supported (at most {Array.MaxLength})");
        return (int)n;
    }

    /// <summary>Splits <paramref name="lanes"/> lanes of <paramref name="length"/> elements into parts for the cores.</summary>
    public static int Parts(nint lanes, int length)
    {
        if (lanes < 2 || (long)lanes * length < ParallelElements)
            return 1;
        return (int)Math.Min(lanes, Environment.ProcessorCount);
    }

    /// <summary>Applies <paramref name="kernel"/> to every lane of <paramref name="a"/> in place.</summary>
    public static void RunValues<T, TOps, TKernel>(NDArray a, int axis, TKernel kernel)
        where T : unmanaged
        where TOps : ISortOps<T>
        where TKernel : struct, ILaneKernel
    {
        int n = LaneLength(a, axis);
        if (n <= 1 || a.Size == 0)
            return;
        nint[] offsets = Offsets(a, axis);
        nint stride = a.StridesArray[axis];
        bool swap = !a.DType.IsNativeByteOrder;
        nint data = (nint)a.Data;
        int parts = Parts(offsets.Length, n);
        if (parts == 1)
        {
            ValueLanes<T, TOps, TKernel>(data, offsets, 0, offsets.Length, n, stride, swap, kernel);
            return;
        }

        Parallel.For(0, parts, part =>
        {
            (long from, long to) = (offsets.Length * (long)part / parts, offsets.Length * (long)(part + 1) / parts);
            ValueLanes<T, TOps, TKernel>(data, offsets, (int)from, (int)to, n, stride, swap, kernel);
        });
    }

    private static void ValueLanes<T, TOps, TKernel>(nint data, nint[] offsets, int from, int to, int n, nint stride, bool swap, TKernel kernel)
        where T : unmanaged
        where TOps : ISortOps<T>
        where TKernel : struct, ILaneKernel
    {
        T[] scratch = GC.AllocateUninitializedArray<T>(n);
        T[]? buffer = null;
        for (int lane = from; lane < to; lane++)
        {
            byte* p = (byte*)data + offsets[lane];
            if (!swap && stride == sizeof(T) && (nint)p % Math.Min(sizeof(T), 8) == 0)
            {
                kernel.Process<T, TOps>(new Span<T>(p, n), scratch);
                continue;
            }

            buffer ??= GC.AllocateUninitializedArray<T>(n);
            for (int i = 0; i < n; i++)
            {
                T v = Unsafe.ReadUnaligned<T>(p + i * stride);
                buffer[i] = swap ? TOps.Swap(v) : v;
            }

            kernel.Process<T, TOps>(buffer, scratch);
            for (int i = 0; i < n; i++)
            {
                T v = buffer[i];
                Unsafe.WriteUnaligned(p + i * stride, swap ? TOps.Swap(v) : v);
            }
        }
    }

    /// <summary>
    /// Applies <paramref name="kernel"/> to every lane of <paramref name="a"/> paired with the
    /// elements' indices, and writes the indices as they end up into the int64 lanes of <paramref name="result"/>.
    /// </summary>
    public static void RunIndexed<T, TOps, TKernel>(NDArray a, int axis, NDArray result, TKernel kernel)
        where T : unmanaged
        where TOps : ISortOps<T>
        where TKernel : struct, ILaneKernel
    {
        int n = LaneLength(a, axis);
        if (a.Size == 0)
            return;
        nint[] offsets = Offsets(a, axis);
        nint[] resultOffsets = Offsets(result, axis);
        nint stride = a.StridesArray[axis];
        nint resultStride = result.StridesArray[axis];
        bool swap = !a.DType.IsNativeByteOrder;
        nint data = (nint)a.Data;
        nint output = (nint)result.Data;
        int parts = Parts(offsets.Length, n);
        if (parts == 1)
        {
            IndexedLanes<T, TOps, TKernel>(data, offsets, output, resultOffsets, 0, offsets.Length, n, stride, resultStride, swap, kernel);
            return;
        }

        Parallel.For(0, parts, part =>
        {
            (long from, long to) = (offsets.Length * (long)part / parts, offsets.Length * (long)(part + 1) / parts);
            IndexedLanes<T, TOps, TKernel>(data, offsets, output, resultOffsets, (int)from, (int)to, n, stride, resultStride, swap, kernel);
        });
    }

    private static void IndexedLanes<T, TOps, TKernel>(nint data, nint[] offsets, nint output, nint[] resultOffsets, int from, int to, int n, nint stride, nint resultStride, bool swap, TKernel kernel)
        where T : unmanaged
        where TOps : ISortOps<T>
        where TKernel : struct, ILaneKernel
    {
        Indexed<T>[] buffer = GC.AllocateUninitializedArray<Indexed<T>>(n);
        Indexed<T>[] scratch = GC.AllocateUninitializedArray<Indexed<T>>(n);
        for (int lane = from; lane < to; lane++)
        {
            byte* p = (byte*)data + offsets[lane];
            for (int i = 0; i < n; i++)
            {
                T v = Unsafe.ReadUnaligned<T>(p + i * stride);
                buffer[i].Value = swap ? TOps.Swap(v) : v;
                buffer[i].Index = i;
            }

            kernel.Process<Indexed<T>, IndexedSortOps<T, TOps>>(buffer, scratch);
            byte* q = (byte*)output + resultOffsets[lane];
            for (int i = 0; i < n; i++)
                *(long*)(q + i * resultStride) = buffer[i].Index;
        }
    }
}
