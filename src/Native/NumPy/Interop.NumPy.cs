using System.Diagnostics;

namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    /// <summary>
    /// NumPy's C-API: the <c>PyArray_API</c> function table read from the <c>_ARRAY_API</c> capsule,
    /// typed pointers to the slots ArrayBridge calls (<see cref="ApiSlot"/>), struct mirrors of
    /// <c>PyArrayObject</c> and <c>PyArray_Descr</c>, and NumPy's flag and type-number constants.
    /// </summary>
    /// <remarks>
    /// Loaded lazily by <see cref="TryLoad"/>, which needs an initialized interpreter and the GIL, and
    /// refuses a process that is not 64-bit (the one place that assumption is checked).
    /// Supports the 1.x ABI (<c>0x01000009</c>, C-API feature 0xC = NumPy 1.14 or newer) and the 2.x
    /// ABI (<c>0x02000000</c>). The descriptor layout is chosen by feature version (0x12 = NumPy 2.0).
    /// </remarks>
    internal static unsafe partial class NumPy
    {
        private static void** s_api;
        private static nint s_module;
        private static int s_loaded;

        /// <summary>Whether the table has been loaded in this interpreter.</summary>
        internal static bool IsLoaded => Volatile.Read(ref s_loaded) != 0;

        /// <summary>The <c>PyArray_API</c> table (<c>void **</c>).</summary>
        internal static void** Api => s_api;

        /// <summary><c>PyArray_GetNDArrayCVersion()</c>: the ABI version (<c>NPY_ABI_VERSION</c>).</summary>
        internal static uint AbiVersion { get; private set; }

        /// <summary><c>PyArray_GetNDArrayCFeatureVersion()</c>: the C-API feature version (<c>NPY_API_VERSION</c>).</summary>
        internal static uint FeatureVersion { get; private set; }

        /// <summary>Whether descriptors use NumPy 2's layout (feature version 0x12 or newer).</summary>
        internal static bool UsesNumPy2DescrLayout { get; private set; }

        /// <summary><c>NPY_MAXDIMS</c> of the loaded NumPy, by its ABI: <see cref="NPY_MAXDIMS_1"/> or <see cref="NPY_MAXDIMS_2"/>.</summary>
        internal static int MaxDims { get; private set; }

        /// <summary>
        /// Imports <c>numpy._core.multiarray</c> (NumPy 2), falling back to <c>numpy.core.multiarray</c>
        /// (NumPy 1), reads its <c>_ARRAY_API</c> capsule, checks ABI, feature version and endianness,
        /// and binds the table. The module stays referenced for the life of the interpreter.
        /// Call with the GIL held. Idempotent.
        /// </summary>
        /// <returns>true when loaded; false with a Python exception set (e.g. NumPy is not installed).</returns>
        /// <exception cref="NotSupportedException">The installed NumPy's ABI or features are not supported.</exception>
        /// <exception cref="PlatformNotSupportedException">The process is not 64-bit.</exception>
        internal static bool TryLoad()
        {
            Python.AssertGilHeld();
            if (IsLoaded)
            {
                return true;
            }

            // No lock: the import can release the GIL, so a lock held here could deadlock against a
            // thread waiting for the GIL. Two threads loading at once bind the same table.
            // NumPy 2 has numpy._core; NumPy 1.26 also has numpy._core stubs for unpickling, which
            // may lack _ARRAY_API, so a failure with the first name falls back to the second.
            NewReference module = default;
            void** api = null;
            foreach (bool last in (ReadOnlySpan<bool>)[false, true])
            {
                module = last ? ImportModule("numpy.core.multiarray"u8) : ImportModule("numpy._core.multiarray"u8);
                api = module.IsNull ? null : ReadApiCapsule(module);
                if (api != null)
                {
                    break;
                }

                module.Dispose();
                if (last)
                {
                    return false; // the Python error of the second attempt is set
                }

                Python.PyErr_Clear();
            }

            try
            {
                Bind(api);
            }
            catch
            {
                module.Dispose();
                throw;
            }

            s_api = api;
            if (Interlocked.CompareExchange(ref s_module, module.DangerousGetAddress(), 0) == 0)
            {
                _ = module.DangerousMoveToPointer(); // s_module keeps it for the life of the interpreter
            }

            module.Dispose(); // another thread won the race; the table is the same

            Volatile.Write(ref s_loaded, 1);
            return true;
        }

        /// <summary>Forgets the table; called when the interpreter is finalized (the module is gone).</summary>
        internal static void Reset()
        {
            Volatile.Write(ref s_loaded, 0);
            s_api = null;
            s_module = 0;
        }

        /// <summary>Debug-only check that the table is loaded.</summary>
        [Conditional("DEBUG")]
        internal static void AssertLoaded() => Debug.Assert(IsLoaded, "Interop.NumPy.TryLoad must succeed before NumPy's C-API is used.");

        /// <summary><c>module._ARRAY_API</c> read as <c>void**</c>; null with a Python error set on failure.</summary>
        private static void** ReadApiCapsule(BorrowedReference module)
        {
            fixed (byte* name = "_ARRAY_API\0"u8)
            {
                // The module keeps the capsule (and the table) alive after this reference is released.
                using NewReference capsule = Python.PyObject_GetAttrString(module, name);
                return capsule.IsNull ? null : (void**)Python.PyCapsule_GetPointer(capsule, null); // unnamed capsule
            }
        }

        private static NewReference ImportModule(ReadOnlySpan<byte> nameWithoutNul)
        {
            byte* name = stackalloc byte[nameWithoutNul.Length + 1];
            nameWithoutNul.CopyTo(new Span<byte>(name, nameWithoutNul.Length));
            name[nameWithoutNul.Length] = 0;
            return Python.PyImport_ImportModule(name);
        }

        /// <summary>
        /// Checks a <c>PyArray_API</c> table before anything is bound: a 64-bit process (every struct
        /// mirror here is declared for it), a supported ABI and feature version, the process's endianness,
        /// and a non-NULL entry in every <see cref="ApiSlot"/> (and in no other slot: NumPy may leave the
        /// slots of functions it removed NULL). Calls only the version and endianness entries.
        /// </summary>
        /// <exception cref="PlatformNotSupportedException">The process is not 64-bit.</exception>
        /// <exception cref="NotSupportedException">The table's NumPy is not supported.</exception>
        private static (uint Abi, uint Feature) Validate(void** api)
        {
            if (!Environment.Is64BitProcess)
            {
                ThrowHelper.ThrowPlatformNotSupported($"ArrayBridge reads NumPy's structs with their 64-bit layout; this is a {IntPtr.Size * 8}-bit process.");
            }

            foreach (ApiSlot slot in Enum.GetValues<ApiSlot>())
            {
                if (Entry(api, slot) == null)
                {
                    ThrowHelper.ThrowNotSupported($"NumPy's C-API table has no entry for {slot} (slot {(int)slot}); this NumPy removed a function ArrayBridge uses.");
                }
            }

            uint abi = ((delegate* unmanaged<uint>)Entry(api, ApiSlot.PyArray_GetNDArrayCVersion))();
            if (abi != NPY_ABI_VERSION_1 && abi != NPY_ABI_VERSION_2)
            {
                ThrowHelper.ThrowNotSupported($"NumPy reports C ABI version 0x{abi:x8}; ArrayBridge supports 0x{NPY_ABI_VERSION_1:x8} (NumPy 1.x) and 0x{NPY_ABI_VERSION_2:x8} (NumPy 2.x).");
            }

            uint feature = ((delegate* unmanaged<uint>)Entry(api, ApiSlot.PyArray_GetNDArrayCFeatureVersion))();
            if (abi == NPY_ABI_VERSION_1 && feature < NPY_1_14_FEATURE_VERSION)
            {
                ThrowHelper.ThrowNotSupported($"NumPy reports C-API feature version 0x{feature:x}; ArrayBridge needs NumPy 1.14 or newer (0x{NPY_1_14_FEATURE_VERSION:x}) for {nameof(ApiSlot.PyArray_ResolveWritebackIfCopy)}.");
            }

            if (abi == NPY_ABI_VERSION_2 && feature < NPY_2_0_FEATURE_VERSION)
            {
                ThrowHelper.ThrowNotSupported($"NumPy reports ABI 2 with C-API feature version 0x{feature:x}, below NumPy 2.0's 0x{NPY_2_0_FEATURE_VERSION:x}.");
            }

            int endianness = ((delegate* unmanaged<int>)Entry(api, ApiSlot.PyArray_GetEndianness))();
            int expected = BitConverter.IsLittleEndian ? NPY_CPU_LITTLE : NPY_CPU_BIG;
            if (endianness != expected)
            {
                ThrowHelper.ThrowNotSupported($"NumPy reports endianness {endianness}, but this process is {(BitConverter.IsLittleEndian ? "little" : "big")}-endian.");
            }

            return (abi, feature);
        }

        /// <summary>
        /// Validates <paramref name="api"/> and binds every <see cref="ApiSlot"/> to it, with the versions
        /// it reports. Call with the GIL held.
        /// </summary>
        /// <inheritdoc cref="Validate(void**)"/>
        internal static void Bind(void** api)
        {
            (uint abi, uint feature) = Validate(api);
            BindSlots(api);
            AbiVersion = abi;
            FeatureVersion = feature;
            UsesNumPy2DescrLayout = feature >= NPY_2_0_FEATURE_VERSION;
            MaxDims = abi == NPY_ABI_VERSION_2 ? NPY_MAXDIMS_2 : NPY_MAXDIMS_1;
        }
    }
}
