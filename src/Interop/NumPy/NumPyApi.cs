namespace ArrayBridge.Interop;

/// <summary>
/// Lazily loads NumPy's C-API table (<c>import_array()</c>) for the running interpreter and turns
/// failures into exceptions. The array conversions use it; nothing loads NumPy before it is needed.
/// </summary>
internal static unsafe class NumPyApi
{
    /// <summary>
    /// Loads <see cref="ArrayBridge.Native.Interop.NumPy"/> if needed. Call with the GIL held.
    /// </summary>
    /// <exception cref="PythonException">NumPy cannot be imported.</exception>
    /// <exception cref="NotSupportedException">The installed NumPy's ABI is not supported.</exception>
    public static void EnsureLoaded()
    {
        if (NumPyC.IsLoaded)
        {
            return;
        }

        using GilScope gil = Python.Gil();
        if (!NumPyC.TryLoad())
        {
            throw PythonException.FetchCurrent();
        }
    }
}
