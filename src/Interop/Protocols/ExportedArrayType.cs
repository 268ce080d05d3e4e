using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

/// <summary>
/// The Python type <c>arraybridge.ExportedArray</c>, defined from C# with <c>PyType_FromSpec</c>: each
/// instance holds a <see cref="GCHandle"/> to a view of an <see cref="NDArray"/> (see
/// <see cref="ExportedArray"/>). It is the base object of every NumPy array ArrayBridge exports, so
/// <c>arr.base</c> says what keeps the memory alive.
/// </summary>
internal static unsafe class ExportedArrayType
{
    private static nint s_type;
    private static byte* s_name;

    /// <summary>The instance layout: the object header, then the handle.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ExportedArrayObject
    {
        public CPython.PyObject ob_base;

        /// <summary><see cref="GCHandle.ToIntPtr"/> of the view; 0 once released.</summary>
        public nint handle;
    }

    /// <summary>The type object (borrowed; created on first use). Call with the GIL held.</summary>
    public static nint Type
    {
        get
        {
            if (s_type == 0)
            {
                Create();
            }

            return s_type;
        }
    }

    /// <summary>
    /// A new reference to an instance owning <paramref name="view"/>, which it disposes when Python
    /// releases it (also when this fails). Call with the GIL held.
    /// </summary>
    public static nint New(NDArray view)
    {
        nint obj = CPython.PyType_GenericAlloc(Type, 0);
        if (obj == 0)
        {
            view.Dispose();
            throw PythonException.FetchCurrent();
        }

        ((ExportedArrayObject*)obj)->handle = GCHandle.ToIntPtr(GCHandle.Alloc(view));
        ExportedArray.Created();
        return obj;
    }

    /// <summary>The view an instance holds, or null when <paramref name="obj"/> is not one or has released it.</summary>
    public static NDArray? Get(nint obj)
    {
        if (obj == 0 || s_type == 0 || CPython.Py_TYPE(obj) != s_type)
        {
            return null;
        }

        nint handle = ((ExportedArrayObject*)obj)->handle;
        return handle == 0 ? null : (NDArray?)GCHandle.FromIntPtr(handle).Target;
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
        nint type = CPython.PyType_FromSpec(&spec);
        if (type == 0)
        {
            throw PythonException.FetchCurrent();
        }

        s_type = type; // one reference kept for the life of the process
    }

    [UnmanagedCallersOnly]
    private static void Dealloc(nint self)
    {
        try
        {
            nint handle = ((ExportedArrayObject*)self)->handle;
            ((ExportedArrayObject*)self)->handle = 0;
            if (handle != 0)
            {
                GCHandle h = GCHandle.FromIntPtr(handle);
                var view = (NDArray?)h.Target;
                h.Free();
                if (view is not null)
                {
                    ExportedArray.Release(view);
                }
            }
        }
        catch (Exception e)
        {
            // Disposing the view runs the memory's release, which fails only when an owner given to
            // NDArray.FromPointer throws from Dispose. A deallocator cannot report an error to Python
            // and an exception must not unwind into CPython, so the process stops here with the cause
            // rather than carry on past a release that did not complete.
            Environment.FailFast("arraybridge.ExportedArray failed to release its array", e);
        }

        nint type = CPython.Py_TYPE(self);
        CPython.PyObject_Free((void*)self);
        CPython.Py_DecRef(type);
    }

    [UnmanagedCallersOnly]
    private static nint Repr(nint self)
    {
        try
        {
            return PyConverter.FromString(ExportedArray.Describe(Get(self)));
        }
        catch (Exception e)
        {
            PythonErrors.SetFromException(e);
            return 0;
        }
    }
}
