namespace ArrayBridge.Interop;

/// <summary>
/// A DLPack tensor ArrayBridge consumed (it renamed the capsule to <c>used_dltensor</c> or
/// <c>used_dltensor_versioned</c>, so the producer's capsule no longer frees it). It owns the memory of
/// the NDArray views over the tensor and calls the producer's <c>deleter</c> exactly once, under the
/// GIL (NumPy 1.x's deleter decrefs without taking it): from <see cref="Dispose"/>, or, when the views
/// are collected undisposed, from this object's finalizer through the GIL-safe
/// <see cref="PythonReleaseQueue"/> queue.
/// </summary>
internal sealed unsafe class DLPackTensorOwner : IDisposable
{
    private static long s_deleted;
    private readonly bool _versioned;
    private nint _managed;

    /// <summary>Takes ownership of a consumed <c>DLManagedTensor*</c> or <c>DLManagedTensorVersioned*</c>.</summary>
    public DLPackTensorOwner(void* managed, bool versioned)
    {
        _managed = (nint)managed;
        _versioned = versioned;
    }

    /// <summary>Deleters of consumed DLPack tensors called so far, process-wide (for tests).</summary>
    public static long DeletedCount => Interlocked.Read(ref s_deleted);

    /// <summary>Calls the deleter now (taking the GIL). Idempotent.</summary>
    public void Dispose()
    {
        nint managed = Interlocked.Exchange(ref _managed, 0);
        if (managed == 0)
        {
            return;
        }

        GC.SuppressFinalize(this);
        if (!Python.IsInitialized)
        {
            return; // the producer's deleter may need the interpreter, which is gone: leak rather than crash
        }

        GilScope gil;
        try
        {
            gil = Python.Gil();
        }
        catch (ObjectDisposedException)
        {
            return;
        }

        using (gil)
        {
            if (_versioned)
            {
                DeleteVersioned(managed);
            }
            else
            {
                Delete(managed);
            }
        }
    }

    /// <summary>What the memory belongs to, for diagnostics.</summary>
    public override string ToString() => _managed == 0 ? "a deleted DLPack tensor" : $"a DLPack tensor{(_versioned ? " (versioned)" : "")} at 0x{_managed:x}";

    /// <summary>Queues the deleter for the next GIL holder; never calls into Python or the producer.</summary>
    ~DLPackTensorOwner()
    {
        nint managed = _managed;
        if (managed != 0 && Python.IsInitialized)
        {
            PythonReleaseQueue.EnqueueRelease(managed, _versioned ? &DeleteVersioned : &Delete);
        }
    }

    private static void Delete(nint managed)
    {
        var m = (DLPackC.DLManagedTensor*)managed;
        if (m->deleter != null)
        {
            m->deleter(m);
        }

        Interlocked.Increment(ref s_deleted);
    }

    private static void DeleteVersioned(nint managed)
    {
        var m = (DLPackC.DLManagedTensorVersioned*)managed;
        if (m->deleter != null)
        {
            m->deleter(m);
        }

        Interlocked.Increment(ref s_deleted);
    }
}
