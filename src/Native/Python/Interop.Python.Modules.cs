namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary><c>PYTHON_API_VERSION</c>, which <c>PyModule_Create2</c> checks against the interpreter's (unchanged since 3.2).</summary>
        internal const int PYTHON_API_VERSION = 1013;

        /// <summary>
        /// <c>PyObject *PyModule_Create2(PyModuleDef *def, int apiver)</c>: a single-phase module over a
        /// <c>PyModuleDef</c> that must outlive it.
        /// </summary>
        internal static delegate* unmanaged<void*, int, NewReference> PyModule_Create2;

        private static delegate* unmanaged<BorrowedReference, byte*, nint, int> s_PyModule_AddObject;

        /// <summary>
        /// <c>int PyModule_AddObjectRef(PyObject *module, const char *name, PyObject *value)</c> (3.10's
        /// semantics on every version): adds <paramref name="value"/> without taking the caller's
        /// reference. Built on <c>PyModule_AddObject</c>, which steals only on success.
        /// </summary>
        internal static int PyModule_AddObjectRef(BorrowedReference module, byte* name, BorrowedReference value)
        {
            Py_IncRef(value);
            nint pointer = value.DangerousGetAddress();
            int result = s_PyModule_AddObject(module, name, pointer);
            if (result < 0)
            {
                Py_DecRef(StolenReference.DangerousFromPointer(pointer)); // not stolen on failure
            }

            return result;
        }

        private static void BindModules(ref Binder b)
        {
            PyModule_Create2 = (delegate* unmanaged<void*, int, NewReference>)b.Required("PyModule_Create2");
            s_PyModule_AddObject = (delegate* unmanaged<BorrowedReference, byte*, nint, int>)b.Required("PyModule_AddObject");
        }
    }
}
