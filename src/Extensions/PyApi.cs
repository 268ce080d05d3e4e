using System.Runtime.InteropServices;

namespace ArrayBridge.Extensions;

/// <summary>
/// The extension runtime's own helpers over the libpython bindings of ArrayBridge.Native
/// (<see cref="CPython"/>): setting an error from a .NET string, and converting between .NET strings
/// and <c>str</c> through UTF-8.
/// </summary>
/// <remarks>
/// Every C-API function, constant and struct offset comes from <see cref="CPython"/>; nothing here
/// binds or restates one. What stays is specific to the extension path: values cross generated code
/// as bare <c>PyObject*</c> (<see cref="nint"/>) that CPython owns or hands over, and these helpers
/// never throw into a C caller (a failure is a Python error and a 0 / null result), where the
/// Interop layer's conversions throw .NET exceptions and go through its <c>PyObject</c> wrapper.
/// </remarks>
internal static unsafe class PyApi
{
    /// <summary>Sets <paramref name="type"/> as the current error with <paramref name="message"/>; never throws into C.</summary>
    public static void SetError(BorrowedReference type, string message)
    {
        using NewReference text = NewString(message);
        if (text.IsNull)
        {
            return; // the failed str() left its own error (MemoryError) set
        }

        CPython.PyErr_SetObject(type, text);
    }

    /// <summary>A new <c>str</c> of <paramref name="value"/>, or NULL with the error set.</summary>
    public static NewReference NewString(string value)
    {
        int max = System.Text.Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = null;
        Span<byte> buffer = max <= 512 ? stackalloc byte[512] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        int length = System.Text.Encoding.UTF8.GetBytes(value, buffer);
        nint result;
        fixed (byte* p = buffer)
        {
            result = CPython.PyUnicode_FromStringAndSize(p, length).DangerousMoveToPointer();
        }

        if (rented is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }

        return NewReference.DangerousFromPointer(result);
    }

    /// <summary>The text of the <c>str</c> <paramref name="o"/>, or null with the error set.</summary>
    public static string? ReadString(BorrowedReference o)
    {
        nint length;
        byte* utf8 = CPython.PyUnicode_AsUTF8AndSize(o, &length);
        return utf8 is null ? null : System.Text.Encoding.UTF8.GetString(utf8, checked((int)length));
    }

    /// <summary>The name of <c>type(o)</c> (its <c>tp_name</c>, after the last dot), for error messages.</summary>
    public static string TypeName(BorrowedReference o)
    {
        string full = Marshal.PtrToStringUTF8((nint)CPython.tp_name(CPython.Py_TYPE(o))) ?? "?";
        int dot = full.LastIndexOf('.');
        return dot < 0 ? full : full[(dot + 1)..];
    }
}
