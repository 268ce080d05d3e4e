using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    /// <summary>
    /// libpython's C-API as function pointers bound once by <see cref="Bind"/>, plus its constants and
    /// the few struct offsets ArrayBridge reads (<c>ob_refcnt</c>, <c>ob_type</c>, <c>PyConfig</c>).
    /// </summary>
    /// <remarks>
    /// Object pointers say who owns them: a <see cref="NewReference"/> result belongs to the caller,
    /// a <see cref="BorrowedReference"/> result or parameter does not, and a <see cref="StolenReference"/>
    /// parameter is taken over by the callee (also when the call fails). <c>Py_ssize_t</c> is
    /// <see cref="nint"/>, <c>const char*</c> is <c>byte*</c> (UTF-8, NUL-terminated). Names are CPython's.
    /// Nothing here may be called without the GIL, except the start-up functions (before
    /// <c>Py_InitializeFromConfig</c>) and <c>PyGILState_Ensure</c>.
    /// </remarks>
    internal static unsafe partial class Python
    {
        private static nint s_library;

        /// <summary>The <c>dlopen</c> handle of libpython, or 0 before <see cref="Bind"/>.</summary>
        internal static nint Library => s_library;

        /// <summary>Whether <see cref="Bind"/> has run.</summary>
        internal static bool IsBound => s_library != 0;

        /// <summary>The major version of the bound libpython (3).</summary>
        internal static int MajorVersion { get; private set; }

        /// <summary>The minor version of the bound libpython (e.g. 11 for 3.11).</summary>
        internal static int MinorVersion { get; private set; }

        /// <summary><c>Py_GetVersion()</c> of the bound library, e.g. <c>"3.11.2 (main, ...) [GCC 12.2.0]"</c>.</summary>
        internal static string VersionString { get; private set; } = "";

        /// <summary>
        /// Binds every function pointer from <paramref name="library"/>, a handle returned by
        /// <see cref="Libc.OpenGlobal"/>. Safe to call once per process; a second call with the same
        /// handle does nothing.
        /// </summary>
        /// <exception cref="EntryPointNotFoundException">Required symbols are missing (the message lists them).</exception>
        /// <exception cref="NotSupportedException">The library is not a supported CPython (3.8 or newer, GIL build).</exception>
        internal static void Bind(nint library)
        {
            if (s_library == library)
            {
                return;
            }

            if (s_library != 0)
            {
                ThrowHelper.ThrowInvalidOperation("libpython is already bound to another library handle; only one Python runtime can be loaded per process.");
            }

            var binder = new Binder(library);
            BindLifecycle(ref binder);
            BindThreadStates(ref binder);
            BindObjects(ref binder);
            BindNumbers(ref binder);
            BindErrors(ref binder);
            BindValues(ref binder);
            BindRun(ref binder);
            BindTypes(ref binder);
            BindBuffers(ref binder);
            BindModules(ref binder);
            binder.ThrowIfMissing();

            string version = Marshal.PtrToStringUTF8((nint)Py_GetVersion()) ?? "";
            (int major, int minor) = ParseVersion(version);
            if (major != 3 || minor < 8)
            {
                ThrowHelper.ThrowNotSupported($"libpython reports version '{version}'; ArrayBridge needs CPython 3.8 or newer.");
            }

            if (version.Contains("free-threading", StringComparison.OrdinalIgnoreCase))
            {
                ThrowHelper.ThrowNotSupported($"libpython reports version '{version}'; free-threaded (no-GIL) builds have a different object layout and are not supported.");
            }

            VersionString = version;
            MajorVersion = major;
            MinorVersion = minor;
            s_incRefIsPlainIncrement = minor < 12;
            s_library = library;
        }

        /// <summary>Parses the leading <c>"major.minor"</c> of a <c>Py_GetVersion()</c> string.</summary>
        internal static (int Major, int Minor) ParseVersion(string version)
        {
            int end = 0;
            while (end < version.Length && (char.IsAsciiDigit(version[end]) || version[end] == '.'))
            {
                end++;
            }

            string[] parts = version[..end].Split('.');
            if (parts.Length >= 2 && int.TryParse(parts[0], out int major) && int.TryParse(parts[1], out int minor))
            {
                return (major, minor);
            }

            return (0, 0);
        }

        /// <summary>Whether the bound library is at least <c>3.<paramref name="minor"/></c>.</summary>
        internal static bool IsAtLeast(int minor) => MajorVersion > 3 || (MajorVersion == 3 && MinorVersion >= minor);

        /// <summary>Debug-only check that the calling thread holds the GIL.</summary>
        [Conditional("DEBUG")]
        internal static void AssertGilHeld() =>
            Debug.Assert(PyGILState_Check != null && PyGILState_Check() == 1, "The calling thread must hold the GIL.");

        /// <summary>Collects addresses by name and remembers which required ones were missing.</summary>
        private ref struct Binder
        {
            private readonly nint _library;
            private List<string>? _missing;

            public Binder(nint library) => _library = library;

            /// <summary>The address of a required export (0 and recorded as missing if absent).</summary>
            public nint Required(string name)
            {
                if (NativeLibrary.TryGetExport(_library, name, out nint address))
                {
                    return address;
                }

                (_missing ??= []).Add(name);
                return 0;
            }

            /// <summary>The address of an export that only some versions have, or 0.</summary>
            public readonly nint Optional(string name) =>
                NativeLibrary.TryGetExport(_library, name, out nint address) ? address : 0;

            /// <summary>The value of a required data export of type <c>PyObject*</c> (e.g. <c>PyExc_TypeError</c>).</summary>
            public nint RequiredObjectVariable(string name)
            {
                nint address = Required(name);
                return address == 0 ? 0 : *(nint*)address;
            }

            public readonly void ThrowIfMissing()
            {
                if (_missing is { Count: > 0 })
                {
                    ThrowHelper.ThrowEntryPointNotFound($"libpython lacks required symbols: {string.Join(", ", _missing)}.");
                }
            }
        }
    }
}
