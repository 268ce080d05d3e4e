using ArrayBridge.Interop;
using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Tests;

/// <summary>
/// .npy against the embedded NumPy in both directions: for random layouts (views, negative strides,
/// byte-swapped dtypes) NDArray.Save must write exactly what np.save writes for NumPy's own view
/// with the same layout, and NDArray.Load must read np.save's bytes back to equal values.
/// </summary>
[Collection(PythonCollection.Name)]
public class NpyLiveTests
{
    static NpyLiveTests()
    {
        Python.Initialize();
        Python.Exec(BridgeLayouts.ApplySource);
    }

    [Fact]
    public void Save_writes_np_saves_bytes_and_Load_reads_them_for_random_layouts()
    {
        using PyObject apply = Python.Eval("_arraybridge_apply");
        Check.One(FixedSeed.Quick(300), Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
        {
            using var layouts = new BridgeLayouts(seed);
            using PyObject numpyBase = NumPy.ToNumPy(layouts.Base);
            using PyObject view = apply.Call(numpyBase, layouts.OpsForPython());
            using var scope = new PyScope(("a", view));
            scope.Exec("import io\n_b = io.BytesIO()\nnp.save(_b, a)\n_h = _b.getvalue().hex()");
            byte[] theirs = Convert.FromHexString(scope.Eval<string>("_h"));

            var ours = new MemoryStream();
            NDArray.Save(ours, layouts.Array);
            Assert.True(theirs.AsSpan().SequenceEqual(ours.ToArray()), layouts.ToString());

            using NDArray loaded = NDArray.Load(new MemoryStream(theirs));
            using PyObject back = NumPy.ToNumPy(loaded);
            scope["l"] = back;
            Assert.True(scope.Eval<bool>("l.dtype == a.dtype and l.shape == a.shape and np.array_equal(l, a, equal_nan=a.dtype.kind in 'fc')"), layouts.ToString());
        }));
    }
}
