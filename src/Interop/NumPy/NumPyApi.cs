using System.Runtime.CompilerServices;

namespace ArrayBridge.Interop;

/// <summary>
/// Lazily loads NumPy's C-API table (<c>import_array()</c>) for the running interpreter and turns
/// failures into exceptions. The array conversions use it; nothing loads NumPy before it is needed.
/// </summary>
internal static unsafe class NumPyApi
{
    private static readonly byte* NumPyModuleName = Utf8Text.AllocPermanent("numpy");
    private static readonly byte* SysModulesName = Utf8Text.AllocPermanent("modules");

    /// <summary>
    /// Loads <see cref="ArrayBridge.Native.Interop.NumPy"/> if needed. Call with the GIL held: the
    /// caller's scope covers the load, so a conversion takes the GIL once.
    /// </summary>
    /// <exception cref="InvalidOperationException">The table is not loaded yet and the calling thread does not hold the GIL.</exception>
    /// <exception cref="PythonException">NumPy cannot be imported.</exception>
    /// <exception cref="NotSupportedException">The installed NumPy's ABI is not supported.</exception>
    /// <exception cref="PlatformNotSupportedException">The process is not 64-bit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void EnsureLoaded()
    {
        if (!NumPyC.IsLoaded)
        {
            Load();
        }
    }

    /// <summary>
    /// Loads the table when this interpreter has imported NumPy (<c>'numpy' in sys.modules</c>),
    /// without importing it. GIL held.
    /// </summary>
    /// <returns>Whether the table is loaded: false means NumPy is not imported, so no object can be a NumPy array.</returns>
    /// <inheritdoc cref="EnsureLoaded"/>
    public static bool LoadIfImported()
    {
        if (NumPyC.IsLoaded)
        {
            return true;
        }

        BorrowedReference modules = CPython.PySys_GetObject(SysModulesName);
        if (modules.IsNull || CPython.PyDict_GetItemString(modules, NumPyModuleName).IsNull)
        {
            return false;
        }

        Load();
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Load()
    {
        if (!Python.IsGilHeld)
        {
            ThrowHelper.ThrowInvalidOperation("NumPy's C-API is loaded under the GIL; take Python.Gil() first.");
        }

        if (!NumPyC.TryLoad())
        {
            throw PythonException.FetchCurrent();
        }
    }
}
