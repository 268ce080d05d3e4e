namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>
    /// Creates a new named POSIX shared memory segment sized to the array (at least 1 byte) and
    /// returns a zero-filled array over it, which another process maps without copying: in Python,
    /// <c>shm = multiprocessing.shared_memory.SharedMemory(name)</c> then
    /// <c>np.ndarray(shape, dtype, buffer=shm.buf, order=...)</c>. Writes on either side are seen
    /// by the other (the mapping is <c>MAP_SHARED</c>); ordering between processes is the caller's.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <paramref name="name"/> is what <c>SharedMemory(name)</c> takes and <c>SharedMemory.name</c>
    /// reports: no '/', which is prepended here as Python does (on Linux the segment is
    /// <c>/dev/shm/&lt;name&gt;</c>). The segment is created as Python creates one:
    /// <c>shm_open(O_CREAT | O_EXCL | O_RDWR, 0600)</c>, then <c>ftruncate</c>.
    /// </para>
    /// <para>
    /// Lifetime, in two separate parts. The mapping: it is unmapped when the returned array and
    /// every view of it have been disposed (or finalized). The name: disposing never removes it;
    /// the creator removes it with <see cref="UnlinkShared"/> once every process that needs the
    /// name has opened it (mappings outlive the name, and the memory is freed when the last
    /// mapping in any process goes). Until then the segment outlives this process. Note that a
    /// Python 3.8–3.12 process registers every segment it opens with its resource tracker, which
    /// unlinks it when that process exits; Python code that opens a segment it does not own should
    /// call <c>multiprocessing.resource_tracker.unregister(shm._name, "shared_memory")</c>
    /// (or pass <c>track=False</c> on Python 3.13+).
    /// </para>
    /// </remarks>
    /// <param name="name">The segment name, without a leading '/'.</param>
    /// <param name="dtype">The element type.</param>
    /// <param name="shape">The array's shape.</param>
    /// <param name="order">C or F: the layout Python must give <c>np.ndarray</c> as <c>order=</c>.</param>
    /// <exception cref="IOException">A segment named <paramref name="name"/> already exists, or the system refused the segment.</exception>
    /// <exception cref="ArgumentException">An empty name, or one containing '/' or NUL or too long; more than <see cref="MaxDimensions"/> axes; an order other than C or F.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length, or an undefined <paramref name="order"/>.</exception>
    /// <exception cref="OverflowException">The byte size does not fit in <see cref="nint"/>.</exception>
    /// <exception cref="PlatformNotSupportedException">Not Linux (x86-64 or arm64, glibc 2.34+).</exception>
    public static NDArray CreateShared(string name, DType dtype, ReadOnlySpan<nint> shape, ArrayOrder order = ArrayOrder.C)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool fortran = SharedOrder(order);
        Layout.ValidateShape(shape, dtype.ItemSize, out nint nbytes);
        SharedArrayMemory memory = PosixSharedMemory.Create(name, nbytes);
        return OverShared(memory, dtype, shape, fortran, nbytes);
    }

    /// <summary>
    /// Maps an existing named POSIX shared memory segment (for instance one made by Python's
    /// <c>multiprocessing.shared_memory.SharedMemory(name, create=True, size=n)</c>, or by
    /// <see cref="CreateShared"/> in another process) and returns an array over its first bytes,
    /// without copying: what <c>np.ndarray(shape, dtype, buffer=shm.buf, order=...)</c> is in Python.
    /// </summary>
    /// <remarks>
    /// The mapping is unmapped when the returned array and its views have been disposed; the name
    /// is never removed by this side unless <see cref="UnlinkShared"/> is called. With
    /// <paramref name="writeable"/> false the segment is opened and mapped read-only, so the array
    /// is not WRITEABLE.
    /// </remarks>
    /// <param name="name">The segment name, without a leading '/'.</param>
    /// <param name="dtype">The element type.</param>
    /// <param name="shape">The array's shape; the segment must hold at least its bytes.</param>
    /// <param name="order">C or F.</param>
    /// <param name="writeable">Whether to map the segment for writing.</param>
    /// <exception cref="FileNotFoundException">No segment named <paramref name="name"/> exists.</exception>
    /// <exception cref="ArgumentException">The segment is smaller than the shape needs (the message gives both sizes) or empty; a bad name, shape or order as in <see cref="CreateShared"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative length, a byte size beyond the address space, or an undefined <paramref name="order"/>.</exception>
    /// <exception cref="IOException">The system refused to open or map the segment (for instance, no permission).</exception>
    /// <exception cref="PlatformNotSupportedException">Not Linux (x86-64 or arm64, glibc 2.34+).</exception>
    public static NDArray OpenShared(string name, DType dtype, ReadOnlySpan<nint> shape, ArrayOrder order = ArrayOrder.C, bool writeable = true)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool fortran = SharedOrder(order);
        Layout.ValidateLayoutShape(shape, dtype.ItemSize, out nint nbytes);
        SharedArrayMemory memory = PosixSharedMemory.Open(name, nbytes, writeable, $"shape {Layout.Format(shape)} of {dtype}");
        return OverShared(memory, dtype, shape, fortran, nbytes);
    }

    /// <summary>
    /// Removes the name of a shared memory segment (<c>shm_unlink</c>, as Python's
    /// <c>SharedMemory.unlink()</c>): no process can open it any more, while arrays already over it,
    /// here or elsewhere, keep working; the memory is freed when the last mapping is gone. Call it
    /// once, from the process that owns the segment (normally its creator).
    /// </summary>
    /// <param name="name">The segment name, without a leading '/'.</param>
    /// <exception cref="FileNotFoundException">No segment named <paramref name="name"/> exists (already unlinked).</exception>
    /// <exception cref="ArgumentException">An empty name, or one containing '/' or NUL.</exception>
    /// <exception cref="PlatformNotSupportedException">Not Linux.</exception>
    public static void UnlinkShared(string name) => PosixSharedMemory.Unlink(name);

    private static bool SharedOrder(ArrayOrder order)
    {
        EnumChecks.Check(order);
        return order switch
        {
            ArrayOrder.C => false,
            ArrayOrder.F => true,
            _ => ThrowHelper.ThrowArgument<bool>($"only 'C' or 'F' order is permitted for a shared array, not '{order}'", nameof(order)),
        };
    }

    private static NDArray OverShared(SharedArrayMemory memory, DType dtype, ReadOnlySpan<nint> shape, bool fortran, nint nbytes)
    {
        try
        {
            nint[] strides = new nint[shape.Length];
            if (nbytes != 0)
            {
                Layout.FillStrides(shape, dtype.ItemSize, fortran, strides);
            }

            return Create(memory, memory.Start, shape.ToArray(), strides, dtype, ArrayFlags.Writeable, null);
        }
        catch
        {
            // No array holds the mapping yet, so nothing else will unmap it.
            memory.AddHolder();
            memory.RemoveHolder();
            throw;
        }
    }
}
