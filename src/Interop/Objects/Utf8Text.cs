namespace ArrayBridge.Interop;

/// <summary>Marshals .NET strings to the NUL-terminated UTF-8 (<c>const char*</c>) the C-API takes.</summary>
internal static class Utf8Text
{
    /// <summary>The UTF-8 bytes of <paramref name="value"/> followed by a NUL.</summary>
    /// <exception cref="ArgumentException">The string contains a NUL character, which C would read as its end.</exception>
    public static byte[] NullTerminated(string value, string paramName) => global::ArrayBridge.Native.Interop.Utf8Z(value, paramName);

    /// <summary>
    /// The NUL-terminated UTF-8 of <paramref name="value"/> in native memory that is never freed,
    /// for strings the C-API keeps pointers to (type names and docs of types that live forever).
    /// </summary>
    public static unsafe byte* AllocPermanent(string value)
    {
        byte[] bytes = NullTerminated(value, nameof(value));
        byte* p = (byte*)System.Runtime.InteropServices.NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>(p, bytes.Length));
        return p;
    }
}
