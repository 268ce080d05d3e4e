namespace ArrayBridge.Tests;

/// <summary>
/// Every public operation of PyObject, Python, NumPy and PythonArrays, on success and on failures
/// midway (a conversion that fails after earlier arguments were converted, a call that raises, a
/// protocol that refuses): the reference counts of the objects involved and the live counts of
/// exported arrays, acquired buffers and DLPack tensors are the same after 20 rounds as before.
/// A missing release shows as +20, a double release as -20 (or a crash).
/// </summary>
public unsafe partial class ReferenceCountingTests
{
    private const int Rounds = 20;

    public static TheoryData<string> Operations => [.. OperationTable.Keys];

    private static readonly Dictionary<string, Action<Subjects>> OperationTable = new()
    {
        // ---- attributes ----
        ["GetAttr"] = s => s.Target.GetAttr("x").Dispose(),
        ["GetAttr of a missing attribute raises"] = s => Assert.Throws<PythonException>(() => s.Target.GetAttr("missing")),
        ["GetAttr whose getter raises"] = s => Assert.Throws<PythonException>(() => s.Bad.GetAttr("prop")),
        ["HasAttr true and false"] = s => Assert.True(s.Target.HasAttr("x") && !s.Target.HasAttr("missing")),
        ["HasAttr whose getter raises"] = s => Assert.Throws<PythonException>(() => s.Bad.HasAttr("prop")),
        ["SetAttr and DelAttr"] = s => { s.Target.SetAttr("self_ref", s.Target); s.Target.DelAttr("self_ref"); },
        ["SetAttr of an unconvertible value fails"] = s => Assert.Throws<NotSupportedException>(() => s.Target.SetAttr("y", new object())),
        ["SetAttr refused by Python"] = s => Assert.Throws<PythonException>(() => s.Bad.SetAttr("frozen", s.Target)),
        ["DelAttr of a missing attribute raises"] = s => Assert.Throws<PythonException>(() => s.Target.DelAttr("missing")),

        // ---- items ----
        ["GetItem"] = s => s.Dict["t"].Dispose(),
        ["GetItem with a missing key raises"] = s => Assert.Throws<PythonException>(() => s.Dict.GetItem(s.Target)),
        ["SetItem and DelItem keyed by the object"] = s => { s.Dict[s.Target] = s.Target; s.Dict.DelItem(s.Target); },
        ["SetItem with an unhashable key fails after the value was converted"] = s => Assert.Throws<PythonException>(() => s.Dict.SetItem(new object?[] { s.Target }, s.Target)),
        ["SetItem of an unconvertible value fails after the key was converted"] = s => Assert.Throws<NotSupportedException>(() => s.Dict.SetItem(s.Target, new object())),
        ["DelItem with a missing key raises"] = s => Assert.Throws<PythonException>(() => s.Dict.DelItem(s.Target)),
        ["Length"] = s => Assert.Equal(3, s.List.Length),
        ["Length of an object without one raises"] = s => Assert.Throws<PythonException>(() => s.Target.Length),

        // ---- calls ----
        ["Call with the object as argument"] = s => s.Echo.Call(s.Target).Dispose(),
        ["Call with keyword arguments"] = s => s.Echo.Call([s.Target], new Dictionary<string, object?> { ["b"] = s.Target }).Dispose(),
        ["Invoke"] = s => s.Target.Invoke("echo", s.Target).Dispose(),
        ["Invoke with keyword arguments"] = s => s.Target.Invoke("echo", [s.Target], new Dictionary<string, object?> { ["b"] = s.Target }).Dispose(),
        ["Call that raises with the object in its frame"] = s => Assert.Throws<PythonException>(() => s.Raiser.Call(s.Target)),
        ["Call with an unconvertible argument after the object"] = s => Assert.Throws<NotSupportedException>(() => s.Echo.Call(s.Target, new object())),
        ["Call with an unconvertible keyword argument"] = s => Assert.Throws<NotSupportedException>(() => s.Echo.Call([s.Target], new Dictionary<string, object?> { ["b"] = new object() })),
        ["Call of a non-callable raises"] = s => Assert.Throws<PythonException>(() => s.Target.Call(s.Target)),
        ["Invoke of a missing method raises"] = s => Assert.Throws<PythonException>(() => s.Target.Invoke("missing", s.Target)),

        // ---- conversions ----
        ["From list, tuple, dict and nesting"] = s =>
        {
            PyObject.From(new object?[] { s.Target, s.Target }).Dispose();
            PyObject.From((s.Target, 1, (s.Target, "x"))).Dispose();
            PyObject.From(new Dictionary<object, object?> { ["t"] = s.Target, [2] = new List<object?> { s.Target } }).Dispose();
            PyObject.From(s.Target).Dispose();
        },
        ["From a list that fails midway"] = s => Assert.Throws<NotSupportedException>(() => PyObject.From(new object?[] { s.Target, s.Target, new object() })),
        ["From a tuple that fails midway"] = s => Assert.Throws<NotSupportedException>(() => PyObject.From((s.Target, new object()))),
        ["From a dict whose key is unhashable"] = s => Assert.Throws<PythonException>(() => PyObject.From(new Dictionary<object, object?> { [new List<object?> { s.Target }] = s.Target })),
        ["From a dict that fails midway"] = s => Assert.Throws<NotSupportedException>(() => PyObject.From(new Dictionary<object, object?> { ["t"] = s.Target, ["u"] = new object() })),
        ["From too deep a nesting"] = s => Assert.Throws<ArgumentException>(() => PyObject.From(Nest(s.Target, PyConverter.MaxDepth + 2))),
        ["As PyObject, object, arrays, lists and dicts"] = s =>
        {
            s.Target.As<PyObject>().Dispose();
            ((PyObject)s.Target.As<object>()).Dispose();
            foreach (object? item in s.List.As<object?[]>()) { (item as PyObject)?.Dispose(); }
            foreach (object? item in s.List.As<List<object?>>()) { (item as PyObject)?.Dispose(); }
            foreach (object? item in s.Dict.As<Dictionary<object, object?>>().Values) { (item as PyObject)?.Dispose(); }
            Assert.Equal([1.0, 2.0, 3.0], s.Numbers.As<double[]>());
        },
        ["ToClr of containers"] = s =>
        {
            foreach (object? item in (List<object?>)s.List.ToClr()!) { (item as PyObject)?.Dispose(); }
            ((PyObject)s.Target.ToClr()!).Dispose();
        },
        ["As an int array that fails midway"] = s => Assert.Throws<InvalidCastException>(() => s.List.As<int[]>()),
        ["As a dict that fails on a None key"] = s => Assert.Throws<InvalidCastException>(() => s.NoneKeyed.As<Dictionary<object, object?>>()),
        ["As a scalar that fails"] = s =>
        {
            Assert.Throws<InvalidCastException>(() => s.Target.As<string>());
            Assert.Throws<InvalidCastException>(() => s.Target.As<long>());
            Assert.Throws<InvalidCastException>(() => s.Target.As<double>());
            Assert.Throws<OverflowException>(() => s.Huge.As<long>());
            Assert.Throws<OverflowException>(() => s.Huge.As<ulong>());
            _ = s.Huge.As<System.Numerics.BigInteger>();
        },
        ["As NDArray of a non-array fails"] = s => Assert.Throws<InvalidCastException>(() => s.Target.As<NDArray>()),
        ["Repr, ToString, TypeName, IsCallable, IsNone, RefCount"] = s =>
        {
            _ = s.Target.Repr();
            _ = s.Target.ToString();
            _ = s.Target.TypeName;
            _ = s.Target.IsCallable;
            _ = s.Target.IsNone;
            _ = s.Target.RefCount;
        },
        ["Repr and ToString that raise"] = s =>
        {
            Assert.Throws<PythonException>(() => s.Bad.Repr());
            Assert.Throws<PythonException>(() => s.Bad.ToString());
        },

        // ---- Python ----
        ["Eval and Exec with the object in globals"] = s =>
        {
            s.Scope.Eval("t").Dispose();
            s.Scope.Exec("u = [t, t]\ndel u");
        },
        ["Eval with locals"] = s => Python.Eval("t", s.Globals, s.Dict).Dispose(),
        ["Eval that raises with the object in the exception"] = s => Assert.Throws<PythonException>(() => s.Scope.Eval("raise_(t)")),
        ["Exec that raises with the object in the exception"] = s => Assert.Throws<PythonException>(() => s.Scope.Exec("raise ValueError(t)")),
        ["Exec of a syntax error"] = s => Assert.Throws<PythonException>(() => s.Scope.Exec("t +")),
        ["Exec with globals that are not a dict"] = s => Assert.Throws<ArgumentException>(() => Python.Exec("pass", s.List)),
        ["Import"] = s => Python.Import("json").Dispose(),
        ["Import of a missing module"] = s => Assert.Throws<PythonException>(() => Python.Import("no_such_module_arraybridge")),

        // ---- NumPy ----
        ["FromNumPy and IsNumPyArray"] = s =>
        {
            NumPy.FromNumPy(s.Array).Dispose();
            NumPy.FromNumPy<double>(s.Array).Dispose();
            s.Array.As<NDArray>().Dispose();
            Assert.True(NumPy.IsNumPyArray(s.Array));
            Assert.False(NumPy.IsNumPyArray(s.Target));
        },
        ["FromNumPy of a non-array or the wrong dtype fails"] = s =>
        {
            Assert.Throws<ArgumentException>(() => NumPy.FromNumPy(s.Target));
            Assert.Throws<InvalidCastException>(() => NumPy.FromNumPy<float>(s.Array));
        },
        ["FromNumPy of an unsupported dtype fails"] = s => Assert.Throws<NotSupportedException>(() => NumPy.FromNumPy(s.Strings)),
        ["ToNumPy"] = s => NumPy.ToNumPy(s.Net).Dispose(),
        ["ToNumPy of a byte-swapped strided view"] = s => NumPy.ToNumPy(s.Swapped).Dispose(),
        ["FromAny without a copy, with a copy, of a list of arrays"] = s =>
        {
            NumPy.FromAny(s.Array).Dispose();
            NumPy.FromAny(s.Array, DType.Float32, ArrayFlags.ForceCast).Dispose();
            NumPy.FromAny(s.Array, DType.Create(ScalarType.Float64, ByteOrder.Big)).Dispose();
            NumPy.FromAny(new object?[] { s.Array, s.Array }).Dispose();
        },
        ["FromAny refused by NumPy after the dtype was handed over"] = s => Assert.Throws<PythonException>(() => NumPy.FromAny(s.Array, DType.Int32)),
        ["FromAny of an unconvertible value"] = s => Assert.Throws<NotSupportedException>(() => NumPy.FromAny(new object?[] { s.Array, new object() })),

        // ---- PythonArrays: import ----
        ["Import through NumPy, ArrayBridge and the array interface"] = s =>
        {
            PythonArrays.Import(s.Array).Dispose();
            PythonArrays.Import(s.Exported).Dispose();
            PythonArrays.Import(s.ReadOnly).Dispose(); // __dlpack__ refuses read-only arrays: falls through
            PythonArrays.Import<double>(s.Array).Dispose();
        },
        ["Import through the buffer protocol"] = s => PythonArrays.Import(s.Bytes).Dispose(),
        ["Import of a non-array fails"] = s => Assert.Throws<ArgumentException>(() => PythonArrays.Import(s.Target)),
        ["Import with the wrong element type fails"] = s => Assert.Throws<InvalidCastException>(() => PythonArrays.Import<float>(s.Array)),
        ["FromBuffer"] = s =>
        {
            PythonArrays.FromBuffer(s.Array).Dispose();
            PythonArrays.FromBuffer(s.Exported).Dispose();
            PythonArrays.FromBuffer(s.Bytes).Dispose();
        },
        ["FromBuffer of a non-exporter fails"] = s => Assert.Throws<ArgumentException>(() => PythonArrays.FromBuffer(s.Target)),
        ["FromArrayInterface"] = s =>
        {
            PythonArrays.FromArrayInterface(s.Array).Dispose();
            PythonArrays.FromArrayInterface(s.Exported).Dispose();
            PythonArrays.FromArrayInterface(s.BufferInterface).Dispose();
        },
        ["FromArrayInterface that fails"] = s =>
        {
            Assert.Throws<ArgumentException>(() => PythonArrays.FromArrayInterface(s.Target));
            Assert.Throws<ArgumentException>(() => PythonArrays.FromArrayInterface(s.BadInterface));
        },
        ["FromDLPack"] = s =>
        {
            PythonArrays.FromDLPack(s.Array).Dispose();
            PythonArrays.FromDLPack(s.Exported).Dispose();
            using PyObject capsule = PythonArrays.ToDLPack(s.Net);
            PythonArrays.FromDLPack(capsule).Dispose();
        },
        ["FromDLPack that fails"] = s =>
        {
            Assert.Throws<PythonException>(() => PythonArrays.FromDLPack(s.ReadOnly));
            Assert.Throws<ArgumentException>(() => PythonArrays.FromDLPack(s.Target));
            using PyObject capsule = PythonArrays.ToDLPack(s.Net);
            PythonArrays.FromDLPack(capsule).Dispose();
            Assert.Throws<ArgumentException>(() => PythonArrays.FromDLPack(capsule)); // already consumed
        },

        // ---- PythonArrays: export, and the exported object's protocols used from Python ----
        ["Export, ToMemoryView, ToDLPack"] = s =>
        {
            PythonArrays.Export(s.Net).Dispose();
            PythonArrays.ToMemoryView(s.Net).Dispose();
            PythonArrays.ToDLPack(s.Net).Dispose();
            PythonArrays.ToDLPack(s.Net, versioned: true).Dispose();
        },
        ["ToDLPack refused"] = s => Assert.Throws<BufferRefusedException>(() => PythonArrays.ToDLPack(s.Swapped)),
        ["Exported protocols from Python"] = s => s.Scope.Exec(
            "m = memoryview(e); m.release()\n" +
            "d = e.__array_interface__\n" +
            "c = e.__dlpack__(max_version=(1, 0), dl_device=(1, 0), copy=False)\n" +
            "c2 = e.__dlpack__(copy=True)\n" +
            "dev = e.__dlpack_device__()\n" +
            "n = np.asarray(e)\n" +
            "r = repr(e)\n" +
            "del m, d, c, c2, dev, n, r"),
        ["Exported protocols refusing from Python"] = s => s.Scope.Exec(
            "for call in (lambda: e.__dlpack__(stream=1), lambda: e.__dlpack__(bogus=t), lambda: e.__dlpack__(t),\n" +
            "             lambda: e.__dlpack__(max_version=t), lambda: e.__dlpack__(dl_device=(2, 0)),\n" +
            "             lambda: ro_e.__dlpack__(), lambda: memoryview(ro_e).cast('B').__setitem__(0, 1)):\n" +
            "    try:\n" +
            "        call()\n" +
            "    except Exception as error:\n" +
            "        del error\n" +
            "    else:\n" +
            "        raise AssertionError('no error')\n" +
            "del call"),
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public void Reference_counts_are_unchanged_by(string operation)
    {
        Action<Subjects> run = OperationTable[operation];
        using var subjects = new Subjects();
        run(subjects); // first use may create lasting things (interned names, the exported type, NumPy's table)
        long[] before = subjects.Counts();

        for (int i = 0; i < Rounds; i++)
        {
            run(subjects);
        }

        long[] after = subjects.Counts();
        Assert.Equal(subjects.Describe(before), subjects.Describe(after));
    }

    private static object? Nest(object? inner, int depth)
    {
        object? value = inner;
        for (int i = 0; i < depth; i++)
        {
            value = new object?[] { value };
        }

        return value;
    }

    /// <summary>The objects the operations touch, in a globals dict under short names.</summary>
    private sealed class Subjects : IDisposable
    {
        private readonly List<IDisposable> _owned = [];

        public Subjects()
        {
            NDArray net = NDArray.Arange<double>(12).Reshape(3, 4);
            Net = Own(net);
            NDArray swapped = Own(NDArray.FromArray(new double[] { 1, 2, 3, 4 }).AsType(DType.Create(ScalarType.Float64, ByteOrder.Big)));
            Swapped = Own(swapped.AsStrided([2], [16]));
            Scope = Own(new PyScope());
            Scope.Exec(
                "class Target:\n" +
                "    x = 1\n" +
                "    def echo(self, a, b=None): return a\n" +
                "class Bad:\n" +
                "    __slots__ = ()\n" +
                "    @property\n" +
                "    def prop(self): raise RuntimeError('getter')\n" +
                "    def __repr__(self): raise RuntimeError('repr')\n" +
                "    def __str__(self): raise RuntimeError('str')\n" +
                "class BufferInterface:\n" +
                "    def __init__(self, data): self.data = data\n" +
                "    @property\n" +
                "    def __array_interface__(self): return {'shape': (4,), 'typestr': '<u1', 'data': self.data, 'version': 3}\n" +
                "class BadInterface:\n" +
                "    __array_interface__ = {'shape': (2,), 'typestr': '<f8', 'data': (0, False), 'strides': (8, 8), 'version': 3}\n" +
                "def raise_(x): raise ValueError(x)\n" +
                "t = Target()\n" +
                "bad = Bad()\n" +
                "d = {'t': t}\n" +
                "lst = [t, 1, 'two']\n" +
                "numbers = [1.0, 2, 3.0]\n" +
                "none_keyed = {'a': t, None: t}\n" +
                "huge = 2 ** 70\n" +
                "echo = t.echo\n" +
                "a = np.arange(6, dtype=np.float64).reshape(2, 3)\n" +
                "ro = np.arange(6, dtype=np.float64); ro.flags.writeable = False\n" +
                "strings = np.array(['a', 'b'])\n" +
                "ba = bytearray(b'abcd')\n" +
                "bi = BufferInterface(ba)\n" +
                "bad_iface = BadInterface()\n");
            Globals = Own(Scope.Eval("globals()"));
            Target = Get("t");
            Bad = Get("bad");
            Dict = Get("d");
            List = Get("lst");
            Numbers = Get("numbers");
            NoneKeyed = Get("none_keyed");
            Huge = Get("huge");
            Echo = Get("echo");
            Raiser = Get("raise_");
            Array = Get("a");
            ReadOnly = Get("ro");
            Strings = Get("strings");
            Bytes = Get("ba");
            BufferInterface = Get("bi");
            BadInterface = Get("bad_iface");
            Exported = Own(PythonArrays.Export(net));
            Scope["e"] = Exported;
            using NDArray readOnlyView = net.AsStrided(net.Shape, net.Strides, 0, writeable: false);
            Scope["ro_e"] = Own(PythonArrays.Export(readOnlyView));
        }

        public PyScope Scope { get; }
        public PyObject Globals { get; }
        public PyObject Target { get; }
        public PyObject Bad { get; }
        public PyObject Dict { get; }
        public PyObject List { get; }
        public PyObject Numbers { get; }
        public PyObject NoneKeyed { get; }
        public PyObject Huge { get; }
        public PyObject Echo { get; }
        public PyObject Raiser { get; }
        public PyObject Array { get; }
        public PyObject ReadOnly { get; }
        public PyObject Strings { get; }
        public PyObject Bytes { get; }
        public PyObject BufferInterface { get; }
        public PyObject BadInterface { get; }
        public PyObject Exported { get; }
        public NDArray Net { get; }
        public NDArray Swapped { get; }

        private PyObject[] Measured => [Target, Bad, Dict, List, Echo, Raiser, Array, ReadOnly, Strings, Bytes, BufferInterface, BadInterface, Exported];

        private static readonly string[] Names = ["t", "bad", "d", "lst", "echo", "raise_", "a", "ro", "strings", "ba", "bi", "bad_iface", "e", "live exported arrays", "unreleased buffers", "undeleted DLPack exports", "buffers handed out"];

        /// <summary>Reference counts of the subjects and the process-wide live counts, after settling garbage.</summary>
        public long[] Counts()
        {
            TestGarbage.Settle(); // both heaps, Python's cycles included, until nothing more is freed
            var counts = new List<long>();
            foreach (PyObject o in Measured)
            {
                counts.Add(o.RefCount);
            }

            counts.Add(ExportedArray.LiveCount);
            counts.Add(PythonBufferOwner.AcquiredCount - PythonBufferOwner.ReleasedCount);
            counts.Add(DLPackExporter.ExportedCount - DLPackExporter.DeletedCount);
            counts.Add(ExportedArrayProtocols.BuffersAcquired - ExportedArrayProtocols.BuffersReleased);
            return [.. counts];
        }

        public string Describe(long[] counts) => string.Join(", ", counts.Select((c, i) => $"{Names[i]}={c}"));

        public void Dispose()
        {
            for (int i = _owned.Count - 1; i >= 0; i--)
            {
                _owned[i].Dispose();
            }

            foreach (PyObject o in Measured)
            {
                o.Dispose();
            }
        }

        private PyObject Get(string name) => Scope.Get(name);

        private T Own<T>(T value) where T : IDisposable
        {
            _owned.Add(value);
            return value;
        }
    }
}
