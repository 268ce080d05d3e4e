namespace ArrayBridge.Interop;

public static unsafe partial class PythonArrays
{
    private static readonly byte* MaxVersionKey = Utf8Text.AllocPermanent("max_version");

    /// <summary>
    /// A zero-copy view of a DLPack tensor: <paramref name="obj"/> is a <c>"dltensor"</c> or
    /// <c>"dltensor_versioned"</c> capsule, or an object with <c>__dlpack__</c> (a PyTorch tensor, a
    /// NumPy or CuPy array, ...), which is asked for a versioned capsule with
    /// <c>__dlpack__(max_version=(1, 0))</c>, and without arguments when it does not take that keyword
    /// (DLPack before 1.0, PyTorch 1.13). The capsule is consumed: renamed to <c>used_dltensor</c>
    /// (<c>used_dltensor_versioned</c>), and the producer's deleter is called exactly once when the view
    /// and all views of it are disposed or collected. A versioned tensor's READ_ONLY flag gives a
    /// read-only view; unversioned tensors are writeable (PyTorch's are).
    /// </summary>
    /// <exception cref="ArgumentException">The object is neither a DLPack capsule nor has <c>__dlpack__</c>, the capsule was already consumed, or the tensor is malformed.</exception>
    /// <exception cref="NotSupportedException">The tensor is on a device whose memory the CPU cannot read (CUDA, ROCm, ...), has a DLPack major version other than 1, several lanes, or a type ArrayBridge lacks (bfloat16, ...).</exception>
    /// <exception cref="PythonException"><c>__dlpack__</c> or <c>__dlpack_device__</c> raised (e.g. PyTorch for tensors that require grad).</exception>
    public static NDArray FromDLPack(PyObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        using GilScope gil = Python.Gil();
        if (CPython.PyCapsule_CheckExact(obj.Reference))
        {
            return ConsumeCapsule(obj.Reference);
        }

        if (!obj.TryGetAttr("__dlpack__", out PyObject? method))
        {
            return ThrowHelper.ThrowArgument<NDArray>($"a Python '{obj.TypeName}' is neither a DLPack capsule nor has __dlpack__", nameof(obj));
        }

        using (method)
        {
            return FromDLPackObject(obj, method);
        }
    }

    /// <summary>Asks an object for a capsule through its <c>__dlpack__</c> method and consumes it. GIL held.</summary>
    private static NDArray FromDLPackObject(PyObject obj, PyObject method)
    {
        if (obj.TryGetAttr("__dlpack_device__", out PyObject? deviceMethod))
        {
            using PyObject getDevice = deviceMethod;
            using PyObject device = getDevice.Call();
            object?[] pair = device.As<object?[]>();
            if (pair.Length != 2 || pair[0] is not long)
            {
                ThrowHelper.ThrowArgument($"__dlpack_device__() returned {device.Repr()}, not a (device_type, device_id) tuple", nameof(obj));
            }

            long type = (long)pair[0]!;
            if (!DLPackC.IsHostAccessible((int)type))
            {
                ThrowHelper.ThrowNotSupported($"the tensor is on {DLPackC.DeviceName((int)type)}:{pair[1]}; ArrayBridge views only memory the CPU can read (kDLCPU, kDLCUDAHost, kDLROCMHost, kDLCUDAManaged). Move it to the CPU first (e.g. tensor.cpu()).");
            }
        }

        using PyObject capsule = CallDLPack(method.Reference);
        if (!CPython.PyCapsule_CheckExact(capsule.Reference))
        {
            ThrowHelper.ThrowArgument($"__dlpack__() returned a '{capsule.TypeName}', not a capsule", nameof(obj));
        }

        return ConsumeCapsule(capsule.Reference);
    }

    /// <summary>
    /// <c>__dlpack__(max_version=(1, 0))</c>, and <c>__dlpack__()</c> when that raises <c>TypeError</c> (a
    /// producer from before DLPack 1.0, e.g. PyTorch 1.13 or NumPy 1.x). The first error is matched and
    /// cleared without building a .NET exception. GIL held.
    /// </summary>
    private static PyObject CallDLPack(BorrowedReference method)
    {
        using NewReference args = PyConverter.Check(CPython.PyTuple_New(0));
        using NewReference kwargs = PyConverter.Check(CPython.PyDict_New());
        using NewReference version = PyConverter.ToPython((1, 0));
        if (CPython.PyDict_SetItemString(kwargs, MaxVersionKey, version) != 0)
        {
            throw PythonException.FetchCurrent();
        }

        using NewReference capsule = CPython.PyObject_Call(method, args, kwargs);
        if (capsule.IsNull && CPython.PyErr_ExceptionMatches(CPython.PyExc_TypeError) != 0)
        {
            CPython.PyErr_Clear();
            return PyObject.Steal(CPython.PyObject_Call(method, args, BorrowedReference.Null).Steal());
        }

        return PyObject.Steal(capsule.Steal());
    }

    /// <summary>Validates a DLPack capsule's tensor, takes ownership (renames the capsule) and views it. GIL held.</summary>
    private static NDArray ConsumeCapsule(BorrowedReference capsule)
    {
        bool versioned = false;
        void* managed = null;
        if (CPython.PyCapsule_IsValid(capsule, DLPackC.VersionedCapsuleName) == 1)
        {
            versioned = true;
            managed = CPython.PyCapsule_GetPointer(capsule, DLPackC.VersionedCapsuleName);
        }
        else if (CPython.PyCapsule_IsValid(capsule, DLPackC.CapsuleName) == 1)
        {
            versioned = false;
            managed = CPython.PyCapsule_GetPointer(capsule, DLPackC.CapsuleName);
        }
        else
        {
            byte* name = CPython.PyCapsule_GetName(capsule);
            CPython.PyErr_Clear();
            string text = name == null ? "(unnamed)" : new string((sbyte*)name);
            ThrowHelper.ThrowArgument(
                text.StartsWith("used_", StringComparison.Ordinal)
                    ? $"the DLPack capsule was already consumed (it is named '{text}'); a capsule can be imported only once"
                    : $"the capsule is named '{text}', not 'dltensor' or 'dltensor_versioned'",
                "obj");
        }

        if (managed == null)
        {
            ThrowHelper.ThrowArgument("the DLPack capsule holds a null pointer", "obj");
        }

        ulong flags = 0;
        DLPackC.DLTensor* tensor;
        if (versioned)
        {
            var m = (DLPackC.DLManagedTensorVersioned*)managed;
            if (m->version.major != DLPackC.DLPACK_MAJOR_VERSION)
            {
                ThrowHelper.ThrowNotSupported($"the DLPack tensor has version {m->version.major}.{m->version.minor}; ArrayBridge reads version 1.x");
            }

            flags = m->flags;
            tensor = &m->dl_tensor;
        }
        else
        {
            tensor = &((DLPackC.DLManagedTensor*)managed)->dl_tensor;
        }

        DType dtype = Describe(tensor, out nint[] shape, out nint[] strides);
        bool writeable = (flags & DLPackC.DLPACK_FLAG_BITMASK_READ_ONLY) == 0;

        // byte_offset is a uint64 added to the pointer: summed exactly, it must stay an address.
        Int128 address = (Int128)(nuint)tensor->data + tensor->byte_offset;
        if (address > nint.MaxValue)
        {
            ThrowHelper.ThrowArgument($"the DLPack tensor's data pointer 0x{(nuint)tensor->data:x} plus byte_offset {tensor->byte_offset} lies outside the address space", "obj");
        }

        CheckLayout(address, dtype, shape, strides, "DLPack tensor");
        byte* data = (byte*)(nint)address;

        // Ownership passes to us with the rename; from here on the deleter is ours to call.
        if (CPython.PyCapsule_SetName(capsule, versioned ? DLPackC.UsedVersionedCapsuleName : DLPackC.UsedCapsuleName) != 0)
        {
            throw PythonException.FetchCurrent();
        }

        var owner = new DLPackTensorOwner(managed, versioned);
        try
        {
            return ViewOver(data, dtype, shape, strides, writeable, owner, "DLPack tensor");
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    /// <summary>The dtype and byte layout of a DLTensor, or a refusal; reads only.</summary>
    private static DType Describe(DLPackC.DLTensor* t, out nint[] shape, out nint[] strides)
    {
        if (!DLPackC.IsHostAccessible(t->device.device_type))
        {
            ThrowHelper.ThrowNotSupported($"the DLPack tensor is on {DLPackC.DeviceName(t->device.device_type)}:{t->device.device_id}; ArrayBridge views only memory the CPU can read (kDLCPU, kDLCUDAHost, kDLROCMHost, kDLCUDAManaged)");
        }

        DLPackC.DLDataType type = t->dtype;
        if (type.lanes != 1)
        {
            ThrowHelper.ThrowNotSupported($"the DLPack tensor has {type.lanes} lanes per element; ArrayBridge supports 1");
        }

        ScalarType? scalar = (type.code, type.bits) switch
        {
            (DLPackC.kDLBool, 8) => ScalarType.Bool,
            (DLPackC.kDLInt, 8) => ScalarType.Int8,
            (DLPackC.kDLInt, 16) => ScalarType.Int16,
            (DLPackC.kDLInt, 32) => ScalarType.Int32,
            (DLPackC.kDLInt, 64) => ScalarType.Int64,
            (DLPackC.kDLUInt, 8) => ScalarType.UInt8,
            (DLPackC.kDLUInt, 16) => ScalarType.UInt16,
            (DLPackC.kDLUInt, 32) => ScalarType.UInt32,
            (DLPackC.kDLUInt, 64) => ScalarType.UInt64,
            (DLPackC.kDLFloat, 16) => ScalarType.Float16,
            (DLPackC.kDLFloat, 32) => ScalarType.Float32,
            (DLPackC.kDLFloat, 64) => ScalarType.Float64,
            (DLPackC.kDLComplex, 64) => ScalarType.Complex64,
            (DLPackC.kDLComplex, 128) => ScalarType.Complex128,
            _ => null,
        };
        if (scalar is null)
        {
            ThrowHelper.ThrowNotSupported($"the DLPack dtype (code {type.code}, {type.bits} bits) is not supported; ArrayBridge handles bool, int8-64, uint8-64, float16/32/64 and complex64/128");
        }

        DType dtype = DType.Create(scalar!.Value);
        int nd = t->ndim;
        if (nd < 0 || nd > NDArray.MaxDimensions)
        {
            ThrowHelper.ThrowArgument($"the DLPack tensor has ndim {nd}; ArrayBridge supports 0 to {NDArray.MaxDimensions}", "obj");
        }

        if (nd > 0 && t->shape == null)
        {
            ThrowHelper.ThrowArgument("the DLPack tensor has a null shape", "obj");
        }

        shape = new nint[nd];
        strides = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = checked((nint)t->shape[i]);
        }

        if (t->strides == null)
        {
            if (!shape.Any(static n => n < 0)) // negative lengths are refused with the layout
            {
                strides = Layout.NewStrides(shape, dtype.ItemSize, fortran: false);
            }
        }
        else
        {
            try
            {
                for (int i = 0; i < nd; i++)
                {
                    strides[i] = checked((nint)(t->strides[i] * dtype.ItemSize));
                }
            }
            catch (OverflowException e)
            {
                ThrowHelper.ThrowArgument("the DLPack tensor's strides overflow when converted to bytes", "obj", e);
            }
        }

        return dtype;
    }
}
