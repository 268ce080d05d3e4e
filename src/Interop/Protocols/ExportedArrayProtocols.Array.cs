using System.Runtime.InteropServices;

namespace ArrayBridge.Interop;

internal static unsafe partial class ExportedArrayProtocols
{
    /// <summary>
    /// <c>__array__(dtype=None, copy=None)</c>, NumPy's oldest protocol (what <c>np.asarray</c>,
    /// <c>np.array</c>, pandas and matplotlib call): a <c>numpy.ndarray</c> over the same memory,
    /// whose base is this object, so the export lives as long as the ndarray. <c>dtype</c> casts (a
    /// copy) only when it differs; <c>copy=True</c> always copies, <c>copy=False</c> never does and
    /// raises NumPy 2's <c>ValueError</c> when the dtype would need one.
    /// </summary>
    [UnmanagedCallersOnly]
    private static nint Array(nint self, nint argsPointer, nint kwargsPointer)
    {
        // Python lends the arguments for the duration of the call.
        BorrowedReference args = BorrowedReference.DangerousFromPointer(argsPointer);
        BorrowedReference kwargs = BorrowedReference.DangerousFromPointer(kwargsPointer);
        try
        {
            nint positional = args.IsNull ? 0 : CPython.PyTuple_Size(args);
            if (positional > 2)
            {
                return Raise(CPython.PyExc_TypeError, $"__array__() takes at most 2 arguments ({positional} given)");
            }

            BorrowedReference dtype = positional > 0 ? CPython.PyTuple_GetItem(args, 0) : CPython.Py_None;
            BorrowedReference copy = positional > 1 ? CPython.PyTuple_GetItem(args, 1) : CPython.Py_None;
            if (!kwargs.IsNull)
            {
                nint pos = 0;
                while (CPython.PyDict_Next(kwargs, ref pos, out BorrowedReference key, out BorrowedReference value))
                {
                    string name = CPython.HasTypeFlag(key, CPython.Py_TPFLAGS_UNICODE_SUBCLASS) ? PyConverter.ReadString(key) : "";
                    switch (name)
                    {
                        case "dtype" when positional < 1: dtype = value; break;
                        case "copy" when positional < 2: copy = value; break;
                        case "dtype" or "copy": return Raise(CPython.PyExc_TypeError, $"__array__() got multiple values for argument '{name}'");
                        default: return Raise(CPython.PyExc_TypeError, $"__array__() got an unexpected keyword argument '{name}'");
                    }
                }
            }

            // copy: None (copy only if needed), True (always) or False (never), as NumPy 2 passes it.
            int copyMode = -1;
            if (copy != CPython.Py_None)
            {
                int truth = CPython.PyObject_IsTrue(copy);
                if (truth < 0)
                {
                    return 0;
                }

                copyMode = truth;
            }

            BorrowedReference selfReference = BorrowedReference.DangerousFromPointer(self);
            NDArray view = ArrayOf(self);

            // Python code may call __array__ before anything in .NET has needed NumPy's C-API table.
            NumPyApi.EnsureLoaded();
            bool writeable = view.IsWriteable;
            using PyObject shared = PyObject.Steal(NumPy.NewArrayOver(view, writeable, NewReference.IncRef(selfReference).Steal()).Steal());
            PyObject? cast = null, copied = null;
            try
            {
                nint result = shared.Handle;
                if (dtype != CPython.Py_None)
                {
                    using PyObject requested = PyObject.Borrow(dtype);
                    cast = shared.Invoke("astype", [requested], new Dictionary<string, object?> { ["copy"] = false });
                    if (cast.Handle != shared.Handle)
                    {
                        if (copyMode == 0)
                        {
                            return Raise(CPython.PyExc_ValueError, "Unable to avoid copy while creating an array as requested.");
                        }

                        result = cast.Handle;
                    }
                }

                if (copyMode == 1 && result == shared.Handle)
                {
                    copied = shared.Invoke("copy");
                    result = copied.Handle;
                }

                return NewReference.IncRef(BorrowedReference.DangerousFromPointer(result)).DangerousMoveToPointer(); // the caller receives a new reference
            }
            finally
            {
                cast?.Dispose();
                copied?.Dispose();
            }
        }
        catch (Exception e)
        {
            PythonErrors.SetFromException(e);
            return 0;
        }
    }
}
