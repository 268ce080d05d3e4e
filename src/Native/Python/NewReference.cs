using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

/// <summary>
/// An owned <c>PyObject*</c> (a "new reference"): the result type of every C-API function that
/// returns one. It must be consumed exactly once: <see cref="Steal"/> hands it to a stealing
/// function or to a wrapper that takes ownership, <see cref="Move"/> returns it to a caller, and
/// <see cref="Dispose"/> releases it (<c>Py_DecRef</c>, GIL held). Each empties it, so a second
/// consumption finds nothing and a <see langword="using"/> declaration releases only what was not moved.
/// </summary>
/// <remarks>
/// <para>
/// A NULL value means the call that produced it failed (with a Python error set, for functions that
/// set one); <see cref="IsNull"/> tells.
/// </para>
/// <para>
/// Use it as <c>using NewReference x = CPython.F(...);</c> and transfer it out only through
/// <see cref="Steal"/> or <see cref="Move"/>, which work on <see langword="using"/> variables (the
/// mutation happens in place). Never copy it (<c>NewReference b = a;</c>, passing or returning a
/// local by value): C# cannot forbid the copy, and both copies would own the same reference.
/// </para>
/// <para>
/// A <see langword="ref"/> struct, so an owned pointer cannot be stored on the heap (use the
/// Interop layer's <c>PyObject</c> for that). Layout is one pointer, so it is the return type of
/// <c>delegate* unmanaged</c> signatures directly.
/// </para>
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal unsafe ref struct NewReference
{
    private nint _pointer;

    private NewReference(nint pointer) => _pointer = pointer;

    /// <summary>Whether this holds no reference (a failed call, or already consumed).</summary>
    public readonly bool IsNull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _pointer == 0;
    }

    /// <summary>A new reference to a borrowed object (<c>Py_IncRef</c>). GIL held; NULL stays NULL.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NewReference IncRef(BorrowedReference reference)
    {
        Interop.Python.Py_IncRef(reference);
        return new NewReference(reference.DangerousGetAddress());
    }

    /// <summary>
    /// Takes over a reference handed over to the caller, which becomes its owner (a function that
    /// steals its argument releases it this way if it cannot pass it on).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NewReference Take(StolenReference reference) => new(reference.DangerousGetAddress());

    /// <summary>Takes over a raw owned <c>PyObject*</c> (or NULL), e.g. one a C out-parameter returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static NewReference DangerousFromPointer(nint pointer) => new(pointer);

    /// <summary>The object, borrowed from this owner (valid while it is not consumed).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly BorrowedReference Borrow() => BorrowedReference.DangerousFromPointer(_pointer);

    /// <summary>The object, borrowed from <paramref name="reference"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator BorrowedReference(scoped in NewReference reference) => BorrowedReference.DangerousFromPointer(reference._pointer);

    /// <summary>
    /// Hands the reference over to a function that steals it, leaving this empty. NULL is handed
    /// over as NULL.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public StolenReference Steal()
    {
        nint pointer = _pointer;
        _pointer = 0;
        return StolenReference.DangerousFromPointer(pointer);
    }

    /// <summary>Returns the reference to a caller, leaving this empty (so a <see langword="using"/> does not release it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public NewReference Move()
    {
        nint pointer = _pointer;
        _pointer = 0;
        return new NewReference(pointer);
    }

    /// <summary>
    /// Gives up ownership as a raw <c>PyObject*</c>, leaving this empty: for C callers that receive
    /// a new reference (the return value of a type slot or method ArrayBridge implements).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public nint DangerousMoveToPointer()
    {
        nint pointer = _pointer;
        _pointer = 0;
        return pointer;
    }

    /// <summary>The raw <c>PyObject*</c> without giving up ownership.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly nint DangerousGetAddress() => _pointer;

    /// <summary>Releases the reference if this still holds one (<c>Py_DecRef</c>, GIL held), leaving this empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Dispose()
    {
        nint pointer = _pointer;
        if (pointer != 0)
        {
            _pointer = 0;
            Interop.Python.Py_DecRef(StolenReference.DangerousFromPointer(pointer));
        }
    }
}
