using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    /// <summary>
    /// The C library's dynamic loader: <c>dlopen</c> and <c>dlerror</c>.
    /// </summary>
    /// <remarks>
    /// libpython must be opened with <c>RTLD_NOW | RTLD_GLOBAL</c>: NumPy's extension modules do not
    /// link libpython themselves and resolve <c>Py*</c> symbols from the global namespace, so a
    /// library opened with <see cref="NativeLibrary.Load(string)"/> (which uses <c>RTLD_LOCAL</c>)
    /// makes <c>import numpy</c> fail with <c>undefined symbol: PyExc_RecursionError</c>.
    /// </remarks>
    internal static unsafe class Libc
    {
        /// <summary><c>RTLD_NOW</c>: resolve every symbol at load time.</summary>
        internal const int RTLD_NOW = 0x2;

        /// <summary><c>RTLD_GLOBAL</c>: make the library's symbols available to libraries loaded later.</summary>
        internal static int RTLD_GLOBAL => OperatingSystem.IsMacOS() ? 0x8 : 0x100;

        private static delegate* unmanaged<byte*, int, nint> s_dlopen;
        private static delegate* unmanaged<byte*> s_dlerror;

        /// <summary><c>void *dlopen(const char *filename, int flags)</c>.</summary>
        internal static nint dlopen(string path, int flags)
        {
            EnsureBound();
            byte[] utf8 = Utf8Z(path);
            fixed (byte* p = utf8)
            {
                return s_dlopen(p, flags);
            }
        }

        /// <summary><c>char *dlerror(void)</c>: the last loader error on this thread, or null.</summary>
        internal static string? dlerror()
        {
            EnsureBound();
            byte* message = s_dlerror();
            return message == null ? null : Marshal.PtrToStringUTF8((nint)message);
        }

        /// <summary>
        /// Opens <paramref name="path"/> with <c>RTLD_NOW | RTLD_GLOBAL</c>.
        /// </summary>
        /// <exception cref="DllNotFoundException">dlopen failed; the message carries dlerror's text.</exception>
        internal static nint OpenGlobal(string path)
        {
            EnsureBound();
            dlerror(); // clear any stale error
            nint handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
            if (handle == 0)
            {
                ThrowHelper.ThrowDllNotFound($"dlopen(\"{path}\", RTLD_NOW | RTLD_GLOBAL) failed: {dlerror() ?? "no error text"}");
            }

            return handle;
        }

        private static void EnsureBound()
        {
            if (s_dlerror != null)
            {
                return;
            }

            // The process's global scope already contains the loader (glibc >= 2.34 has it in
            // libc.so.6; older glibc in libdl.so.2, which the dotnet host links).
            nint main = NativeLibrary.GetMainProgramHandle();
            nint open = Find(main, "dlopen"), error = Find(main, "dlerror");
            foreach (string name in (ReadOnlySpan<string>)["libc.so.6", "libdl.so.2", "libSystem.B.dylib"])
            {
                if (open != 0 && error != 0)
                {
                    break;
                }

                if (NativeLibrary.TryLoad(name, out nint lib))
                {
                    open = open != 0 ? open : Find(lib, "dlopen");
                    error = error != 0 ? error : Find(lib, "dlerror");
                }
            }

            if (open == 0 || error == 0)
            {
                ThrowHelper.ThrowEntryPointNotFound("dlopen/dlerror were not found in this process or in libc/libdl.");
            }

            s_dlopen = (delegate* unmanaged<byte*, int, nint>)open;
            s_dlerror = (delegate* unmanaged<byte*>)error; // written last: it is the "bound" flag
        }

        private static nint Find(nint library, string name) =>
            NativeLibrary.TryGetExport(library, name, out nint address) ? address : 0;
    }
}
