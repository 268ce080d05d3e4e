using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

internal static unsafe partial class ExportedArrayProtocols
{
    /// <summary>
    /// <c>__dlpack__(*, stream=None, max_version=None, dl_device=None, copy=None)</c>, with NumPy 2's
    /// argument handling: <c>stream</c> must be None (CPU memory needs no synchronisation);
    /// <c>max_version</c> with major &gt;= 1 gives a <c>"dltensor_versioned"</c> capsule (flags
    /// READ_ONLY for read-only arrays, IS_COPIED for copies), otherwise <c>"dltensor"</c>, which
    /// refuses read-only arrays; <c>dl_device</c> must be None or <c>(1, 0)</c>; <c>copy=True</c>
    /// exports a copy, False and None share the memory.
    /// </summary>
    [UnmanagedCallersOnly]
    private static nint DLPack(nint self, nint argsPointer, nint kwargsPointer)
    {
        // Python lends the arguments for the duration of the call.
        BorrowedReference args = BorrowedReference.DangerousFromPointer(argsPointer);
        BorrowedReference kwargs = BorrowedReference.DangerousFromPointer(kwargsPointer);
        try
        {
            if (!args.IsNull && CPython.PyTuple_Size(args) > 0)
            {
                return Raise(CPython.PyExc_TypeError, "__dlpack__() takes no positional arguments");
            }

            BorrowedReference stream = CPython.Py_None, maxVersion = CPython.Py_None, device = CPython.Py_None, copy = CPython.Py_None;
            if (!kwargs.IsNull)
            {
                nint pos = 0;
                while (CPython.PyDict_Next(kwargs, ref pos, out BorrowedReference key, out BorrowedReference value))
                {
                    string name = CPython.HasTypeFlag(key, CPython.Py_TPFLAGS_UNICODE_SUBCLASS) ? PyConverter.ReadString(key) : "";
                    switch (name)
                    {
                        case "stream": stream = value; break;
                        case "max_version": maxVersion = value; break;
                        case "dl_device": device = value; break;
                        case "copy": copy = value; break;
                        default: return Raise(CPython.PyExc_TypeError, $"__dlpack__() got an unexpected keyword argument '{name}'");
                    }
                }
            }

            bool versioned = false;
            if (maxVersion != CPython.Py_None)
            {
                if (!CPython.HasTypeFlag(maxVersion, CPython.Py_TPFLAGS_TUPLE_SUBCLASS) || CPython.PyTuple_Size(maxVersion) != 2)
                {
                    return Raise(CPython.PyExc_TypeError, "max_version must be None or a tuple with two elements.");
                }

                versioned = PyConverter.FromPython<long>(CPython.PyTuple_GetItem(maxVersion, 0)) >= 1;
            }

            if (stream != CPython.Py_None)
            {
                return Raise(CPython.PyExc_ValueError, "ArrayBridge only supports stream=None (the memory is on the CPU).");
            }

            if (device != CPython.Py_None)
            {
                if (!CPython.HasTypeFlag(device, CPython.Py_TPFLAGS_TUPLE_SUBCLASS) || CPython.PyTuple_Size(device) != 2)
                {
                    return Raise(CPython.PyExc_TypeError, "dl_device must be a tuple");
                }

                int type = PyConverter.FromPython<int>(CPython.PyTuple_GetItem(device, 0));
                int id = PyConverter.FromPython<int>(CPython.PyTuple_GetItem(device, 1));
                if (type != DLPackC.kDLCPU || id != 0)
                {
                    return Raise(CPython.PyExc_BufferError, "unsupported device requested");
                }
            }

            bool copied = false;
            if (copy != CPython.Py_None)
            {
                int truth = CPython.PyObject_IsTrue(copy);
                if (truth < 0)
                {
                    return 0;
                }

                copied = truth == 1;
            }

            return DLPackExporter.NewCapsule(ArrayOf(self), versioned, copied).DangerousMoveToPointer(); // the caller receives a new reference
        }
        catch (Exception e)
        {
            PythonErrors.SetFromException(e);
            return 0;
        }
    }

    /// <summary><c>__dlpack_device__()</c>: <c>(1, 0)</c>, kDLCPU device 0.</summary>
    [UnmanagedCallersOnly]
    private static nint DLPackDevice(nint self, nint unused)
    {
        try
        {
            return NewIntTuple([DLPackC.kDLCPU, 0]).DangerousMoveToPointer(); // the caller receives a new reference
        }
        catch (Exception e)
        {
            PythonErrors.SetFromException(e);
            return 0;
        }
    }

    private static nint Raise(BorrowedReference type, string message)
    {
        PythonErrors.Set(type, message);
        return 0;
    }
}
