using System.Runtime.InteropServices;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary>
        /// <c>PyObject</c>, the header every Python object starts with (<c>PyObject_HEAD</c>) in the
        /// default (GIL) build: the reference count and the type. NumPy's structs embed it first.
        /// </summary>
        [StructLayout(LayoutKind.Sequential)]
        internal struct PyObject
        {
            /// <summary><c>Py_ssize_t ob_refcnt</c>.</summary>
            public nint ob_refcnt;

            /// <summary><c>PyTypeObject *ob_type</c> (borrowed).</summary>
            public nint ob_type;
        }
    }
}
