namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary><c>Py_single_input</c>: the start symbol of the interactive interpreter.</summary>
        internal const int Py_single_input = 256;

        /// <summary><c>Py_file_input</c>: a sequence of statements (<c>exec</c>).</summary>
        internal const int Py_file_input = 257;

        /// <summary><c>Py_eval_input</c>: a single expression (<c>eval</c>).</summary>
        internal const int Py_eval_input = 258;

        /// <summary><c>PyObject *PyImport_ImportModule(const char *name)</c>.</summary>
        internal static delegate* unmanaged<byte*, NewReference> PyImport_ImportModule;

        /// <summary><c>PyObject *PyImport_AddModule(const char *name)</c>: borrowed.</summary>
        internal static delegate* unmanaged<byte*, BorrowedReference> PyImport_AddModule;

        /// <summary><c>PyObject *PyModule_GetDict(PyObject *module)</c>: borrowed.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference> PyModule_GetDict;

        /// <summary>
        /// <c>PyObject *PyRun_StringFlags(const char *str, int start, PyObject *globals, PyObject *locals, PyCompilerFlags *flags)</c>:
        /// globals must be a dict; <c>__builtins__</c> is inserted when missing.
        /// </summary>
        internal static delegate* unmanaged<byte*, int, BorrowedReference, BorrowedReference, void*, NewReference> PyRun_StringFlags;

        /// <summary><c>PyObject *PySys_GetObject(const char *name)</c>: borrowed, NULL without an error when missing.</summary>
        internal static delegate* unmanaged<byte*, BorrowedReference> PySys_GetObject;

        private static void BindRun(ref Binder b)
        {
            PyImport_ImportModule = (delegate* unmanaged<byte*, NewReference>)b.Required("PyImport_ImportModule");
            PyImport_AddModule = (delegate* unmanaged<byte*, BorrowedReference>)b.Required("PyImport_AddModule");
            PyModule_GetDict = (delegate* unmanaged<BorrowedReference, BorrowedReference>)b.Required("PyModule_GetDict");
            PyRun_StringFlags = (delegate* unmanaged<byte*, int, BorrowedReference, BorrowedReference, void*, NewReference>)b.Required("PyRun_StringFlags");
            PySys_GetObject = (delegate* unmanaged<byte*, BorrowedReference>)b.Required("PySys_GetObject");
        }
    }
}
