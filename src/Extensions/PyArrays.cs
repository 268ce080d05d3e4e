using System.ComponentModel;
using ArrayBridge.Interop;

namespace ArrayBridge.Extensions;

/// <summary>
/// Array arguments and results. An argument that is exactly a <c>numpy.ndarray</c> with the wanted
/// descriptor and flags is viewed directly; any other is converted with <c>PyArray_CheckFromAny(obj,
/// dtype, 0, 0, requirements, NULL)</c> (what <c>PyArray_FROM_OTF</c> does) and viewed as an NDArray
/// over the resulting NumPy array's memory: no copy when the argument already conforms. A result goes to NumPy
/// over the NDArray's own memory, which NumPy's array keeps alive through its <c>base</c>.
/// Call with the GIL held, inside a <see cref="Python.Gil"/> scope.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class PyArrays
{
    /// <summary>
    /// An array argument of element type <typeparamref name="T"/> with <paramref name="requirements"/>.
    /// With <see cref="ArrayFlags.WritebackIfCopy"/>, disposing the view writes a copy's contents back
    /// into the argument (<c>PyArray_ResolveWritebackIfCopy</c>). Returns false with NumPy's error set
    /// (e.g. <c>TypeError: Cannot cast array data from dtype('complex128') to dtype('float64')</c>).
    /// The view is borrowed for the call: hand it to <see cref="Release"/> (not just
    /// <see cref="NDArray.Dispose"/>) when the call returns, still under the GIL, which ends the
    /// call-scoped hold on the NumPy array.
    /// </summary>
    public static bool ToArray<T>(nint o, FunctionSignature signature, int index, ArrayFlags requirements, out NDArray<T>? value)
        where T : unmanaged
    {
        value = null;
        NumPyApi.EnsureLoaded();
        nint descr = DescrCache<T>.Get();
        if (Conforms(o, descr, requirements))
        {
            // Its descriptor is the builtin one of T: the dtype is known without decoding it.
            value = (NDArray<T>)NumPy.ViewOfArgument(BorrowedReference.DangerousFromPointer(o), DescrCache<T>.DType);
            return true;
        }

        CPython.Py_INCREF(BorrowedReference.DangerousFromPointer(descr)); // CheckFromAny steals it
        if (!Convert(o, descr, requirements, out NDArray? view))
        {
            return false;
        }

        value = (NDArray<T>)view!;
        return true;
    }

    /// <summary>An array argument of any numeric dtype with <paramref name="requirements"/>.</summary>
    /// <inheritdoc cref="ToArray{T}"/>
    public static bool ToArray(nint o, FunctionSignature signature, int index, ArrayFlags requirements, out NDArray? value)
    {
        value = null;
        NumPyApi.EnsureLoaded();
        if (Conforms(o, 0, requirements))
        {
            value = NumPy.ViewOfArgument(BorrowedReference.DangerousFromPointer(o));
            return true;
        }

        return Convert(o, 0, requirements, out value);
    }

    // The requirements an exact ndarray's flags can meet as they are; any other (a copy, a cast, a
    // writeback, ENSUREARRAY) goes through PyArray_CheckFromAny.
    private const int FlagRequirements = NumPyC.NPY_ARRAY_C_CONTIGUOUS | NumPyC.NPY_ARRAY_F_CONTIGUOUS | NumPyC.NPY_ARRAY_ALIGNED | NumPyC.NPY_ARRAY_WRITEABLE;

    // NumPy 1.x's NPY_ARRAY_WARN_ON_WRITE: requiring WRITEABLE of such an array makes NumPy warn, so it
    // takes the full path (the bit is unused in NumPy 2).
    private const int WarnOnWrite = unchecked((int)0x80000000);

    /// <summary>
    /// Whether <paramref name="o"/> is exactly a <c>numpy.ndarray</c> with the descriptor
    /// <paramref name="descr"/> (any, for 0) whose flags already meet <paramref name="requirements"/>:
    /// then <c>PyArray_CheckFromAny</c> would return the same array (its own <c>PyArray_FROM_OTF</c>
    /// short-cut), and the view is made over it directly, sparing the call and a reference pair.
    /// </summary>
    private static bool Conforms(nint o, nint descr, ArrayFlags requirements)
    {
        int required = (int)requirements;
        if ((required & ~FlagRequirements) != 0)
        {
            return false;
        }

        var reference = BorrowedReference.DangerousFromPointer(o);
        if (CPython.Py_TYPE(reference) != NumPyC.PyArray_Type || (descr != 0 && NumPyC.PyArray_DESCR(o) != descr))
        {
            return false;
        }

        int flags = NumPyC.PyArray_FLAGS(o);
        return (flags & required) == required && ((required & NumPyC.NPY_ARRAY_WRITEABLE) == 0 || (flags & WarnOnWrite) == 0);
    }

    private static bool Convert(nint o, nint stolenDescr, ArrayFlags requirements, out NDArray? value)
    {
        value = null;
        using NewReference array = NumPyC.PyArray_CheckFromAny(
            BorrowedReference.DangerousFromPointer(o), StolenReference.DangerousFromPointer(stolenDescr), 0, 0, (int)requirements, BorrowedReference.Null);
        if (array.IsNull)
        {
            return false;
        }

        value = NumPy.ViewOf(array); // holds a reference of its own
        return true;
    }

    /// <summary>
    /// Disposes an array argument when the call returns. A view the function kept of it keeps the NumPy
    /// array alive (until that view is disposed or collected); the argument itself is disposed, so
    /// keeping it gives an array that throws <see cref="ObjectDisposedException"/>.
    /// </summary>
    public static void Release(NDArray? argument)
    {
        if (argument is not null)
        {
            NumPy.EndCallArgument(argument);
        }
    }

    /// <summary>
    /// A NumPy array over <paramref name="array"/>'s memory (a new reference, zero-copy, <c>base</c>
    /// owning the memory), or <c>None</c> for null. Throws as <see cref="NumPy.ToNumPy"/> does.
    /// </summary>
    public static nint FromArray(NDArray? array)
    {
        if (array is null)
        {
            return PyResults.None();
        }

        NumPyApi.EnsureLoaded();
        using NewReference owner = ExportedArrayType.New(array, out bool writeable);
        using NewReference result = NumPy.NewArrayOver(array, writeable, owner.Steal());
        return result.DangerousMoveToPointer();
    }

    /// <summary>
    /// A function's returned array as a new NumPy array (a new reference), or <c>None</c> for null;
    /// consumes <paramref name="array"/>, which is disposed, also when this throws. A small new array
    /// that nothing else holds (up to 1 KiB) is copied into memory NumPy allocates and owns, as a C
    /// extension's <c>PyArray_SimpleNew</c> result is, and its .NET memory freed at once; any other is
    /// handed over zero-copy as <see cref="FromArray"/> does, <c>base</c> owning the memory.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The array was disposed before it was returned.</exception>
    public static nint FromResult(NDArray? array)
    {
        if (array is null)
        {
            return PyResults.None();
        }

        NumPyApi.EnsureLoaded();
        return NumPy.TakeResult(array);
    }

    /// <summary>NumPy's descriptor of <typeparamref name="T"/>, made once and kept.</summary>
    private static class DescrCache<T>
        where T : unmanaged
    {
        private static nint s_descr;

        /// <summary>The dtype of <typeparamref name="T"/> in native order, which the cached descriptor describes.</summary>
        public static readonly DType DType = DType.Of<T>();

        public static nint Get()
        {
            nint descr = s_descr;
            if (descr == 0)
            {
                using NewReference made = NumPyC.PyArray_DescrFromType(DType.NumPyTypeNumber);
                made.ThrowIfNull();
                descr = s_descr = made.DangerousMoveToPointer(); // kept for the process's lifetime
            }

            return descr;
        }
    }
}
