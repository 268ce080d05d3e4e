using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

/// <summary>
/// The array protocols an <c>arraybridge.ExportedArray</c> speaks beyond owning memory, so that any
/// Python array library can take it directly and zero-copy: the PEP 3118 buffer protocol
/// (<c>bf_getbuffer</c>/<c>bf_releasebuffer</c>, as <c>memoryview(x)</c> and <c>np.asarray(x)</c>
/// use), the <c>__array_interface__</c> (v3) property, and DLPack (<c>__dlpack__</c>,
/// <c>__dlpack_device__</c>, as <c>torch.from_dlpack(x)</c> and <c>np.from_dlpack(x)</c> use), and
/// NumPy's <c>__array__</c> (as <c>np.array(x)</c>, pandas and matplotlib call it).
/// </summary>
internal static unsafe partial class ExportedArrayProtocols
{
    /// <summary>Adds the protocol slots to the type's slot table (called once, when the type is created).</summary>
    public static void AddSlots(CPython.PyType_Slot* slots, ref int count)
    {
        slots[count++] = new() { slot = CPython.Py_bf_getbuffer, pfunc = (delegate* unmanaged<nint, CPython.Py_buffer*, int, int>)&GetBuffer };
        slots[count++] = new() { slot = CPython.Py_bf_releasebuffer, pfunc = (delegate* unmanaged<nint, CPython.Py_buffer*, void>)&ReleaseBuffer };
        slots[count++] = new() { slot = CPython.Py_tp_getset, pfunc = CreateGetSets() };
        slots[count++] = new() { slot = CPython.Py_tp_methods, pfunc = CreateMethods() };
    }

    /// <summary>The getset table (permanent, zero-terminated): <c>__array_interface__</c>.</summary>
    private static CPython.PyGetSetDef* CreateGetSets()
    {
        var table = (CPython.PyGetSetDef*)NativeMemory.AllocZeroed((nuint)(sizeof(CPython.PyGetSetDef) * 2));
        table[0] = new()
        {
            name = Utf8Text.AllocPermanent("__array_interface__"),
            get = (delegate* unmanaged<nint, void*, nint>)&GetArrayInterface,
            doc = Utf8Text.AllocPermanent("The array interface (version 3): shape, typestr, descr, data as (address, read_only), strides (None when C-contiguous), version."),
        };
        return table;
    }

    /// <summary>The method table (permanent, zero-terminated): <c>__dlpack__</c>, <c>__dlpack_device__</c> and <c>__array__</c>.</summary>
    private static CPython.PyMethodDef* CreateMethods()
    {
        var table = (CPython.PyMethodDef*)NativeMemory.AllocZeroed((nuint)(sizeof(CPython.PyMethodDef) * 4));
        table[0] = new()
        {
            ml_name = Utf8Text.AllocPermanent("__dlpack__"),
            ml_meth = (delegate* unmanaged<nint, nint, nint, nint>)&DLPack,
            ml_flags = CPython.METH_VARARGS | CPython.METH_KEYWORDS,
            ml_doc = Utf8Text.AllocPermanent("__dlpack__(*, stream=None, max_version=None, dl_device=None, copy=None)\n--\n\nA DLPack capsule over the array's memory: 'dltensor', or 'dltensor_versioned' (DLPack 1.0) when max_version >= (1, 0)."),
        };
        table[1] = new()
        {
            ml_name = Utf8Text.AllocPermanent("__dlpack_device__"),
            ml_meth = (delegate* unmanaged<nint, nint, nint>)&DLPackDevice,
            ml_flags = CPython.METH_NOARGS,
            ml_doc = Utf8Text.AllocPermanent("__dlpack_device__()\n--\n\n(1, 0): kDLCPU, device 0."),
        };
        table[2] = new()
        {
            ml_name = Utf8Text.AllocPermanent("__array__"),
            ml_meth = (delegate* unmanaged<nint, nint, nint, nint>)&Array,
            ml_flags = CPython.METH_VARARGS | CPython.METH_KEYWORDS,
            ml_doc = Utf8Text.AllocPermanent("__array__(dtype=None, copy=None)\n--\n\nA numpy.ndarray over the same memory whose base is this object; dtype casts (a copy) only when it differs, copy=True always copies, copy=False never does (ValueError if it would have to)."),
        };
        return table;
    }

    /// <summary>The array an instance holds, or a refusal when it was released.</summary>
    private static NDArray ArrayOf(nint self) =>
        ExportedArrayType.Get(BorrowedReference.DangerousFromPointer(self)) ?? throw new BufferRefusedException("the arraybridge.ExportedArray has released its array");
}
