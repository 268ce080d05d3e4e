using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArrayBridge.Interop;
using FsCheck;
using FsCheck.Fluent;
using CPython = ArrayBridge.Native.Interop.Python;
using DLPackC = ArrayBridge.Native.Interop.DLPack;

namespace ArrayBridge.Tests;

/// <summary>
/// Every import protocol against hostile layouts (offsets, addresses, strides and shapes near the ends
/// of the 64-bit range): the view is accepted exactly when the bytes it reaches, computed without
/// wrapping, lie where they must, and refused otherwise with an <see cref="ArgumentException"/>
/// saying why. Nothing is ever read outside memory the test owns.
/// </summary>
[Collection(PythonCollection.Name)]
public unsafe class ImportedLayoutTests
{
    private const int MemoryBytes = 256;
    private static int s_deletes;

    static ImportedLayoutTests()
    {
        Python.Initialize();
    }

    private static Arbitrary<int> Seeds => Arb.From(Gen.Choose(0, int.MaxValue));

    [Theory]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': bytearray(16), 'offset': 2**63 - 1}", "past the end")]
    [InlineData("{'shape': (0,), 'typestr': '<f8', 'data': bytearray(16), 'offset': 2**63 - 1}", "past the end")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': bytearray(16), 'offset': 8, 'strides': (2**63 - 1,)}", "address space")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': bytearray(16), 'offset': 8, 'strides': (-2**63,)}", "address space")]
    [InlineData("{'shape': (2, 2), 'typestr': '|u1', 'data': bytearray(16), 'strides': (-2**63, -2**63)}", "address space")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': bytearray(16), 'offset': 9}", "outside its")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': (2**64 - 8, False)}", "address space")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': (-8, False)}", "address space")]
    [InlineData("{'shape': (2, 2), 'typestr': '|u1', 'data': (4096, False), 'strides': (-2**63, -2**63)}", "address space")]
    [InlineData("{'shape': (2,), 'typestr': '<f8', 'data': (2**63 - 8, False)}", "address space")]
    [InlineData("{'shape': (2**62, 4), 'typestr': '<f8', 'data': (4096, False)}", "address space")]
    public void Hostile_array_interfaces_are_refused_naming_the_problem(string iface, string reason)
    {
        using var scope = new PyScope();
        scope.Exec($"class Bad:\n    __array_interface__ = {iface}\nbad = Bad()");
        using PyObject bad = scope.Get("bad");

        var e = Assert.ThrowsAny<ArgumentException>(() => PythonArrays.Import(bad));

        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void The_array_interface_data_tuple_form_accepts_exactly_the_layouts_inside_the_address_space()
    {
        byte* memory = (byte*)NativeMemory.AllocZeroed(MemoryBytes);
        using var scope = new PyScope();
        try
        {
            int accepted = 0, refused = 0;
            Check.One(FixedSeed.Quick(2000), Prop.ForAll(Seeds, seed =>
            {
                var layout = new HostileLayouts(seed);
                long[]? strides = layout.Chance(4) ? null : layout.Strides(layout.ItemSize);
                Int128[] bytes = strides?.Select(s => (Int128)s).ToArray() ?? layout.ContiguousStrides();

                // Python ints as addresses: inside the test's memory, or anywhere in [-2**63, 2**64).
                Int128 pythonAddress = layout.Chance(3) ? (Int128)layout.Number(long.MaxValue) * (layout.Chance(2) ? 1 : -1) + (layout.Chance(2) ? (Int128)ulong.MaxValue : 0) : (Int128)(nint)memory + layout.Number(MemoryBytes);
                pythonAddress = Int128.Clamp(pythonAddress, long.MinValue, ulong.MaxValue);
                Int128 address = pythonAddress < 0 ? pythonAddress + ((Int128)ulong.MaxValue + 1) : pythonAddress;
                string? expected = layout.AddressRefusal(address, bytes);

                string stridesText = strides is null ? "None" : Tuple(strides);
                scope.Exec($"class Iface:\n    __array_interface__ = {{'shape': {Tuple(layout.Shape)}, 'typestr': '{layout.TypeStr}', 'data': ({pythonAddress}, False), 'strides': {stridesText}, 'version': 3}}\nobj = Iface()");
                using PyObject obj = scope.Get("obj");
                string context = $"{layout}, strides {stridesText}, address {pythonAddress}";
                Outcome(() => PythonArrays.FromArrayInterface(obj), expected, context, view =>
                {
                    Assert.True(view.Size == 0 || view.DataPointer == (nint)address, context);
                    Assert.Equal(layout.Shape, view.Shape.ToArray().Select(n => (long)n));
                    if (layout.Within(address, bytes, (nint)memory, (nint)memory + MemoryBytes))
                    {
                        TouchEveryElement(view, (nint)memory, MemoryBytes); // every byte it reaches is the test's
                    }
                }, ref accepted, ref refused);
            }));
            Assert.True(accepted > 100 && refused > 100, $"{accepted} accepted, {refused} refused");
        }
        finally
        {
            NativeMemory.Free(memory);
        }
    }

    [Fact]
    public void The_array_interface_buffer_form_accepts_exactly_the_offsets_and_layouts_inside_the_buffer()
    {
        using var scope = new PyScope();
        scope.Exec($"data = bytearray(range({MemoryBytes}))");
        int accepted = 0, refused = 0;
        Check.One(FixedSeed.Quick(2000), Prop.ForAll(Seeds, seed =>
        {
            var layout = new HostileLayouts(seed);
            long[]? strides = layout.Chance(4) ? null : layout.Strides(layout.ItemSize);
            Int128[] bytes = strides?.Select(s => (Int128)s).ToArray() ?? layout.ContiguousStrides();
            long offset = layout.Chance(8) ? -layout.Number(64) - 1 : layout.Number(MemoryBytes + 8);
            string? expected = layout.BufferRefusal(offset, MemoryBytes, bytes);

            string stridesText = strides is null ? "None" : Tuple(strides);
            scope.Exec($"class Iface:\n    __array_interface__ = {{'shape': {Tuple(layout.Shape)}, 'typestr': '{layout.TypeStr}', 'data': data, 'offset': {offset}, 'strides': {stridesText}, 'version': 3}}\nobj = Iface()");
            using PyObject obj = scope.Get("obj");
            string context = $"{layout}, strides {stridesText}, offset {offset}";
            Outcome(() => PythonArrays.FromArrayInterface(obj), expected, context, view =>
            {
                Assert.Equal(layout.Shape, view.Shape.ToArray().Select(n => (long)n));
                if (view.Size > 0)
                {
                    nint start = (nint)scope.Eval<long>("__import__('ctypes').addressof((__import__('ctypes').c_char * 1).from_buffer(data))");
                    Assert.Equal(start + (nint)offset, view.DataPointer);
                    TouchEveryElement(view, start, MemoryBytes); // accepted means inside the bytearray
                }
            }, ref accepted, ref refused);
            Assert.Null(scope.Raises("data.append(0); data.pop()")); // the buffer was released either way
        }));
        Assert.True(accepted > 100 && refused > 100, $"{accepted} accepted, {refused} refused");
    }

    [Fact]
    public void The_buffer_protocol_accepts_exactly_the_layouts_inside_the_address_space()
    {
        byte* memory = (byte*)NativeMemory.AllocZeroed(MemoryBytes);
        var fromBuffer = (delegate* unmanaged<CPython.Py_buffer*, nint>)NativeLibrary.GetExport(CPython.Library, "PyMemoryView_FromBuffer");
        try
        {
            int accepted = 0, refused = 0;
            Check.One(FixedSeed.Quick(2000), Prop.ForAll(Seeds, seed =>
            {
                var layout = new HostileLayouts(seed, allowComplex: false);
                long[] strides = layout.Strides(layout.ItemSize);
                Int128[] bytes = strides.Select(s => (Int128)s).ToArray();

                // memoryview refuses a null buf; any other address is taken as the exporter says.
                Int128 address = layout.Chance(3) ? (ulong)layout.Number(long.MaxValue) + (layout.Chance(2) ? (ulong)long.MaxValue : 0) : (Int128)(nint)memory + layout.Number(MemoryBytes);
                address = address == 0 ? 1 : address;
                string? expected = layout.AddressRefusal(address, bytes);

                int nd = layout.Shape.Length;
                nint* shape = stackalloc nint[Math.Max(nd, 1)];
                nint* stridesPtr = stackalloc nint[Math.Max(nd, 1)];
                for (int i = 0; i < nd; i++)
                {
                    shape[i] = (nint)layout.Shape[i];
                    stridesPtr[i] = (nint)strides[i];
                }

                var info = new CPython.Py_buffer
                {
                    buf = (void*)(nuint)(ulong)address,
                    len = nd == 0 ? layout.ItemSize : MemoryBytes,
                    itemsize = layout.ItemSize,
                    @readonly = 1,
                    ndim = nd,
                    format = FormatString(layout.Format),
                    shape = nd == 0 ? null : shape,
                    strides = nd == 0 ? null : stridesPtr,
                };
                PyObject view;
                using (Python.Gil())
                {
                    view = PyObject.Steal(StolenReference.DangerousFromPointer(fromBuffer(&info)));
                }

                using (view)
                {
                    string context = $"{layout}, strides ({string.Join(", ", strides)}), address {address}";
                    Outcome(() => PythonArrays.FromBuffer(view), expected, context, v =>
                    {
                        Assert.True(v.Size == 0 || v.DataPointer == (nint)(ulong)address, context);
                        Assert.Equal(layout.Shape, v.Shape.ToArray().Select(n => (long)n));
                        if (layout.Within(address, bytes, (nint)memory, (nint)memory + MemoryBytes))
                        {
                            TouchEveryElement(v, (nint)memory, MemoryBytes);
                        }
                    }, ref accepted, ref refused);
                }
            }));
            Assert.True(accepted > 100 && refused > 100, $"{accepted} accepted, {refused} refused");
        }
        finally
        {
            NativeMemory.Free(memory);
        }
    }

    [Fact]
    public void DLPack_import_accepts_exactly_the_byte_offsets_and_layouts_inside_the_address_space_and_consumes_only_those()
    {
        byte* memory = (byte*)NativeMemory.AllocZeroed(MemoryBytes);
        var m = (DLPackC.DLManagedTensor*)NativeMemory.AllocZeroed((nuint)sizeof(DLPackC.DLManagedTensor));
        try
        {
            int accepted = 0, refused = 0;
            Check.One(FixedSeed.Quick(2000), Prop.ForAll(Seeds, seed =>
            {
                var layout = new HostileLayouts(seed);
                long[]? strides = layout.Chance(4) ? null : layout.Strides(1); // in elements
                ulong byteOffset = layout.Chance(3) ? (ulong)layout.Number(long.MaxValue) + (layout.Chance(2) ? (ulong)long.MaxValue : 0) : (ulong)layout.Number(MemoryBytes);
                void* data = layout.Chance(6) ? null : memory;
                Int128 address = (Int128)(nuint)data + byteOffset;

                string? expected;
                Int128[] bytes = strides?.Select(s => (Int128)s * layout.ItemSize).ToArray() ?? layout.ContiguousStrides();
                if (strides is not null && bytes.Any(b => b > long.MaxValue || b < long.MinValue))
                {
                    expected = "overflow";
                }
                else if (address > HostileLayouts.AddressLimit)
                {
                    expected = "address space";
                }
                else
                {
                    expected = layout.AddressRefusal(address, bytes);
                }

                int nd = layout.Shape.Length;
                long* shape = stackalloc long[Math.Max(nd, 1)];
                long* stridesPtr = stackalloc long[Math.Max(nd, 1)];
                for (int i = 0; i < nd; i++)
                {
                    shape[i] = layout.Shape[i];
                    stridesPtr[i] = strides?[i] ?? 0;
                }

                *m = new DLPackC.DLManagedTensor
                {
                    dl_tensor = new DLPackC.DLTensor
                    {
                        data = data,
                        device = new DLPackC.DLDevice { device_type = DLPackC.kDLCPU },
                        ndim = nd,
                        dtype = new DLPackC.DLDataType { code = layout.DLCode, bits = (byte)(layout.ItemSize * 8), lanes = 1 },
                        shape = shape,
                        strides = strides is null ? null : stridesPtr,
                        byte_offset = byteOffset,
                    },
                    deleter = &CountingDeleter,
                };
                int deletes = s_deletes;
                PyObject capsule;
                using (Python.Gil())
                {
                    capsule = PyObject.Steal(CPython.PyCapsule_New(m, DLPackC.CapsuleName, 0).Steal());
                }

                using (capsule)
                {
                    string context = $"{layout}, element strides {(strides is null ? "none" : string.Join(", ", strides))}, data {(nint)data}, byte_offset {byteOffset}";
                    Outcome(() => PythonArrays.FromDLPack(capsule), expected, context, view =>
                    {
                        Assert.True(view.Size == 0 || view.DataPointer == (nint)address, context);
                        if (layout.Within(address, bytes, (nint)memory, (nint)memory + MemoryBytes))
                        {
                            TouchEveryElement(view, (nint)memory, MemoryBytes);
                        }
                    }, ref accepted, ref refused);
                    Assert.Equal(expected is null ? "used_dltensor" : "dltensor", CapsuleName(capsule));
                    Assert.Equal(expected is null ? deletes + 1 : deletes, s_deletes);
                }
            }));
            Assert.True(accepted > 100 && refused > 100, $"{accepted} accepted, {refused} refused");
        }
        finally
        {
            NativeMemory.Free(m);
            NativeMemory.Free(memory);
        }
    }

    /// <summary>Imports, then checks the view (and disposes it) or the refusal against the model.</summary>
    private static void Outcome(Func<NDArray> import, string? expected, string context, Action<NDArray> check, ref int accepted, ref int refused)
    {
        NDArray? view = null;
        try
        {
            view = import();
        }
        catch (ArgumentException e)
        {
            Assert.True(expected is not null, $"refused ({e.Message}) but the layout fits; {context}");
            Assert.True(e.Message.Contains(expected, StringComparison.Ordinal), $"refused with '{e.Message}', expected a message about '{expected}'; {context}");
            refused++;
            return;
        }

        using (view)
        {
            Assert.True(expected is null, $"accepted, but it must be refused ({expected}); {context}");
            check(view);
            accepted++;
        }
    }

    /// <summary>
    /// Reads the first and last byte of every element of <paramref name="view"/> (up to 4096
    /// elements) at the address its own data pointer and strides give, after checking that the
    /// element lies in <c>[start, start + length)</c>.
    /// </summary>
    private static void TouchEveryElement(NDArray view, nint start, int length)
    {
        if (view.Size == 0 || view.Size > 4096)
        {
            return;
        }

        var index = new nint[view.NDim];
        for (nint n = 0; n < view.Size; n++)
        {
            Int128 at = view.DataPointer;
            for (int k = 0; k < view.NDim; k++)
            {
                at += (Int128)index[k] * view.Strides[k];
            }

            Assert.True(at >= start && at + view.ItemSize <= start + length, $"element at {at} lies outside [{start}, {start + length})");
            _ = *(byte*)(nint)at + *((byte*)(nint)at + view.ItemSize - 1);
            for (int k = view.NDim - 1; k >= 0 && ++index[k] == view.Shape[k]; k--)
            {
                index[k] = 0;
            }
        }
    }

    private static string Tuple(long[] values) => values.Length == 1 ? $"({values[0]},)" : "(" + string.Join(", ", values.Select(v => v.ToString(CultureInfo.InvariantCulture))) + ")";

    private static byte* FormatString(char format) => format switch
    {
        'B' => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("B\0"u8)),
        'h' => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("h\0"u8)),
        'f' => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("f\0"u8)),
        _ => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference("d\0"u8)),
    };

    private static string CapsuleName(PyObject capsule)
    {
        using (Python.Gil())
        {
            return new string((sbyte*)CPython.PyCapsule_GetName(capsule.Reference));
        }
    }

    [UnmanagedCallersOnly]
    private static void CountingDeleter(DLPackC.DLManagedTensor* self) => Interlocked.Increment(ref s_deletes);
}
