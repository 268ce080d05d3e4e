namespace ArrayBridge.Tests;

/// <summary>
/// Random arrays for property tests: a random dtype, base shape and order, then a random chain of
/// views (slices with steps, negative strides, new axes, transposes, reshapes, broadcasts).
/// Everything is derived from one seed, which FsCheck prints when a property fails.
/// </summary>
internal sealed class RandomLayouts : IDisposable
{
    private static readonly string[] DTypes = ["|b1", "|i1", "|u1", "<i2", "<u2", "<i4", "<u4", "<i8", "<u8", "<f2", "<f4", "<f8", "<c8", "<c16", ">i4", ">f8", ">c16"];
    private readonly List<NDArray> _arrays = [];

    public RandomLayouts(int seed, int maxOps = 4)
    {
        var rng = new Random(seed);
        Seed = seed;
        DType dtype = DType.Parse(DTypes[rng.Next(DTypes.Length)]);
        int nd = rng.Next(0, 5);
        var shape = new nint[nd];
        for (int i = 0; i < nd; i++)
        {
            shape[i] = rng.Next(10) == 0 ? rng.Next(0, 2) : rng.Next(1, 6);
        }

        Base = NDArray.Zeros(dtype, shape, rng.Next(2) == 0 ? ArrayOrder.C : ArrayOrder.F);
        _arrays.Add(Base);
        FillDistinct(Base);
        Array = Base;
        for (int k = rng.Next(0, maxOps + 1); k > 0; k--)
        {
            string op;
            NDArray next;
            try
            {
                (op, next) = RandomOp(rng, Array);
            }
            catch (ArgumentException)
            {
                continue; // a reshape or broadcast that does not fit; try another op
            }

            Ops.Add(op);
            _arrays.Add(next);
            Array = next;
        }
    }

    public int Seed { get; }

    public NDArray Base { get; }

    public NDArray Array { get; }

    public List<string> Ops { get; } = [];

    public override string ToString() => $"seed {Seed}: {Base.DType.TypeStr} {Layout.Format(Base.Shape)} then {string.Join(" | ", Ops)}";

    public void Dispose()
    {
        for (int i = _arrays.Count - 1; i >= 0; i--)
        {
            _arrays[i].Dispose();
        }
    }

    /// <summary>Fills an array with its element index (mod what the dtype holds) through a cast.</summary>
    public static void FillDistinct(NDArray a)
    {
        using var index = NDArray.Arange<long>(a.Size);
        Span<long> s = index.AsSpan<long>();
        long mod = a.DType.Kind == 'b' ? 2 : a.ItemSize == 1 ? 100 : 2000;
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = (s[i] * 7 + 3) % mod;
        }

        using NDArray shaped = index.Reshape(a.Shape);
        shaped.CopyTo(a, Casting.Unsafe);
    }

    private static (string, NDArray) RandomOp(Random rng, NDArray a)
    {
        switch (rng.Next(6))
        {
            case 0:
            case 1:
            {
                var items = new List<string>();
                for (int i = 0; i < a.NDim; i++)
                {
                    nint n = a.Shape[i];
                    items.Add(rng.Next(8) switch
                    {
                        0 when n > 0 => rng.Next((int)-n, (int)n).ToString(),
                        1 => "None, :",
                        2 => "::-1",
                        3 => $"{rng.Next(-3, 4)}:{rng.Next(-3, 6)}:{(rng.Next(2) == 0 ? 1 : -1) * rng.Next(1, 4)}",
                        _ => ":",
                    });
                }

                string index = string.Join(", ", items);
                return ($"[{index}]", a[index]);
            }

            case 2:
            {
                int[] axes = Enumerable.Range(0, a.NDim).OrderBy(_ => rng.Next()).ToArray();
                return ($"transpose({string.Join(",", axes)})", a.Transpose(axes));
            }

            case 3:
            {
                nint[] shape = RandomShapes.OfSize(rng, a.Size, maxDims: 3, allowUnknown: false);
                ArrayOrder order = rng.Next(3) == 0 ? ArrayOrder.F : ArrayOrder.C;
                return ($"reshape({string.Join(",", shape)}, {order})", a.Reshape(shape, order));
            }

            case 4:
            {
                var shape = a.Shape.ToArray().Select(n => n == 1 ? (nint)rng.Next(1, 4) : n).ToList();
                if (rng.Next(2) == 0)
                {
                    shape.Insert(0, rng.Next(1, 3));
                }

                return ($"broadcast_to({string.Join(",", shape)})", a.BroadcastTo([.. shape]));
            }

            default:
                return ("squeeze", a.Squeeze());
        }
    }
}
