using System.ComponentModel;
using ArrayBridge.Interop;

namespace ArrayBridge.Extensions;

/// <summary>The scope of one call from Python into a generated entry point.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PyCall
{
    /// <summary>
    /// Opens the call's <see cref="Python.Gil"/> scope. CPython calls an extension function with the GIL
    /// held, so the scope only tells ArrayBridge so (array conversions and disposals inside it nest no
    /// scope of their own) and costs no <c>PyGILState_Ensure</c> / <c>PyGILState_Release</c> pair.
    /// Dispose it before returning to Python, on the same thread.
    /// </summary>
    /// <exception cref="InvalidOperationException">Python is not initialized.</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static GilScope Enter() => Python.EnterHeldGil();
}
