namespace ArrayBridge.Interop;

/// <summary>The protocol <see cref="PythonArrays.Import(PyObject, out ArrayProtocol)"/> used to view a Python object's memory.</summary>
public enum ArrayProtocol
{
    /// <summary>The object is an <c>arraybridge.ExportedArray</c>: its .NET array was viewed directly.</summary>
    ArrayBridge,

    /// <summary>A <c>numpy.ndarray</c> (or subclass), read through NumPy's C-API (<see cref="NumPy.FromNumPy(PyObject)"/>).</summary>
    NumPy,

    /// <summary>DLPack: a <c>"dltensor"</c>/<c>"dltensor_versioned"</c> capsule or an object's <c>__dlpack__()</c>.</summary>
    DLPack,

    /// <summary>The object's <c>__array_interface__</c> (version 3).</summary>
    ArrayInterface,

    /// <summary>The PEP 3118 buffer protocol (<c>PyObject_GetBuffer</c>, what <c>memoryview(obj)</c> uses).</summary>
    Buffer,
}
