namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary><c>int Py_IsInitialized(void)</c>.</summary>
        internal static delegate* unmanaged<int> Py_IsInitialized;

        /// <summary><c>const char *Py_GetVersion(void)</c>; callable before initialization.</summary>
        internal static delegate* unmanaged<byte*> Py_GetVersion;

        /// <summary><c>PyStatus Py_InitializeFromConfig(const PyConfig *config)</c>.</summary>
        internal static delegate* unmanaged<void*, PyStatus> Py_InitializeFromConfig;

        /// <summary><c>int Py_FinalizeEx(void)</c>: 0, or -1 when flushing buffered data failed.</summary>
        internal static delegate* unmanaged<int> Py_FinalizeEx;

        /// <summary><c>int PyStatus_Exception(PyStatus status)</c>: non-zero for an error or an exit request.</summary>
        internal static delegate* unmanaged<PyStatus, int> PyStatus_Exception;

        /// <summary><c>void PyConfig_Clear(PyConfig *config)</c>: frees the strings the config owns.</summary>
        internal static delegate* unmanaged<void*, void> PyConfig_Clear;

        /// <summary>
        /// <c>PyStatus PyConfig_SetBytesString(PyConfig *config, wchar_t **config_str, const char *str)</c>:
        /// decodes <c>str</c> with the locale encoding (pre-initializing Python if needed) and stores a copy
        /// in the field at <c>config_str</c>.
        /// </summary>
        internal static delegate* unmanaged<void*, nint*, byte*, PyStatus> PyConfig_SetBytesString;

        /// <summary><c>PyStatus PyConfig_SetBytesArgv(PyConfig *config, Py_ssize_t argc, char * const *argv)</c>.</summary>
        internal static delegate* unmanaged<void*, nint, byte**, PyStatus> PyConfig_SetBytesArgv;

        /// <summary><c>void PyConfig_InitPythonConfig(PyConfig *config)</c>: the "Python configuration" defaults.</summary>
        internal static delegate* unmanaged<void*, void> PyConfig_InitPythonConfig;

        /// <summary><c>void PyConfig_InitIsolatedConfig(PyConfig *config)</c>: the "Isolated configuration" defaults.</summary>
        internal static delegate* unmanaged<void*, void> PyConfig_InitIsolatedConfig;

        /// <summary><c>PyGILState_STATE PyGILState_Ensure(void)</c>: takes the GIL, creating a thread state if needed.</summary>
        internal static delegate* unmanaged<int> PyGILState_Ensure;

        /// <summary><c>void PyGILState_Release(PyGILState_STATE)</c>: undoes one <c>PyGILState_Ensure</c>.</summary>
        internal static delegate* unmanaged<int, void> PyGILState_Release;

        /// <summary><c>int PyGILState_Check(void)</c>: 1 if the current thread holds the GIL.</summary>
        internal static delegate* unmanaged<int> PyGILState_Check;

        /// <summary><c>PyThreadState *PyEval_SaveThread(void)</c>: releases the GIL, returning the thread state.</summary>
        internal static delegate* unmanaged<nint> PyEval_SaveThread;

        /// <summary><c>void PyEval_RestoreThread(PyThreadState *)</c>: re-takes the GIL for a saved thread state.</summary>
        internal static delegate* unmanaged<nint, void> PyEval_RestoreThread;

        /// <summary><c>PyGILState_LOCKED</c>: the GIL was already held by this thread.</summary>
        internal const int PyGILState_LOCKED = 0;

        /// <summary><c>PyGILState_UNLOCKED</c>: <c>PyGILState_Ensure</c> took the GIL.</summary>
        internal const int PyGILState_UNLOCKED = 1;

        private static void BindLifecycle(ref Binder b)
        {
            Py_IsInitialized = (delegate* unmanaged<int>)b.Required("Py_IsInitialized");
            Py_GetVersion = (delegate* unmanaged<byte*>)b.Required("Py_GetVersion");
            Py_InitializeFromConfig = (delegate* unmanaged<void*, PyStatus>)b.Required("Py_InitializeFromConfig");
            Py_FinalizeEx = (delegate* unmanaged<int>)b.Required("Py_FinalizeEx");
            PyStatus_Exception = (delegate* unmanaged<PyStatus, int>)b.Required("PyStatus_Exception");
            PyConfig_Clear = (delegate* unmanaged<void*, void>)b.Required("PyConfig_Clear");
            PyConfig_SetBytesString = (delegate* unmanaged<void*, nint*, byte*, PyStatus>)b.Required("PyConfig_SetBytesString");
            PyConfig_SetBytesArgv = (delegate* unmanaged<void*, nint, byte**, PyStatus>)b.Required("PyConfig_SetBytesArgv");
            PyConfig_InitPythonConfig = (delegate* unmanaged<void*, void>)b.Required("PyConfig_InitPythonConfig");
            PyConfig_InitIsolatedConfig = (delegate* unmanaged<void*, void>)b.Required("PyConfig_InitIsolatedConfig");
            PyGILState_Ensure = (delegate* unmanaged<int>)b.Required("PyGILState_Ensure");
            PyGILState_Release = (delegate* unmanaged<int, void>)b.Required("PyGILState_Release");
            PyGILState_Check = (delegate* unmanaged<int>)b.Required("PyGILState_Check");
            PyEval_SaveThread = (delegate* unmanaged<nint>)b.Required("PyEval_SaveThread");
            PyEval_RestoreThread = (delegate* unmanaged<nint, void>)b.Required("PyEval_RestoreThread");
        }
    }
}
