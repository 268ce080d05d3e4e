using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary>
        /// CPython's <c>PyStatus</c>: the result of the <c>PyConfig</c> and initialization functions,
        /// returned and passed by value (32 bytes on 64-bit platforms).
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyStatus
        {
            /// <summary><c>_type</c>: 0 OK, 1 error, 2 exit request.</summary>
            public int _type;

            /// <summary><c>func</c>: the name of the function that failed, or null.</summary>
            public byte* func;

            /// <summary><c>err_msg</c>: the error message, or null.</summary>
            public byte* err_msg;

            /// <summary><c>exitcode</c>: the exit code of an exit request.</summary>
            public int exitcode;

            /// <summary>Whether the status is an error or an exit request: <c>PyStatus_Exception(status)</c>.</summary>
            public readonly bool IsException => PyStatus_Exception != null ? PyStatus_Exception(this) != 0 : _type != 0;

            /// <summary>A one-line description: <c>"func: err_msg"</c> or <c>"exit code N"</c>.</summary>
            public readonly string Describe()
            {
                if (_type == 2)
                {
                    return $"Python requested exit with code {exitcode}";
                }

                string message = err_msg == null ? "unknown error" : Marshal.PtrToStringUTF8((nint)err_msg) ?? "unknown error";
                return func == null ? message : $"{Marshal.PtrToStringUTF8((nint)func)}: {message}";
            }
        }

        /// <summary>The <c>PyConfig</c> string fields ArrayBridge sets.</summary>
        internal enum ConfigString
        {
            /// <summary><c>program_name</c>: used to compute <c>executable</c> and the prefixes, like <c>argv[0]</c>.</summary>
            ProgramName,

            /// <summary><c>home</c>: the <c>PYTHONHOME</c> equivalent (disables venv detection).</summary>
            Home,

            /// <summary><c>executable</c>: <c>sys.executable</c>.</summary>
            Executable,
        }

        /// <summary>
        /// Byte offsets of the <c>PyConfig</c> fields ArrayBridge touches for one CPython minor version
        /// (LP64 Unix; <c>PyConfig</c> is not part of the stable ABI, but is fixed within a minor version).
        /// </summary>
        /// <remarks>
        /// Read with <c>offsetof</c> from each version's <c>cpython/initconfig.h</c> (3.8 to 3.13), and
        /// verified at run time by <see cref="ConfigBuffer"/> against the documented defaults of the
        /// Python and isolated configurations before anything is written.
        /// </remarks>
        internal readonly record struct PyConfigLayout(
            int Size,
            int Isolated,
            int UseEnvironment,
            int InstallSignalHandlers,
            int ParseArgv,
            int PathConfigWarnings,
            int ProgramName,
            int Home,
            int Executable);

        /// <summary>
        /// The bytes allocated for a <c>PyConfig</c>: far more than any known version needs (448 bytes
        /// on 3.13), so the struct's real size never has to be known.
        /// </summary>
        internal const int PyConfigBufferSize = 4096;

        /// <summary>The <c>_config_init</c> value of the Python configuration (<c>_PyConfig_INIT_PYTHON</c>).</summary>
        private const int PyConfigInitPython = 2;

        /// <summary>The <c>_config_init</c> value of the isolated configuration (<c>_PyConfig_INIT_ISOLATED</c>).</summary>
        private const int PyConfigInitIsolated = 3;

        /// <summary>The layout table for the bound version, or null when ArrayBridge does not know it.</summary>
        internal static PyConfigLayout? KnownConfigLayout()
        {
            if (OperatingSystem.IsWindows() || IntPtr.Size != 8 || MajorVersion != 3)
            {
                // Windows adds legacy_windows_stdio and has a 32-bit 'unsigned long hash_seed'.
                return null;
            }

            return MinorVersion switch
            {
                8 or 9 => new PyConfigLayout(Size: MinorVersion == 8 ? 360 : 392, Isolated: 4, UseEnvironment: 8, InstallSignalHandlers: 16, ParseArgv: 88, PathConfigWarnings: 224, ProgramName: 112, Home: 240, Executable: 272),
                10 => new PyConfigLayout(Size: 392, Isolated: 4, UseEnvironment: 8, InstallSignalHandlers: 16, ParseArgv: 80, PathConfigWarnings: 232, ProgramName: 240, Home: 256, Executable: 296),
                11 => new PyConfigLayout(Size: 424, Isolated: 4, UseEnvironment: 8, InstallSignalHandlers: 16, ParseArgv: 96, PathConfigWarnings: 256, ProgramName: 264, Home: 280, Executable: 328),
                12 => new PyConfigLayout(Size: 432, Isolated: 4, UseEnvironment: 8, InstallSignalHandlers: 16, ParseArgv: 104, PathConfigWarnings: 268, ProgramName: 272, Home: 288, Executable: 336),
                13 => new PyConfigLayout(Size: 448, Isolated: 4, UseEnvironment: 8, InstallSignalHandlers: 16, ParseArgv: 104, PathConfigWarnings: 272, ProgramName: 280, Home: 296, Executable: 344),
                _ => null,
            };
        }

        /// <summary>
        /// A <c>PyConfig</c> in zeroed native memory, initialized with <c>PyConfig_InitPythonConfig</c>
        /// and cleared with <c>PyConfig_Clear</c> on dispose. Only its address and the addresses of
        /// verified fields are ever handed to CPython.
        /// </summary>
        internal sealed class ConfigBuffer : IDisposable
        {
            private void* _config;

            /// <summary>Allocates the buffer and applies the Python configuration defaults (<c>PyConfig_InitPythonConfig</c>).</summary>
            public ConfigBuffer()
            {
                _config = NativeMemory.AllocZeroed(PyConfigBufferSize);
                PyConfig_InitPythonConfig(_config);
                Layout = VerifiedLayout(_config);
            }

            /// <summary>
            /// The field layout, when this version is in the table and its defaults checked out; null
            /// otherwise, and then only <see cref="SetArgv"/> and <see cref="Initialize"/> are available.
            /// </summary>
            public PyConfigLayout? Layout { get; }

            /// <summary><c>PyConfig_SetBytesString(config, &amp;config-&gt;field, value)</c>.</summary>
            public PyStatus SetString(ConfigString field, string value)
            {
                PyConfigLayout layout = RequireLayout();
                int offset = field switch
                {
                    ConfigString.ProgramName => layout.ProgramName,
                    ConfigString.Home => layout.Home,
                    _ => layout.Executable,
                };
                byte[] utf8 = Utf8Z(value);
                fixed (byte* p = utf8)
                {
                    return PyConfig_SetBytesString(_config, (nint*)((byte*)_config + offset), p);
                }
            }

            /// <summary>Sets <c>install_signal_handlers</c> (1 in the Python configuration).</summary>
            public void SetInstallSignalHandlers(bool install) =>
                *(int*)((byte*)_config + RequireLayout().InstallSignalHandlers) = install ? 1 : 0;

            /// <summary>
            /// <c>PyConfig_SetBytesArgv</c>. With <c>argv[0]</c> set and <c>program_name</c> not,
            /// CPython uses <c>argv[0]</c> as the program name, which needs no field offsets at all.
            /// </summary>
            public PyStatus SetArgv(IReadOnlyList<string> argv)
            {
                byte[][] strings = new byte[argv.Count][];
                GCHandle[] pins = new GCHandle[argv.Count];
                byte** pointers = stackalloc byte*[argv.Count + 1];
                try
                {
                    for (int i = 0; i < argv.Count; i++)
                    {
                        strings[i] = Utf8Z(argv[i]);
                        pins[i] = GCHandle.Alloc(strings[i], GCHandleType.Pinned);
                        pointers[i] = (byte*)pins[i].AddrOfPinnedObject();
                    }

                    pointers[argv.Count] = null;
                    return PyConfig_SetBytesArgv(_config, argv.Count, pointers);
                }
                finally
                {
                    foreach (GCHandle pin in pins)
                    {
                        if (pin.IsAllocated)
                        {
                            pin.Free();
                        }
                    }
                }
            }

            /// <summary><c>Py_InitializeFromConfig(config)</c>.</summary>
            public PyStatus Initialize() => Py_InitializeFromConfig(_config);

            /// <summary><c>PyConfig_Clear</c> and frees the buffer.</summary>
            public void Dispose()
            {
                if (_config != null)
                {
                    PyConfig_Clear(_config);
                    NativeMemory.Free(_config);
                    _config = null;
                }
            }

            private PyConfigLayout RequireLayout()
            {
                if (Layout is not PyConfigLayout layout)
                {
                    ThrowHelper.ThrowNotSupported($"The PyConfig layout of Python {MajorVersion}.{MinorVersion} on this platform is not known to ArrayBridge; only the program name (through argv[0]) can be configured.");
                    return default;
                }

                return layout;
            }

            /// <summary>
            /// The table's layout if the defaults at its offsets are those CPython documents: Python
            /// configuration 1/0 where the isolated one has 0/1, and null path strings.
            /// </summary>
            private static PyConfigLayout? VerifiedLayout(void* python)
            {
                if (KnownConfigLayout() is not PyConfigLayout layout || layout.Size > PyConfigBufferSize)
                {
                    return null;
                }

                void* isolated = NativeMemory.AllocZeroed(PyConfigBufferSize);
                try
                {
                    PyConfig_InitIsolatedConfig(isolated);
                    bool ok = Int(python, 0) == PyConfigInitPython && Int(isolated, 0) == PyConfigInitIsolated
                        && Int(python, layout.Isolated) == 0 && Int(isolated, layout.Isolated) == 1
                        && Int(python, layout.UseEnvironment) == 1 && Int(isolated, layout.UseEnvironment) == 0
                        && Int(python, layout.InstallSignalHandlers) == 1 && Int(isolated, layout.InstallSignalHandlers) == 0
                        && Int(python, layout.ParseArgv) == 1 && Int(isolated, layout.ParseArgv) == 0
                        && Int(python, layout.PathConfigWarnings) == 1 && Int(isolated, layout.PathConfigWarnings) == 0
                        && Ptr(python, layout.ProgramName) == 0 && Ptr(python, layout.Home) == 0 && Ptr(python, layout.Executable) == 0;
                    ValidateVerdict(ok, layout);
                    return ok ? layout : null;
                }
                finally
                {
                    PyConfig_Clear(isolated);
                    NativeMemory.Free(isolated);
                }
            }

            [Conditional("DEBUG")]
            private static void ValidateVerdict(bool ok, PyConfigLayout layout) =>
                Debug.Assert(ok, $"The PyConfig layout table entry {layout} does not match the defaults of Python {MajorVersion}.{MinorVersion}.");

            private static int Int(void* config, int offset) => *(int*)((byte*)config + offset);

            private static nint Ptr(void* config, int offset) => *(nint*)((byte*)config + offset);
        }
    }
}
