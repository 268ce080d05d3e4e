using System.Text;

namespace ArrayBridge.Native;

/// <summary>
/// The raw C ABI ArrayBridge talks to, grouped like dotnet/runtime's interop layer:
/// <see cref="Libc"/> (the dynamic loader), <see cref="Python"/> (libpython's C-API) and
/// <see cref="NumPy"/> (NumPy's C-API table and struct layouts).
/// </summary>
/// <remarks>
/// This is the only place in ArrayBridge that knows struct offsets or does pointer arithmetic on
/// Python objects. It holds no policy: callers own reference counting, the GIL and error handling.
/// Every function pointer is bound by name from the loaded library (<c>dlsym</c>), so nothing here
/// uses <c>DllImport</c>, delegates or reflection and the assembly stays AOT-compatible.
/// </remarks>
internal static unsafe partial class Interop
{
    /// <summary>The UTF-8 bytes of <paramref name="value"/> and a terminating NUL (<c>const char*</c>).</summary>
    /// <exception cref="ArgumentException">The string contains a NUL character.</exception>
    internal static byte[] Utf8Z(string value, string paramName = "value")
    {
        if (value.Contains('\0'))
        {
            ThrowHelper.ThrowArgument("The string contains a NUL character, which C would read as its end.", paramName);
        }

        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(value) + 1];
        Encoding.UTF8.GetBytes(value, bytes);
        return bytes;
    }
}
