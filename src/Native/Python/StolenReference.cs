using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

/// <summary>
/// A reference being handed over: the parameter type of C-API functions that steal their argument
/// (<c>PyTuple_SetItem</c>, <c>PyList_SetItem</c>, <c>Py_DecRef</c>, NumPy's descriptor arguments)
/// and of the wrappers that take ownership. It is obtained from <see cref="NewReference.Steal"/>,
/// which empties the <see cref="NewReference"/> so that nothing releases the reference twice.
/// </summary>
/// <remarks>
/// Pass it straight to the call that consumes it; never keep one. It may be NULL (a
/// <see cref="NewReference"/> from a failed call), which stealing functions either accept or the
/// consumer checks.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal readonly ref struct StolenReference
{
    private readonly nint _pointer;

    private StolenReference(nint pointer) => _pointer = pointer;

    /// <summary>Whether nothing is handed over.</summary>
    public bool IsNull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _pointer == 0;
    }

    /// <summary>
    /// Hands over a raw owned <c>PyObject*</c> (e.g. one queued by a finalizer). The caller gives up
    /// its ownership.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StolenReference DangerousFromPointer(nint pointer) => new(pointer);

    /// <summary>The raw <c>PyObject*</c>; whoever reads it takes the ownership it carries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public nint DangerousGetAddress() => _pointer;

    /// <summary>The same object, borrowed, for use before the reference is consumed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public BorrowedReference Borrow() => BorrowedReference.DangerousFromPointer(_pointer);
}
