using ArrayBridge.Interop;

namespace ArrayBridge.Tests;

/// <summary>
/// A random layout built twice from one seed: with ArrayBridge's own operations in C#, and with
/// NumPy's operations on the NumPy array that <see cref="NumPy.ToNumPy"/> made of the same base.
/// Every dtype, both byte orders, C and F bases, stepped and negative slices, new axes,
/// transposes, reshapes (which may copy) and broadcasts.
/// </summary>
internal sealed class BridgeLayouts : IDisposable
{
    private static readonly string[] DTypes = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16",
        ">i2", ">u2", ">i4", ">u4", ">i8", ">u8", ">f2", ">f4", ">f8", ">c8", ">c16"];

    /// <summary>Python that replays an op list on a NumPy array; defined once per process.</summary>
    public const string ApplySource = """
        import numpy as _np
        def _arraybridge_apply(a, ops):
            for op in ops:
                kind = op[0]
                if kind == "index":
                    a = eval("a[" + op[1] + "]", {"a": a}) if op[1] else a[...]
                elif kind == "transpose":
                    a = a.transpose(op[1])
                elif kind == "reshape":
                    a = a.reshape(op[1], order=op[2])
                elif kind == "broadcast":
                    a = _np.broadcast_to(a, op[1])
                elif kind == "swapaxes":
                    a = a.swapaxes(op[1], op[2])
                elif kind == "squeeze":
                    a = a.squeeze()
            return a
        """;

    private readonly List<NDArray> _arrays = [];

    public BridgeLayouts(int seed)
    {
        var rng = new Random(seed);
        Seed = seed;
        DType dtype = DType.Parse(DTypes[rng.Next(DTypes.Length)]);
        int nd = rng.Next(0, 7);
        var shape = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = rng.Next(12) == 0 ? rng.Next(0, 2) : rng.Next(1, 5);
        }

        while (shape.Aggregate((nint)1, (p, n) => p * n) > 2000)
        {
            shape[rng.Next(nd)] = 1;
        }

        Base = NDArray.Zeros(dtype, shape, rng.Next(2) == 0 ? ArrayOrder.C : ArrayOrder.F);
        _arrays.Add(Base);
        Fill(Base, rng);
        Array = Base;
        for (int k = rng.Next(0, 5); k > 0; k--)
        {
            object[]? op = RandomOp(rng, Array);
            if (op is null)
            {
                continue;
            }

            NDArray next;
            try
            {
                next = Apply(Array, op);
            }
            catch (ArgumentException)
            {
                continue;
            }

            Ops.Add(op);
            _arrays.Add(next);
            Array = next;
        }
    }

    public int Seed { get; }

    public NDArray Base { get; }

    public NDArray Array { get; }

    public List<object[]> Ops { get; } = [];

    public override string ToString() =>
        $"seed {Seed}: {Base.DType.TypeStr} {Layout.Format(Base.Shape)} {(Base.IsCContiguous ? "C" : "F")} then " +
        string.Join(" | ", Ops.Select(o => string.Join(" ", o.Select(x => x is int[] a ? "(" + string.Join(",", a) + ")" : x is nint[] b ? "(" + string.Join(",", b) + ")" : x.ToString()))));

    /// <summary>The op list as Python values: tuples of strings, ints and int tuples.</summary>
    public object?[] OpsForPython() => Ops.Select(o => (object?)o.Select(x => x is nint[] a ? a.Select(v => (long)v).ToArray() : x).ToArray()).ToArray();

    public void Dispose()
    {
        for (int i = _arrays.Count - 1; i >= 0; i--)
        {
            _arrays[i].Dispose();
        }
    }

    private static void Fill(NDArray a, Random rng)
    {
        using var values = NDArray.Empty<double>(a.Size);
        Span<double> s = values.AsSpan<double>();
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = a.DType.Kind switch
            {
                'b' => rng.Next(2),
                'u' => rng.Next(0, 100),
                'i' => rng.Next(-100, 100),
                _ => Math.Round(rng.NextDouble() * 200 - 100, 2),
            };
        }

        using NDArray shaped = values.Reshape(a.Shape);
        shaped.CopyTo(a, Casting.Unsafe);
    }

    private static NDArray Apply(NDArray a, object[] op) => (string)op[0] switch
    {
        "index" => a[(string)op[1]],
        "transpose" => a.Transpose((int[])op[1]),
        "reshape" => a.Reshape((nint[])op[1], (string)op[2] == "F" ? ArrayOrder.F : (string)op[2] == "A" ? ArrayOrder.A : ArrayOrder.C),
        "broadcast" => a.BroadcastTo((nint[])op[1]),
        "swapaxes" => a.SwapAxes((int)op[1], (int)op[2]),
        _ => a.Squeeze(),
    };

    private static object[]? RandomOp(Random rng, NDArray a)
    {
        switch (rng.Next(7))
        {
            case 0:
            case 1:
            {
                var items = new List<string>();
                for (int axis = 0; axis < a.NDim && rng.Next(6) > 0;)
                {
                    nint n = a.Shape[axis];
                    int kind = rng.Next(7);
                    if (kind == 1)
                    {
                        items.Add("None"); // a new axis consumes no axis of the array
                        continue;
                    }

                    items.Add(kind switch
                    {
                        0 when n > 0 => rng.Next((int)-n, (int)n).ToString(),
                        2 => "::-1",
                        3 => $"{rng.Next(-3, 4)}:{rng.Next(-3, 6)}:{(rng.Next(2) == 0 ? 1 : -1) * rng.Next(1, 4)}",
                        _ => ":",
                    });
                    axis++;
                }

                items.Add("...");
                return ["index", string.Join(", ", items)];
            }

            case 2:
                return ["transpose", Enumerable.Range(0, a.NDim).OrderBy(_ => rng.Next()).ToArray()];
            case 3:
            case 4:
            {
                nint[] dims = RandomShapes.OfSize(rng, a.Size, maxDims: 4, allowUnknown: true);
                return ["reshape", dims, rng.Next(3) switch { 0 => "F", 1 => "A", _ => "C" }];
            }

            case 5:
            {
                var target = a.Shape.ToArray().Select(n => n == 1 ? (nint)rng.Next(1, 3) : n).ToList();
                if (rng.Next(2) == 0)
                {
                    target.Insert(0, rng.Next(1, 3));
                }

                return ["broadcast", target.ToArray()];
            }

            default:
                return a.NDim >= 2 ? ["swapaxes", rng.Next(a.NDim), rng.Next(a.NDim)] : ["squeeze"];
        }
    }
}
