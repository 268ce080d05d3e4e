using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using CPython = ArrayBridge.Native.Interop.Python;
using NumPyC = ArrayBridge.Native.Interop.NumPy;

namespace ArrayBridge.Tests;

[Collection(PythonCollection.Name)]
public unsafe class NumPyApiTests
{
    /// <summary>
    /// Arrays whose every header and descriptor field differs somewhere: all layouts (views, negative
    /// and zero strides, 0-d, empty, F order, high rank), read-only, byte-swapped, and dtypes whose item
    /// size and alignment differ (long double, strings, unicode, void, structured, datetime, object).
    /// </summary>
    private const string ArraysSource = """
        import numpy as np
        _b = np.arange(24, dtype='i8').reshape(2, 3, 4)
        _ro = np.arange(6.0)
        _ro.flags.writeable = False
        arrays = [
            np.arange(10.0), _b, _b[:, ::-1, 1:3], _b.T, _b[1], _b[..., None], np.asfortranarray(_b),
            np.array(3.5), np.zeros((0, 3), 'c8'), np.ones((1,) * 32, 'u1'), _ro, _ro[::2],
            np.broadcast_to(np.arange(3), (4, 3)), np.arange(6, dtype='>i4'), np.arange(6, dtype='<u2')[::-1],
            np.zeros(3, np.longdouble), np.zeros(2, 'S7'), np.zeros(2, 'U3'), np.zeros(2, 'V16'),
            np.zeros(2, [('a', 'i1'), ('b', 'f8')]), np.zeros(2, np.dtype([('a', 'i1'), ('b', 'f8')], align=True)),
            np.zeros(2, 'M8[s]'), np.array([None, 1], dtype=object), np.frombuffer(b'abcdefgh', 'u1'),
            np.zeros(5, '?'), np.zeros(5, 'f2'), np.zeros((2, 2), 'c16'), np.zeros(5, 'l'), np.zeros(5, 'q'),
        ]
        """;

    public NumPyApiTests()
    {
        using GilScope gil = Python.Gil();
        NumPyApi.EnsureLoaded();
    }

    [Fact]
    public void The_C_API_table_loads_and_reports_the_installed_numpy_abi()
    {
        string version = Python.Environment.NumPyVersion!;

        Assert.True(NumPyC.IsLoaded);
        Assert.True(NumPyC.Api != null);
        if (version.StartsWith("1.", StringComparison.Ordinal))
        {
            Assert.Equal(0x01000009u, NumPyC.AbiVersion);
            Assert.False(NumPyC.UsesNumPy2DescrLayout);
            Assert.Equal(32, NumPyC.MaxDims);
            if (version.StartsWith("1.23.", StringComparison.Ordinal) || version.StartsWith("1.24.", StringComparison.Ordinal))
            {
                Assert.Equal(0x10u, NumPyC.FeatureVersion);
            }
        }
        else
        {
            Assert.Equal(0x02000000u, NumPyC.AbiVersion);
            Assert.True(NumPyC.UsesNumPy2DescrLayout);
            Assert.Equal(64, NumPyC.MaxDims);
        }

        Assert.Equal(NumPyC.AbiVersion, NumPyC.PyArray_GetNDArrayCVersion());
        Assert.Equal(NumPyC.FeatureVersion, NumPyC.PyArray_GetNDArrayCFeatureVersion());
        Assert.Equal(NumPyC.NPY_CPU_LITTLE, NumPyC.PyArray_GetEndianness());
    }

    [Theory]
    [InlineData(NumPyC.NPY_BOOL, 1)]
    [InlineData(NumPyC.NPY_SHORT, 2)]
    [InlineData(NumPyC.NPY_FLOAT, 4)]
    [InlineData(NumPyC.NPY_DOUBLE, 8)]
    [InlineData(NumPyC.NPY_CDOUBLE, 16)]
    [InlineData(NumPyC.NPY_HALF, 2)]
    public void Descriptor_item_sizes_match_numpy(int typeNumber, int itemSize)
    {
        using (Python.Gil())
        {
            using PyObject dtype = PyObject.Steal(NumPyC.PyArray_DescrFromType(typeNumber).Steal());
            nint descr = dtype.Handle;

            Assert.Equal(itemSize, NumPyC.PyDataType_ELSIZE(descr));
            Assert.Equal(itemSize, dtype.GetAttr("itemsize").As<int>());
            Assert.Equal(typeNumber, dtype.GetAttr("num").As<int>());
            Assert.Equal("dtype", dtype.GetAttr("__class__").GetAttr("__name__").As<string>().Split('[')[0]);
        }
    }

    [Fact]
    public void Every_header_and_descriptor_field_read_through_the_structs_matches_what_numpy_reports()
    {
        using var scope = new PyScope();
        scope.Exec(ArraysSource);
        using PyObject arrays = scope.Get("arrays");
        int count = arrays.Invoke("__len__").As<int>();
        using (Python.Gil())
        {
            for (int i = 0; i < count; i++)
            {
                using PyObject a = arrays[i];
                nint h = a.Handle;
                string what = a.Repr().ReplaceLineEndings(" ");
                using PyObject dtype = a.GetAttr("dtype");
                nint descr = NumPyC.PyArray_DESCR(h);

                Assert.Equal(scope.Eval<long>($"id(type(arrays[{i}]))"), ((CPython.PyObject*)h)->ob_type);
                long refcount = scope.Eval<long>($"sys.getrefcount(arrays[{i}])"); // one more for the argument
                Assert.Equal(refcount - 1, ((CPython.PyObject*)h)->ob_refcnt);

                Assert.True(a.GetAttr("ctypes").GetAttr("data").As<long>() == (long)NumPyC.PyArray_DATA(h), what);
                Assert.True(a.GetAttr("ndim").As<int>() == NumPyC.PyArray_NDIM(h), what);
                long[] shape = a.GetAttr("shape").As<object?[]>().Select(x => (long)x!).ToArray();
                long[] strides = a.GetAttr("strides").As<object?[]>().Select(x => (long)x!).ToArray();
                for (int k = 0; k < shape.Length; k++)
                {
                    Assert.True(shape[k] == NumPyC.PyArray_DIMS(h)[k], what);
                    Assert.True(strides[k] == NumPyC.PyArray_STRIDES(h)[k], what);
                }

                Assert.True(a.GetAttr("flags").GetAttr("num").As<int>() == NumPyC.PyArray_FLAGS(h), what);
                long baseId = scope.Eval<long>($"0 if arrays[{i}].base is None else id(arrays[{i}].base)");
                Assert.True(baseId == NumPyC.PyArray_BASE(h), what);
                Assert.True(scope.Eval<long>($"id(arrays[{i}].dtype)") == descr, what);

                Assert.True(dtype.GetAttr("num").As<int>() == NumPyC.PyDataType_TYPENUM(descr), what);
                Assert.True(dtype.GetAttr("kind").As<string>() == NumPyC.PyDataType_KIND(descr).ToString(), what);
                Assert.True(dtype.GetAttr("char").As<string>() == NumPyC.PyDataType_TYPE(descr).ToString(), what);
                Assert.True(dtype.GetAttr("byteorder").As<string>() == NumPyC.PyDataType_BYTEORDER(descr).ToString(), what);
                Assert.True(dtype.GetAttr("itemsize").As<long>() == NumPyC.PyDataType_ELSIZE(descr), what);
                Assert.True(dtype.GetAttr("alignment").As<long>() == NumPyC.PyDataType_ALIGNMENT(descr), what);
                long flags = dtype.GetAttr("flags").As<long>(); // 1.x reports its char flags signed
                Assert.True((ulong)(NumPyC.UsesNumPy2DescrLayout ? flags : flags & 0xff) == NumPyC.PyDataType_FLAGS(descr), what);
                Assert.True(scope.Eval<long>($"id(arrays[{i}].dtype.type)") == NumPyC.PyDataType_TYPEOBJ(descr), what);
            }
        }
    }

    [Fact]
    public void Python_reads_numpy_objects_at_the_struct_offsets_with_ctypes()
    {
        // The offsets come from the struct declarations; Python reads the real objects there.
        bool numpy2 = NumPyC.UsesNumPy2DescrLayout;
        var offsets = new Dictionary<string, long>
            {
                ["refcnt"] = Offset<CPython.PyObject>("ob_refcnt"),
                ["type"] = Offset<CPython.PyObject>("ob_type"),
                ["data"] = Offset<NumPyC.PyArrayObject_fields>("data"),
                ["nd"] = Offset<NumPyC.PyArrayObject_fields>("nd"),
                ["dimensions"] = Offset<NumPyC.PyArrayObject_fields>("dimensions"),
                ["strides"] = Offset<NumPyC.PyArrayObject_fields>("strides"),
                ["base"] = Offset<NumPyC.PyArrayObject_fields>("base"),
                ["descr"] = Offset<NumPyC.PyArrayObject_fields>("descr"),
                ["flags"] = Offset<NumPyC.PyArrayObject_fields>("flags"),
                ["weakreflist"] = Offset<NumPyC.PyArrayObject_fields>("weakreflist"),
                ["typeobj"] = Offset<NumPyC.PyArray_Descr>("typeobj"),
                ["kind"] = Offset<NumPyC.PyArray_Descr>("kind"),
                ["char"] = Offset<NumPyC.PyArray_Descr>("type"),
                ["byteorder"] = Offset<NumPyC.PyArray_Descr>("byteorder"),
                ["type_num"] = Offset<NumPyC.PyArray_Descr>("type_num"),
                ["dflags"] = numpy2 ? Offset<NumPyC.PyArray_DescrNumPy2>("flags") : Offset<NumPyC.PyArray_Descr>("flags_1x"),
                ["elsize"] = numpy2 ? Offset<NumPyC.PyArray_DescrNumPy2>("elsize") : Offset<NumPyC.PyArray_DescrNumPy1>("elsize"),
                ["alignment"] = numpy2 ? Offset<NumPyC.PyArray_DescrNumPy2>("alignment") : Offset<NumPyC.PyArray_DescrNumPy1>("alignment"),
                ["names"] = numpy2 ? -1 : Offset<NumPyC.PyArray_DescrNumPy1>("names"),
            };
        using var scope = new PyScope();
        scope.Exec($"OFF = {{{string.Join(", ", offsets.Select(o => $"'{o.Key}': {o.Value}"))}}}\nnumpy2 = {(numpy2 ? "True" : "False")}");
        scope.Exec(ArraysSource);
        scope.Exec("""
            import ctypes, weakref
            P = ctypes.c_void_p
            def at(obj, name, ctype):
                return ctype.from_address(id(obj) + OFF[name]).value or 0
            def obj_at(obj, name):
                p = at(obj, name, P)
                return 0 if p == 0 else p
            int_field = ctypes.c_ssize_t if numpy2 else ctypes.c_int
            dflags_field = ctypes.c_uint64 if numpy2 else ctypes.c_ubyte
            bad = []
            refs = [weakref.ref(a) for a in arrays]
            for i, a in enumerate(arrays):
                d = a.dtype
                checks = {
                    'refcnt': ctypes.c_ssize_t.from_address(id(a) + OFF['refcnt']).value == sys.getrefcount(a) - 1,
                    'type': at(a, 'type', P) == id(type(a)),
                    'data': at(a, 'data', P) == a.ctypes.data,
                    'nd': at(a, 'nd', ctypes.c_int) == a.ndim,
                    'dimensions': a.ndim == 0 or [ctypes.c_ssize_t.from_address(at(a, 'dimensions', P) + 8 * k).value for k in range(a.ndim)] == list(a.shape),
                    'strides': a.ndim == 0 or [ctypes.c_ssize_t.from_address(at(a, 'strides', P) + 8 * k).value for k in range(a.ndim)] == list(a.strides),
                    'base': obj_at(a, 'base') == (0 if a.base is None else id(a.base)),
                    'descr': at(a, 'descr', P) == id(d),
                    'flags': at(a, 'flags', ctypes.c_int) == a.flags.num,
                    'weakreflist': at(a, 'weakreflist', P) != 0,
                    'typeobj': at(d, 'typeobj', P) == id(d.type),
                    'kind': chr(at(d, 'kind', ctypes.c_ubyte)) == d.kind,
                    'char': chr(at(d, 'char', ctypes.c_ubyte)) == d.char,
                    'byteorder': chr(at(d, 'byteorder', ctypes.c_ubyte)) == d.byteorder,
                    'type_num': at(d, 'type_num', ctypes.c_int) == d.num,
                    'dflags': at(d, 'dflags', dflags_field) == (d.flags if numpy2 else d.flags & 0xff),  # 1.x: a signed char
                    'elsize': at(d, 'elsize', int_field) == d.itemsize,
                    'alignment': at(d, 'alignment', int_field) == d.alignment,
                    'names': numpy2 or obj_at(d, 'names') == (0 if d.names is None else id(d.names)),
                }
                bad += [f'{name} of arrays[{i}] ({a.dtype}, {a.shape})' for name, ok in checks.items() if not ok]
            """);
        Assert.Equal(Array.Empty<string>(), scope.Eval<string[]>("bad"));
    }

    [Fact]
    public void The_struct_mirrors_have_numpys_64_bit_offsets_for_both_descriptor_layouts()
    {
        // From ndarraytypes.h (1.x) and npy_2_compat.h / _PyArray_DescrNumPy2 (2.x).
        Assert.Equal(16, sizeof(CPython.PyObject));
        Assert.Equal(new long[] { 16, 24, 32, 40, 48, 56, 64, 72 }, new[] { "data", "nd", "dimensions", "strides", "base", "descr", "flags", "weakreflist" }.Select(Offset<NumPyC.PyArrayObject_fields>));
        Assert.Equal(new long[] { 16, 24, 25, 26, 27, 28 }, new[] { "typeobj", "kind", "type", "byteorder", "flags_1x", "type_num" }.Select(Offset<NumPyC.PyArray_Descr>));
        Assert.Equal(32, sizeof(NumPyC.PyArray_Descr));
        Assert.Equal(new long[] { 0, 32, 36, 40, 48, 56, 64, 72, 80 }, new[] { "prefix", "elsize", "alignment", "subarray", "fields", "names", "f", "metadata", "c_metadata" }.Select(Offset<NumPyC.PyArray_DescrNumPy1>));
        Assert.Equal(new long[] { 0, 32, 40, 48, 56, 64, 72, 80 }, new[] { "prefix", "flags", "elsize", "alignment", "metadata", "hash", "reserved_null0", "reserved_null1" }.Select(Offset<NumPyC.PyArray_DescrNumPy2>));
        Assert.Equal(88, sizeof(NumPyC.PyArray_DescrNumPy2));
    }

    [Fact]
    public void An_array_over_native_memory_exposes_its_fields_through_the_struct_accessors()
    {
        double* data = (double*)NativeMemory.AlignedAlloc(6 * sizeof(double), 64);
        try
        {
            for (int i = 0; i < 6; i++)
            {
                data[i] = i + 1;
            }

            using (Python.Gil())
            {
                nint* dims = stackalloc nint[] { 2, 3 };
                using NewReference descr = NumPyC.PyArray_DescrFromType(NumPyC.NPY_DOUBLE);
                using PyObject array = PyObject.Steal(NumPyC.PyArray_NewFromDescr(NumPyC.PyArray_Type, descr.Steal(), 2, dims, null, data, NumPyC.NPY_ARRAY_CARRAY, BorrowedReference.Null).Steal());
                nint raw = array.Handle;

                Assert.True(NumPyC.PyArray_Check(array.Reference));
                Assert.Equal(2, NumPyC.PyArray_NDIM(raw));
                Assert.Equal(2, NumPyC.PyArray_DIMS(raw)[0]);
                Assert.Equal(3, NumPyC.PyArray_DIMS(raw)[1]);
                Assert.Equal(24, NumPyC.PyArray_STRIDES(raw)[0]);
                Assert.Equal(8, NumPyC.PyArray_STRIDES(raw)[1]);
                Assert.Equal((nint)data, (nint)NumPyC.PyArray_DATA(raw));
                Assert.Equal(0, NumPyC.PyArray_BASE(raw));
                Assert.Equal(8, NumPyC.PyDataType_ELSIZE(NumPyC.PyArray_DESCR(raw)));
                int flags = NumPyC.PyArray_FLAGS(raw);
                Assert.Equal(NumPyC.NPY_ARRAY_CARRAY, flags & NumPyC.NPY_ARRAY_CARRAY);
                Assert.Equal(0, flags & NumPyC.NPY_ARRAY_OWNDATA);

                Assert.Equal(21.0, array.Invoke("sum").As<double>());
                Assert.Equal("(2, 3)", array.GetAttr("shape").Repr());
                array[(1, 2)] = PyObject.From(42.0);
                Assert.Equal(42.0, data[5]); // no copy: Python wrote our memory

                using PyObject transposed = array.GetAttr("T");
                Assert.Equal(raw, NumPyC.PyArray_BASE(transposed.Handle));
                Assert.Equal(8, NumPyC.PyArray_STRIDES(transposed.Handle)[0]);
            }
        }
        finally
        {
            NativeMemory.AlignedFree(data);
        }
    }

    [Fact]
    public void Every_bound_slot_is_called_and_every_binding_is_a_slot_of_the_table()
    {
        string[] slots = Enum.GetNames<NumPyC.ApiSlot>();

        // Bindings: each slot has a field of its name, and no static pointer field is bound outside the table.
        const BindingFlags Static = BindingFlags.Static | BindingFlags.NonPublic;
        string[] bindings = typeof(NumPyC).GetFields(Static)
            .Where(f => f.FieldType.IsFunctionPointer || f.FieldType.IsUnmanagedFunctionPointer)
            .Select(f => f.Name)
            .Concat(typeof(NumPyC).GetProperties(Static).Where(p => p.PropertyType == typeof(BorrowedReference)).Select(p => p.Name)) // data slots (type objects)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(slots.Order(StringComparer.Ordinal), bindings);

        // Uses: the binder reads each slot once, and something outside the binder calls it (the bridge
        // through NumPyC.Name, the loader's version checks through the table entry).
        string api = File.ReadAllText(Path.Combine(SourceRoot(), "Native", "NumPy", "Interop.NumPy.Api.cs"));
        string[] others = Directory.GetFiles(SourceRoot(), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("Interop.NumPy.Api.cs", StringComparison.Ordinal) && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToArray();
        foreach (string slot in slots)
        {
            Assert.True(Regex.Matches(api, $@"(s_)?{slot} = \([^;]*\)Entry\(api, ApiSlot\.{slot}\);").Count == 1, $"{slot} is not bound exactly once");
            Assert.True(others.Any(text => Regex.IsMatch(text, $@"NumPyC\.{slot}\b|Entry\(api, ApiSlot\.{slot}\)")), $"{slot} is bound but nothing calls it; unbind it so a NumPy without it still loads");
        }
    }

    [Fact]
    public void No_bound_slot_is_one_numpy_2_removed()
    {
        // numpy/_core/code_generators/numpy_api.py: multiarray_funcs_api['__unused_indices__'] (NULL in NumPy 2's table).
        int[] removed = [1, 4, 40, 41, 66, 67, 68, 81, 82, 83, 103, 115, 117, 122, 163, 164, 171, 173, 197, 201, 202, 208, 219, 220, 221, 222, 278, 291, 293, 294, 295, 301, .. Enumerable.Range(320, 41), 366, 367, 368];
        Assert.Empty(Enum.GetValues<NumPyC.ApiSlot>().Select(s => (int)s).Intersect(removed));
    }

    [Fact]
    public void A_table_with_NULL_in_every_slot_nothing_calls_still_loads_and_works()
    {
        const int TableLength = 400; // NumPy 2.x's table is shorter; nothing past the bound slots is read
        void** fake = (void**)NativeMemory.AllocZeroed(TableLength, (nuint)sizeof(void*));
        try
        {
            foreach (NumPyC.ApiSlot slot in Enum.GetValues<NumPyC.ApiSlot>())
            {
                fake[(int)slot] = NumPyC.Api[(int)slot];
            }

            using (Python.Gil())
            {
                NumPyC.Bind(fake); // binds the same functions: only the NULLs elsewhere differ
            }

            using var a = NDArray.Arange<double>(6).Reshape(2, 3);
            using PyObject p = NumPy.ToNumPy(a.Transpose());
            using NDArray back = NumPy.FromNumPy(p);
            Assert.Equal(a.Transpose().ToArray<double>(), back.ToArray<double>());
            using NDArray converted = NumPy.FromAny(new object[] { 1, 2, 3 }, DType.Float32.WithByteOrder(ByteOrder.Big)); // a list: an int[] would be an int32 array
            Assert.Equal(">f4", converted.DType.TypeStr);
        }
        finally
        {
            using (Python.Gil())
            {
                NumPyC.Bind(NumPyC.Api);
            }

            NativeMemory.Free(fake);
        }
    }

    public static TheoryData<string> BoundSlots() => new(Enum.GetNames<NumPyC.ApiSlot>());

    [Theory]
    [MemberData(nameof(BoundSlots))]
    public void A_table_with_NULL_in_a_bound_slot_is_refused_naming_the_slot_before_anything_is_bound(string name)
    {
        var missing = Enum.Parse<NumPyC.ApiSlot>(name);
        const int TableLength = 400;
        void** fake = (void**)NativeMemory.AllocZeroed(TableLength, (nuint)sizeof(void*));
        try
        {
            foreach (NumPyC.ApiSlot slot in Enum.GetValues<NumPyC.ApiSlot>())
            {
                fake[(int)slot] = slot == missing ? null : (void*)1; // never called: refused before any call
            }

            using (Python.Gil())
            {
                var e = Assert.Throws<NotSupportedException>(() => NumPyC.Bind(fake));
                Assert.Contains($"{name} (slot {(int)missing})", e.Message);
            }

            Assert.Equal((nint)NumPyC.Api[(int)NumPyC.ApiSlot.PyArray_NewFromDescr], (nint)NumPyC.PyArray_NewFromDescr); // nothing was bound
        }
        finally
        {
            NativeMemory.Free(fake);
        }
    }

    private static long Offset<T>(string field) => Marshal.OffsetOf<T>(field);

    private static string SourceRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "src"));
}
