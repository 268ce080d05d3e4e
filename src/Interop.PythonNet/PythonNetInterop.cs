using ArrayBridge.Interop;
using PythonNetObject = Python.Runtime.PyObject;
using PythonNetList = Python.Runtime.PyList;
using ArrayBridgePython = ArrayBridge.Interop.Python;

namespace ArrayBridge.PythonNet;

/// <summary>
/// Hands Python objects and arrays between pythonnet (<c>Python.Runtime.PyObject</c>) and ArrayBridge
/// (<see cref="PyObject"/>) in one process, at the <c>PyObject*</c> level: no copy and no
/// serialization, each side owning exactly one reference of its own.
/// </summary>
/// <remarks>
/// <para>
/// Call these with pythonnet's GIL held (<c>using (Py.GIL())</c>), as pythonnet requires for any
/// object it creates or releases; ArrayBridge's own GIL scopes nest inside it on the same thread.
/// Each call attaches ArrayBridge to the running interpreter first (<see cref="ArrayBridgePython.Attach"/>),
/// whichever side started it.
/// </para>
/// <para>
/// pythonnet 3.x has no public way to wrap a raw <c>PyObject*</c>: its <c>PyObject(IntPtr)</c> and
/// <c>PyObject(BorrowedReference)</c> constructors are internal, and <c>PyObject.FromManagedObject</c>
/// wraps a .NET object, not a Python one. So an object crosses to pythonnet through a one-element
/// <c>list</c> pythonnet creates: ArrayBridge appends the object (the list adds a reference), and
/// pythonnet's indexer returns its own new reference; disposing the list drops the list's reference.
/// Its public <c>PyObject.Handle</c> is a borrowed pointer, which ArrayBridge wraps with a
/// reference of its own (<see cref="PyObject.FromBorrowedHandle"/>).
/// </para>
/// </remarks>
public static class PythonNetInterop
{
    /// <summary>
    /// An ArrayBridge reference to the same Python object as <paramref name="obj"/>: one reference
    /// added; disposing either side releases only that side's.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="obj"/> was disposed (its handle is NULL).</exception>
    /// <exception cref="InvalidOperationException">No Python interpreter is running in this process.</exception>
    public static PyObject ToArrayBridge(this PythonNetObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArrayBridgePython.Attach();
#pragma warning disable CS0612 // PyObject.Handle is pythonnet's only public access to the pointer (borrowed).
        nint handle = obj.Handle;
#pragma warning restore CS0612
        PyObject result = PyObject.FromBorrowedHandle(handle);
        GC.KeepAlive(obj); // the borrowed pointer is valid only while obj holds its reference
        return result;
    }

    /// <summary>
    /// A pythonnet reference to the same Python object as <paramref name="obj"/>: one reference
    /// added; disposing either side releases only that side's.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="obj"/> is null.</exception>
    /// <exception cref="ObjectDisposedException"><paramref name="obj"/> was disposed.</exception>
    /// <exception cref="InvalidOperationException">No Python interpreter is running in this process.</exception>
    public static PythonNetObject ToPythonNet(this PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        ArrayBridgePython.Attach();

        // One scope for the whole exchange, so ArrayBridge's calls inside nest instead of each
        // taking (finding held) and giving back the GIL.
        using GilScope gil = ArrayBridgePython.Gil();
        using var carrier = new PythonNetList();
#pragma warning disable CS0612 // PyObject.Handle is pythonnet's only public access to the pointer (borrowed).
        using (PyObject list = PyObject.FromBorrowedHandle(carrier.Handle))
#pragma warning restore CS0612
        {
            list.Invoke("append", obj).Dispose();
        }

        return carrier[0];
    }

    /// <summary>
    /// <paramref name="array"/> as a NumPy array for pythonnet code, over the same memory
    /// (<see cref="NumPy.ToNumPy"/>): NumPy keeps the memory alive for as long as it uses it.
    /// </summary>
    /// <inheritdoc cref="NumPy.ToNumPy" path="/exception"/>
    public static PythonNetObject ToNumPyPythonNet(this NDArray array)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArrayBridgePython.Attach();
        using GilScope gil = ArrayBridgePython.Gil();
        using PyObject numpy = NumPy.ToNumPy(array);
        return numpy.ToPythonNet();
    }

    /// <summary>
    /// A view of the memory of <paramref name="array"/>, a NumPy array pythonnet holds
    /// (<see cref="NumPy.FromNumPy(PyObject)"/>): the view keeps the NumPy array alive until it is disposed.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="array"/> is not a <c>numpy.ndarray</c>, or was disposed.</exception>
    /// <inheritdoc cref="NumPy.FromNumPy(PyObject)" path="/exception"/>
    public static NDArray ToNDArray(this PythonNetObject array)
    {
        using PyObject numpy = array.ToArrayBridge();
        return NumPy.FromNumPy(numpy);
    }

    /// <summary>A typed view of <paramref name="array"/>'s memory (see <see cref="ToNDArray"/>).</summary>
    /// <exception cref="InvalidCastException">The dtype differs from <typeparamref name="T"/> or is byte-swapped.</exception>
    /// <inheritdoc cref="ToNDArray" path="/exception"/>
    public static NDArray<T> ToNDArray<T>(this PythonNetObject array) where T : unmanaged
    {
        using PyObject numpy = array.ToArrayBridge();
        return NumPy.FromNumPy<T>(numpy);
    }
}
