namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary>
    /// Wraps a <c>PyObject*</c> that other code owns (e.g. pythonnet's <c>PyObject.Handle</c>, or an
    /// argument of a call from Python), adding a reference of its own (<c>Py_IncRef</c>, taking the GIL
    /// if needed): the caller's reference is untouched, and disposing the result releases only the added one.
    /// </summary>
    /// <param name="handle">A live object of the interpreter ArrayBridge runs or attached to; the caller keeps it alive during the call.</param>
    /// <exception cref="ArgumentException"><paramref name="handle"/> is zero (NULL).</exception>
    /// <exception cref="InvalidOperationException">Python is not initialized (see <see cref="Python.Attach"/>).</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static PyObject FromBorrowedHandle(nint handle)
    {
        if (handle == 0)
        {
            ThrowHelper.ThrowArgument("The handle is NULL (0); a PyObject* of a live object is required.", nameof(handle));
        }

        using GilScope gil = Python.Gil();
        return Borrow(BorrowedReference.DangerousFromPointer(handle));
    }

    /// <summary>
    /// Takes over a reference the caller owns (a new reference of a C-API call or of another runtime),
    /// without adding one: disposing the result releases it. The caller must not release it again.
    /// </summary>
    /// <param name="handle">A <c>PyObject*</c> whose reference is handed over.</param>
    /// <exception cref="ArgumentException"><paramref name="handle"/> is zero (NULL).</exception>
    /// <exception cref="InvalidOperationException">Python is not initialized (see <see cref="Python.Attach"/>).</exception>
    /// <exception cref="ObjectDisposedException">Python was shut down.</exception>
    public static PyObject FromOwnedHandle(nint handle)
    {
        if (handle == 0)
        {
            ThrowHelper.ThrowArgument("The handle is NULL (0); a PyObject* of a live object is required.", nameof(handle));
        }

        Python.EnsureRunning();
        return new PyObject(handle);
    }
}
