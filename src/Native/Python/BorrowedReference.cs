using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

/// <summary>
/// A <c>PyObject*</c> the holder does not own: valid only while some owner keeps the object alive,
/// never released through this value. C-API parameters that only read an object and C-API results
/// documented as "borrowed" have this type.
/// </summary>
/// <remarks>
/// A <see langword="ref"/> struct, so a borrowed pointer cannot be stored on the heap (in a field, a
/// lambda or a collection) where it would outlive its owner. Layout is one pointer, so it passes
/// through <c>delegate* unmanaged</c> signatures exactly as <c>PyObject*</c> does.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal readonly ref struct BorrowedReference
{
    private readonly nint _pointer;

    private BorrowedReference(nint pointer) => _pointer = pointer;

    /// <summary>The NULL reference (no object).</summary>
    public static BorrowedReference Null => default;

    /// <summary>Whether this is NULL.</summary>
    public bool IsNull
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _pointer == 0;
    }

    /// <summary>
    /// Views a raw <c>PyObject*</c> (or NULL) as borrowed. The caller vouches that something else
    /// owns it for as long as the result is used.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BorrowedReference DangerousFromPointer(nint pointer) => new(pointer);

    /// <summary>The raw <c>PyObject*</c> (0 for NULL), for identity, diagnostics and struct fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public nint DangerousGetAddress() => _pointer;

    /// <summary>Identity: whether both refer to the same object (or are both NULL).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator ==(BorrowedReference left, BorrowedReference right) => left._pointer == right._pointer;

    /// <summary>Identity: whether they refer to different objects.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator !=(BorrowedReference left, BorrowedReference right) => left._pointer != right._pointer;

#pragma warning disable CS0809 // a ref struct cannot be boxed, so object equality is meaningless (as for Span<T>)
    /// <summary>Not supported: a ref struct cannot be boxed; compare with <c>==</c>.</summary>
    [Obsolete("Compare references with == instead.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override bool Equals(object? obj) => throw new NotSupportedException();

    /// <summary>Not supported: a ref struct cannot be a hash key.</summary>
    [Obsolete("A borrowed reference cannot be a hash key.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public override int GetHashCode() => throw new NotSupportedException();
#pragma warning restore CS0809

    /// <summary>The address in hex, for diagnostics.</summary>
    public override string ToString() => $"0x{_pointer:x}";
}
