using ArrayBridge.Interop;

namespace ArrayBridge.Testing.Tests;

/// <summary>Generated arrays seen by NumPy through the bridge, and rebuilt by the recipe's NumPy snippet.</summary>
[Collection(PythonCollection.Name)]
public class BridgeTests
{
    private const string Checks = """
        def _layout(x):
            i = x.__array_interface__
            return (x.shape, x.strides, x.dtype.str, bool(x.flags.c_contiguous), bool(x.flags.f_contiguous), bool(x.flags.aligned), bool(x.flags.writeable))
        def _same_bits(x, y):
            if x.shape != y.shape or x.dtype != y.dtype:
                return False
            if x.size == 0:
                return True
            u = 'u%d' % (x.dtype.itemsize // (2 if x.dtype.kind == 'c' else 1))
            xb = np.ascontiguousarray(x).view(x.dtype.newbyteorder('=')).copy().view(u) if x.dtype.kind != 'b' else x.astype('u1')
            yb = np.ascontiguousarray(y).view(y.dtype.newbyteorder('=')).copy().view(u) if y.dtype.kind != 'b' else y.astype('u1')
            return bool((xb == yb).all())
        """;

    [Fact]
    public void FlagsStridesAndValuesMatchNumPyAndTheSnippetRebuildsTheArray()
    {
        using PyObject globals = Python.Eval("{'np': __import__('numpy')}");
        Python.Exec(Checks, globals);
        int checkedArrays = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(600).WithReplay(Shrunk.Seed(21)), Prop.ForAll(ArrayGen.ArrayArbitrary(), spec =>
        {
            using MaterializedArray m = spec.Materialize();
            using PyObject exported = NumPy.ToNumPy(m.Array);
            globals.SetItem("bridged", exported);
            Python.Exec(spec.ToNumPySnippet("rebuilt"), globals);
            string ours = $"(({string.Join(", ", m.Array.Shape.ToArray())}{(m.Array.NDim == 1 ? "," : "")}), ({string.Join(", ", m.Array.Strides.ToArray())}{(m.Array.NDim == 1 ? "," : "")}), '{m.Array.DType.TypeStr}', {Py(m.Array.IsCContiguous)}, {Py(m.Array.IsFContiguous)}, {Py(m.Array.IsAligned)}, {Py(m.Array.IsWriteable)})";
            using PyObject bridged = Python.Eval("repr(_layout(bridged))", globals);
            using PyObject rebuilt = Python.Eval("repr(_layout(rebuilt))", globals);
            Assert.Equal(ours, bridged.As<string>());
            using PyObject same = Python.Eval("_same_bits(bridged, rebuilt)", globals);
            Assert.True(same.As<bool>(), $"the snippet's array differs from the bridged one:\n{spec.Describe()}");

            // The snippet's own layout: same shape, contiguity, alignment and WRITEABLE flag (its strides may differ only for an unaligned copy).
            using PyObject flags = Python.Eval("_layout(rebuilt)[3:] == _layout(bridged)[3:] and _layout(rebuilt)[:1] == _layout(bridged)[:1]", globals);
            Assert.True(flags.As<bool>(), $"{bridged.As<string>()} vs snippet {rebuilt.As<string>()}\n{spec.Describe()}");
            checkedArrays++;
        }));

        globals.Invoke("clear").Dispose();
        Assert.Equal(600, checkedArrays);
    }

    private static string Py(bool b) => b ? "True" : "False";
}
