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
}
