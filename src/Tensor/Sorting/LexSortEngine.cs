using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>
/// np.lexsort: a stable argsort by each key in turn, least significant (first) to most significant
/// (last), each pass ordering the indices the previous passes left.
/// </summary>
internal static unsafe class LexSortEngine
{
    /// <summary>Computes the int64 indices; the keys are checked to share one shape.</summary>
    public static NDArray Run(IReadOnlyList<NDArray> keys, int axis)
    {
        NDArray first = keys[0];
        int n = LaneLength(first, axis);
        NDArray result = NDArray.Empty(DType.Int64, first.ShapeArray);
        try
        {
            nint[] resultOffsets = LaneRunner.Offsets(result, axis);
            nint resultStride = result.StridesArray[axis];
            foreach (nint offset in resultOffsets)
            {
                for (int i = 0; i < n; i++)
                    *(long*)((byte*)result.Data + offset + i * resultStride) = i;
            }

            if (result.Size != 0)
            {
                foreach (NDArray key in keys)
                {
                    var action = new PassAction(key, axis, result, resultOffsets, n);
                    SortDispatch.Run(key.DType, ref action);
                }
            }

            return result;
        }
        catch
        {
            result.Dispose();
            throw;
        }
    }

    private static int LaneLength(NDArray a, int axis) => LaneRunner.LaneLength(a, axis);

    /// <summary>One stable pass: every lane's current indices reordered by this key's values at them.</summary>
    private readonly struct PassAction(NDArray key, int axis, NDArray result, nint[] resultOffsets, int n) : ISortAction
    {
        public void Run<T, TOps>()
            where T : unmanaged
            where TOps : ISortOps<T>
        {
            nint[] offsets = LaneRunner.Offsets(key, axis);
            nint stride = key.StridesArray[axis];
            nint resultStride = result.StridesArray[axis];
            bool swap = !key.DType.IsNativeByteOrder;
            var buffer = new Indexed<T>[n];
            var scratch = new Indexed<T>[n];
            for (int lane = 0; lane < offsets.Length; lane++)
            {
                byte* p = key.Data + offsets[lane];
                byte* q = result.Data + resultOffsets[lane];
                for (int i = 0; i < n; i++)
                {
                    long index = *(long*)(q + i * resultStride);
                    T v = Unsafe.ReadUnaligned<T>(p + index * stride);
                    buffer[i].Value = swap ? TOps.Swap(v) : v;
                    buffer[i].Index = index;
                }

                SortAlgorithms<Indexed<T>, IndexedSortOps<T, TOps>>.StableSort(buffer, scratch);
                for (int i = 0; i < n; i++)
                    *(long*)(q + i * resultStride) = buffer[i].Index;
            }
        }
    }
}
