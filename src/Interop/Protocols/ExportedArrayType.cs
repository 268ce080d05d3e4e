using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

/// <summary>
/// The Python type <c>arraybridge.ExportedArray</c>, defined from C# with <c>PyType_FromSpec</c>: each
/// instance holds a <see cref="GCHandle"/> to an <see cref="ExportedArray"/>. It is the base object
/// of every NumPy array ArrayBridge exports, so <c>arr.base</c> says what keeps the memory alive.
/// </summary>
internal static unsafe class ExportedArrayType
{
    private static nint s_type;
    private static byte* s_name;

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

    /// <summary>A new reference to an instance owning <paramref name="view"/>, which it disposes when Python releases it.</summary>
    public static NewReference New(NDArray view)
    {
        using NewReference obj = CPython.PyType_GenericAlloc(Type, 0);
        if (obj.IsNull)
        {
            view.Dispose();
            throw PythonException.FetchCurrent();
        }

        var handle = GCHandle.Alloc(new ExportedArray(view));
        *CPython.ObjectPayload(obj, 0) = GCHandle.ToIntPtr(handle);
        return obj.Move();
    }

    /// <summary>The exported array an instance holds, or null when <paramref name="obj"/> is not one.</summary>
    public static ExportedArray? Get(BorrowedReference obj)
    {
        if (obj.IsNull || s_type == 0 || CPython.Py_TYPE(obj).DangerousGetAddress() != s_type)
        {
            return null;
        }

        nint handle = *CPython.ObjectPayload(obj, 0);
        return handle == 0 ? null : GCHandle.FromIntPtr(handle).Target as ExportedArray;
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
            basicsize = CPython.PyObjectHeaderSize + sizeof(nint),
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
            nint* slot = CPython.ObjectPayload(self, 0);
            nint handle = *slot;
            *slot = 0;
            if (handle != 0)
            {
                GCHandle h = GCHandle.FromIntPtr(handle);
                (h.Target as ExportedArray)?.Release();
                h.Free();
            }
        }
        catch (Exception e)
        {
            // Nothing may escape into Python's deallocator; the memory is then left to the finalizers.
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
            string text = Get(BorrowedReference.DangerousFromPointer(self))?.Describe() ?? "<arraybridge.ExportedArray>";
            return PyConverter.FromString(text).DangerousMoveToPointer(); // the caller receives a new reference
        }
        catch (Exception e)
        {
            PythonErrors.SetFromException(e);
            return 0;
        }
    }
}
