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

        /// <summary><c>RTLD_NOLOAD</c>: return a handle only if the library is already loaded; never load it.</summary>
        internal static int RTLD_NOLOAD => OperatingSystem.IsMacOS() ? 0x10 : 0x4;

        private static delegate* unmanaged<byte*, int, nint> s_dlopen;
        private static delegate* unmanaged<byte*> s_dlerror;
        private static delegate* unmanaged<nint, DlInfo*, int> s_dladdr;

        /// <summary><c>Dl_info</c> as <c>dladdr</c> fills it.</summary>
        private struct DlInfo
        {
            public byte* FileName;
            public nint FileBase;
            public byte* SymbolName;
            public nint SymbolAddress;
        }

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

        /// <summary>
        /// Finds a library already in the process that exports <paramref name="symbol"/> to the global
        /// scope (<c>dlsym(RTLD_DEFAULT)</c>: the executable, its dependencies and libraries opened with
        /// <c>RTLD_GLOBAL</c>) and returns a handle to it without ever loading anything: the library
        /// <c>dladdr</c> names, re-opened with <c>RTLD_NOLOAD</c>, or the executable's global-scope
        /// handle when the symbol is linked into the executable itself (a statically linked python).
        /// </summary>
        /// <param name="symbol">The exported name to look for, e.g. <c>Py_IsInitialized</c>.</param>
        /// <param name="path">The file that defines the symbol, as <c>dladdr</c> reports it, or null.</param>
        /// <returns>The handle, or 0 when no loaded object exports the symbol.</returns>
        internal static nint FindLoaded(string symbol, out string? path)
        {
            EnsureBound();
            path = null;
            nint main = NativeLibrary.GetMainProgramHandle();
            nint address = Find(main, symbol);
            if (address == 0)
            {
                return 0;
            }

            if (s_dladdr == null)
            {
                return main;
            }

            DlInfo info;
            if (s_dladdr(address, &info) == 0 || info.FileName == null)
            {
                return main;
            }

            path = Marshal.PtrToStringUTF8((nint)info.FileName);
            if (string.IsNullOrEmpty(path))
            {
                return main;
            }

            // RTLD_NOLOAD: the library is in the process already, and a second copy must never be
            // loaded. RTLD_GLOBAL promotes it if its loader chose RTLD_LOCAL after all, for the same
            // reason OpenGlobal uses it (NumPy's extensions resolve Py* from the global scope).
            dlerror();
            nint handle = dlopen(path, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD);
            if (handle == 0 || Find(handle, symbol) != address)
            {
                // The executable itself (its link-map name is not its path), or a name that resolves
                // to another object: the global scope is where the symbol was found.
                return main;
            }

            return handle;
        }

        /// <summary>
        /// A handle to <paramref name="path"/> if it is already loaded, promoted to the global scope
        /// (<c>RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD</c>); 0 if it is not loaded. Never loads it.
        /// </summary>
        internal static nint OpenLoaded(string path)
        {
            EnsureBound();
            dlerror();
            return dlopen(path, RTLD_NOW | RTLD_GLOBAL | RTLD_NOLOAD);
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
            nint open = Find(main, "dlopen"), error = Find(main, "dlerror"), address = Find(main, "dladdr");
            foreach (string name in (ReadOnlySpan<string>)["libc.so.6", "libdl.so.2", "libSystem.B.dylib"])
            {
                if (open != 0 && error != 0 && address != 0)
                {
                    break;
                }

                if (NativeLibrary.TryLoad(name, out nint lib))
                {
                    open = open != 0 ? open : Find(lib, "dlopen");
                    error = error != 0 ? error : Find(lib, "dlerror");
                    address = address != 0 ? address : Find(lib, "dladdr");
                }
            }

            if (open == 0 || error == 0)
            {
                ThrowHelper.ThrowEntryPointNotFound("dlopen/dlerror were not found in this process or in libc/libdl.");
            }

            s_dlopen = (delegate* unmanaged<byte*, int, nint>)open;
            s_dladdr = (delegate* unmanaged<nint, DlInfo*, int>)address; // optional: without it the global scope is used
            s_dlerror = (delegate* unmanaged<byte*>)error; // written last: it is the "bound" flag
        }

        private static nint Find(nint library, string name) =>
            NativeLibrary.TryGetExport(library, name, out nint address) ? address : 0;
    }
}
