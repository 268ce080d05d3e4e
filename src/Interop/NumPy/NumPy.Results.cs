namespace ArrayBridge.Interop;

public static unsafe partial class NumPy
{
    /// <summary>
    /// The largest result, in bytes, that <see cref="TakeResult"/> copies rather than exports: NumPy's
    /// allocator serves blocks below 1024 bytes from its own cache, and copying that much costs less
    /// than exporting the memory (an <c>arraybridge.ExportedArray</c> made now and deallocated with the
    /// NumPy array, and the .NET block freed only then).
    /// </summary>
    internal const int SmallResultBytes = 1024;

    private static long s_resultsCopied;

    /// <summary>How many results <see cref="TakeResult"/> copied into NumPy's memory so far, process-wide (for tests).</summary>
    internal static long ResultsCopied => Volatile.Read(ref s_resultsCopied);

    /// <summary>Native blocks ArrayBridge allocated and has not freed yet, process-wide (for tests).</summary>
    internal static long LiveNativeBlocks => NativeArrayMemory.LiveCount;

    /// <summary><c>arraybridge.ExportedArray</c> objects alive, process-wide (for tests).</summary>
    internal static long LiveExportedArrays => ExportedArray.LiveCount;

    /// <summary>
    /// A new NumPy array with <paramref name="array"/>'s contents, for an extension function's result,
    /// which this consumes: <paramref name="array"/> is disposed, also when this throws. A small
    /// writeable C-contiguous array that nothing else holds (the function's own new array) is copied into
    /// an array NumPy allocates and owns (<c>OWNDATA</c>, no base, as <c>PyArray_SimpleNew</c> gives a C
    /// extension), and its .NET memory is freed at once. Any other is handed over zero-copy
    /// (<see cref="NewArrayOver(NDArray)"/>), sharing its memory with whatever else holds it: a large
    /// array, a view, or a new array of which the function kept a view. GIL held, NumPy loaded.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    /// <exception cref="PythonException">NumPy refused the array.</exception>
    internal static nint TakeResult(NDArray array)
    {
        using (array)
        {
            if (!IsCopiedResult(array))
            {
                using NewReference exported = NewArrayOver(array);
                return exported.DangerousMoveToPointer();
            }

            ArrayMemory memory = array.Memory;
            byte* data = array.Data;
            nint bytes = array.NBytes;
            using NewReference copy = NewEmptyLike(array);
            copy.ThrowIfNull();
            Buffer.MemoryCopy(data, NumPyC.PyArray_DATA(copy.DangerousGetAddress()), bytes, bytes);
            array.Dispose();
            if (memory.IsReleased)
            {
                // The array was the memory's only holder: nothing in .NET can see its bytes any more,
                // so NumPy's copy is indistinguishable from sharing them.
                s_resultsCopied++; // under the GIL
                return copy.DangerousMoveToPointer();
            }

            // A view the function kept still holds the memory: NumPy's array must share it with that
            // view, as an exported one does (the copy is dropped by the using).
            try
            {
                return ExportHeldMemory(memory, data, array);
            }
            catch (ObjectDisposedException) when (memory.IsReleased)
            {
                // That view let go in the meantime: nothing can see the bytes any more after all.
                s_resultsCopied++;
                return copy.DangerousMoveToPointer();
            }
        }
    }

    /// <summary>A new C-order NumPy array of <paramref name="array"/>'s shape and (native) dtype in memory NumPy allocates; NULL with a Python error on failure.</summary>
    private static NewReference NewEmptyLike(NDArray array)
    {
        fixed (nint* dims = array.ShapeArray)
        {
            return NumPyC.PyArray_New(NumPyC.PyArray_Type, array.NDim, dims, array.DType.NumPyTypeNumber, null, null, 0, 0, BorrowedReference.Null);
        }
    }

    /// <summary>Whether <see cref="TakeResult"/> may copy <paramref name="array"/> (a disposed one is not: exporting it throws).</summary>
    private static bool IsCopiedResult(NDArray array) =>
        !array.IsDisposed
        && array.OwnsData
        && array.Base is null
        && array.IsWriteable
        && array.Memory is NativeArrayMemory
        && array.NBytes <= SmallResultBytes
        && array.DType.IsNativeByteOrder
        && HasFreshCStrides(array)
        && TooManyDimensions(array.NDim) is null;

    /// <summary>
    /// Exports, zero-copy, the memory that <paramref name="disposed"/> (already disposed) was over, with
    /// its layout, while something else still holds that memory.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The last other holder released the memory meanwhile.</exception>
    private static nint ExportHeldMemory(ArrayMemory memory, byte* data, NDArray disposed)
    {
        NDArray holder = NDArray.Create(memory, data, disposed.ShapeArray, disposed.StridesArray, disposed.DType, ArrayFlags.Writeable, @base: null);
        using (holder)
        {
            using NewReference exported = NewArrayOver(holder);
            return exported.DangerousMoveToPointer();
        }
    }
}
