using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

/// <summary>
/// The Python type <c>arraybridge.ExportedArray</c>, defined from C# with <c>PyType_FromSpec</c>: each
/// instance holds an <see cref="NDArray"/>'s memory (one holder of it) and the array's layout, with
/// the WRITEABLE flag it had when exported. It is the base object of every NumPy array ArrayBridge
/// exports, so <c>arr.base</c> says what keeps the memory alive; the memory is released, if nothing
/// else holds it, when Python deallocates the instance.
/// </summary>
/// <remarks>
/// Exporting builds no NDArray: the instance takes a holder on the memory and keeps the exported
/// array for its layout (shape, strides, data pointer and dtype never change, and disposing the array
/// does not touch them). The view the protocols read (<see cref="Get"/>) is made on first use.
/// Instances keep these in a managed table and store their index: storing a reference is a write,
/// where a <see cref="GCHandle"/> per instance would cost two runtime calls per export. The table
/// needs no lock because instances are created, read and deallocated only with the GIL held.
/// </remarks>
internal static unsafe class ExportedArrayType
{
    private static nint s_type;
    private static byte* s_name;
    private static Entry[] s_entries = new Entry[64];
    private static int[] s_freeSlots = new int[64];
    private static int s_freeCount;
    private static int s_slotsUsed;

    /// <summary>The instance layout: the object header, then where its entry is.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ExportedArrayObject
    {
        public CPython.PyObject ob_base;

        /// <summary>The entry's index in the table plus one; 0 once released.</summary>
        public nint slot;
    }

    /// <summary>What an instance holds.</summary>
    private struct Entry
    {
        /// <summary>The exported array: its memory (one holder of which is the instance's) and its layout.</summary>
        public NDArray Source;

        /// <summary>Whether the array was writeable when exported.</summary>
        public bool Writeable;

        /// <summary>The view over the memory with the exported layout, once something asked for it.</summary>
        public NDArray? View;
    }

    /// <summary>The type object (borrowed; created on first use). Call with the GIL held.</summary>
    public static BorrowedReference Type
    {
        get
        {
            if (s_type == 0)
            {
                Create();
            }

            return BorrowedReference.DangerousFromPointer(s_type);
        }
    }

    /// <summary>
    /// A new reference to an instance holding <paramref name="array"/>'s memory with its current layout
    /// and WRITEABLE flag, whatever later happens to <paramref name="array"/>. GIL held.
    /// </summary>
    /// <param name="array">The array to export.</param>
    /// <param name="writeable">Whether the array was writeable: what the instance holds.</param>
    /// <exception cref="ObjectDisposedException">The array was disposed.</exception>
    public static NewReference New(NDArray array, out bool writeable)
    {
        _ = array.DataPointer; // refuses a disposed array
        ArrayMemory memory = array.Memory;
        memory.AddHolder();
        using NewReference obj = CPython.PyType_GenericAlloc(Type, 0);
        int index;
        try
        {
            obj.ThrowIfNull();
            index = s_freeCount > 0 ? s_freeSlots[--s_freeCount] : NewSlot();
        }
        catch
        {
            memory.RemoveHolder(); // the using releases the object, which holds nothing yet
            throw;
        }

        writeable = array.IsWriteable;
        s_entries[index] = new Entry { Source = array, Writeable = writeable };
        ((ExportedArrayObject*)obj.DangerousGetAddress())->slot = index + 1;
        ExportedArray.Created();
        return obj.Move();
    }

    /// <summary>
    /// The view an instance's protocols read (the exported layout over the held memory, made on first
    /// use), or null when <paramref name="obj"/> is not an instance or has released it. GIL held.
    /// </summary>
    public static NDArray? Get(BorrowedReference obj)
    {
        if (EntryOf(obj) is not int index)
        {
            return null;
        }

        ref Entry entry = ref s_entries[index];
        return entry.View ??= ViewOf(entry.Source, entry.Writeable);
    }

    /// <summary>
    /// The exported array of an instance, whose memory the instance holds (its layout and memory are
    /// usable even after the array was disposed), and whether it was exported writeable; null when
    /// <paramref name="obj"/> is not an instance or has released it. GIL held.
    /// </summary>
    public static NDArray? SourceOf(BorrowedReference obj, out bool writeable)
    {
        if (EntryOf(obj) is not int index)
        {
            writeable = false;
            return null;
        }

        writeable = s_entries[index].Writeable;
        return s_entries[index].Source;
    }

    private static int? EntryOf(BorrowedReference obj)
    {
        if (obj.IsNull || s_type == 0 || CPython.Py_TYPE(obj).DangerousGetAddress() != s_type)
        {
            return null;
        }

        nint slot = ((ExportedArrayObject*)obj.DangerousGetAddress())->slot;
        return slot == 0 ? null : (int)slot - 1;
    }

    /// <summary>A view over <paramref name="source"/>'s memory with its layout, as <c>ShareView</c> makes one, also of a disposed array.</summary>
    private static NDArray ViewOf(NDArray source, bool writeable)
    {
        NDArray owner = source.Base is null || source.OwnsData ? source : source.Base;
        return NDArray.Create(source.Memory, source.Data, source.Shape.ToArray(), source.Strides.ToArray(), source.DType, writeable ? ArrayFlags.Writeable : 0, owner);
    }

    /// <summary>A slot never used before, growing the table when it is full. GIL held.</summary>
    private static int NewSlot()
    {
        if (s_slotsUsed == s_entries.Length)
        {
            Array.Resize(ref s_entries, s_entries.Length * 2);
            Array.Resize(ref s_freeSlots, s_entries.Length);
        }

        return s_slotsUsed++;
    }

    /// <summary>Releases what an instance holds: its view, if one was made, and its holder on the memory. GIL held.</summary>
    private static void Release(BorrowedReference obj)
    {
        if (EntryOf(obj) is not int index)
        {
            return;
        }

        ((ExportedArrayObject*)obj.DangerousGetAddress())->slot = 0;
        Entry entry = s_entries[index];
        s_entries[index] = default;
        s_freeSlots[s_freeCount++] = index;
        ExportedArray.Released();
        try
        {
            entry.View?.Dispose();
        }
        finally
        {
            entry.Source.Memory.RemoveHolder();
        }
    }

    private static void Create()
    {
        CPython.AssertGilHeld();
        if (s_type != 0)
        {
            return;
        }

        s_name = Utf8Text.AllocPermanent("arraybridge.ExportedArray");
        byte* doc = Utf8Text.AllocPermanent("A .NET NDArray's memory, kept alive for the NumPy arrays and other consumers that use it.");
        var slots = (CPython.PyType_Slot*)NativeMemory.AllocZeroed((nuint)(sizeof(CPython.PyType_Slot) * 16));
        int n = 0;
        slots[n++] = new() { slot = CPython.Py_tp_dealloc, pfunc = (delegate* unmanaged<nint, void>)&Dealloc };
        slots[n++] = new() { slot = CPython.Py_tp_repr, pfunc = (delegate* unmanaged<nint, nint>)&Repr };
        slots[n++] = new() { slot = CPython.Py_tp_doc, pfunc = doc };
        ExportedArrayProtocols.AddSlots(slots, ref n);
        slots[n] = default;
        var spec = new CPython.PyType_Spec
        {
            name = s_name,
            basicsize = sizeof(ExportedArrayObject),
            itemsize = 0,
            flags = CPython.Py_TPFLAGS_DEFAULT,
            slots = slots,
        };
        NewReference type = CPython.PyType_FromSpec(&spec);
        type.ThrowIfNull();
        s_type = type.DangerousMoveToPointer(); // one reference kept for the life of the process
    }

    [UnmanagedCallersOnly]
    private static void Dealloc(nint selfPointer)
    {
        // The object is being destroyed: its reference count is already zero, so it is only borrowed here.
        BorrowedReference self = BorrowedReference.DangerousFromPointer(selfPointer);
        try
        {
            Release(self);
        }
        catch (Exception e)
        {
            // Giving up the last holder runs the memory's release, which fails only when an owner given
            // to NDArray.FromPointer throws from Dispose. A deallocator cannot report an error to Python
            // and an exception must not unwind into CPython, so the process stops here with the cause
            // rather than carry on past a release that did not complete.
            Environment.FailFast("arraybridge.ExportedArray failed to release its array", e);
        }

        // A heap type's instances own a reference to it (taken by PyType_GenericAlloc).
        nint type = CPython.Py_TYPE(self).DangerousGetAddress();
        CPython.PyObject_Free((void*)selfPointer);
        CPython.Py_DecRef(StolenReference.DangerousFromPointer(type));
    }

    [UnmanagedCallersOnly]
    private static nint Repr(nint self)
    {
        try
        {
            return PyConverter.FromString(ExportedArray.Describe(Get(BorrowedReference.DangerousFromPointer(self)))).DangerousMoveToPointer(); // the caller receives a new reference
        }
        catch (Exception e)
        {
            PythonErrors.SetFromException(e);
            return 0;
        }
    }
}
