namespace ArrayBridge.Tests;

/// <summary>
/// <c>dynamic</c> access through <see cref="PyObject.AsDynamic"/>: code written as Python reads
/// gives what the typed API gives, named arguments become keywords, every C# operator is Python's,
/// conversions read values, and errors are <see cref="PythonException"/> with Python's message.
/// </summary>
[Collection(PythonCollection.Name)]
public class PyDynamicTests
{
    static PyDynamicTests() => Python.Initialize();

    [Fact]
    public void A_numpy_expression_written_dynamically_equals_the_typed_api()
    {
        using PyObjectScope scope = Python.Scope();
        PyObject np = Python.Import("numpy");
        dynamic dnp = np.AsDynamic();

        dynamic a = dnp.arange(12.0).reshape(3, 4);
        dynamic b = dnp.linspace(-1.0, 1.0, 4);
        dynamic r = dnp.linalg.norm((a - b) * 2 + 1, axis: 1);
        double[] dynamicResult = ((PyObject)r).As<double[]>();

        PyObject ta = np.Invoke("arange", 12.0).Invoke("reshape", 3, 4);
        PyObject tb = np.Invoke("linspace", -1.0, 1.0, 4);
        PyObject expression = (ta - tb) * 2L + 1L;
        PyObject tr = np.GetAttr("linalg").Invoke("norm", [expression], Kw.Of("axis", 1));
        Assert.Equal(tr.As<double[]>(), dynamicResult);
        Assert.Equal(3, dynamicResult.Length);
    }

    [Fact]
    public void A_scikit_learn_model_built_dynamically_predicts_as_the_typed_one()
    {
        using PyObjectScope scope = Python.Scope();
        dynamic np = Python.Import("numpy").AsDynamic();
        dynamic ensemble = Python.Import("sklearn.ensemble").AsDynamic();
        dynamic rng = np.random.default_rng(7);
        dynamic X = rng.normal(size: new[] { 60L, 3L });
        dynamic y = (X.sum(axis: 1) > 0).astype("int64");

        dynamic model = ensemble.RandomForestClassifier(n_estimators: 8, max_depth: 3, random_state: 0);
        model.fit(X, y);
        Assert.Equal(8L, (long)model.n_estimators);
        Assert.Equal(3L, (long)model.max_depth);
        double[] dynamicProba = ((PyObject)model.predict_proba(X)[Python.Eval("slice(None)"), 1]).As<double[]>();

        PyObject typedEnsemble = Python.Import("sklearn.ensemble");
        PyObject typed = typedEnsemble.GetAttr("RandomForestClassifier").Call([], Kw.Of("n_estimators", 8), ("max_depth", 3), Kw.Of("random_state", 0));
        typed.Invoke("fit", (PyObject)X, (PyObject)y);
        PyObject proba = typed.Invoke("predict_proba", (PyObject)X);
        double[] typedProba = proba.GetItem((Python.Eval("slice(None)"), 1)).As<double[]>();
        Assert.Equal(typedProba, dynamicProba);
    }

    [Fact]
    public void Named_arguments_become_keywords_after_the_positional_ones()
    {
        using PyObjectScope scope = Python.Scope();
        dynamic f = Python.Eval("lambda *a, **k: repr((a, sorted(k.items())))").AsDynamic();
        Assert.Equal("((1, 'two'), [('x', 3.5), ('y', None)])", (string)f(1, "two", y: null, x: 3.5));
        Assert.Equal("((), [('only', True)])", (string)f(only: true));

        dynamic o = Python.Eval("type('T', (), {'m': lambda self, *a, **k: repr((a, sorted(k.items())))})()").AsDynamic();
        Assert.Equal("((1,), [('key', 'v')])", (string)o.m(1, key: "v"));
    }

    [Fact]
    public void Attributes_indexers_and_calls_read_and_write_python_state()
    {
        using PyObjectScope scope = Python.Scope();
        dynamic np = Python.Import("numpy").AsDynamic();
        dynamic a = np.zeros(new[] { 2L, 3L });
        a[1, 2] = 7.5;
        a[0] = 1.0;
        Assert.Equal(7.5, (double)a[1, 2]);
        Assert.Equal(1.0, (double)a[0, 0]);
        Assert.Equal("(2, 3)", a.shape.__repr__().ToString());

        dynamic ns = Python.Eval("type('NS', (), {})()").AsDynamic();
        ns.value = 41;
        ns.value += 1;
        Assert.Equal(42L, (long)ns.value);
    }

    public static TheoryData<string, string> BinaryOperators => new()
    {
        { "+", "add" }, { "-", "sub" }, { "*", "mul" }, { "/", "truediv" }, { "%", "mod" },
        { "&", "and_" }, { "|", "or_" }, { "^", "xor" }, { "<<", "lshift" }, { ">>", "rshift" },
        { "<", "lt" }, { "<=", "le" }, { ">", "gt" }, { ">=", "ge" }, { "==", "eq" }, { "!=", "ne" },
    };

    /// <summary>Every C# binary operator on dynamic Python ints is Python's operator: floor-rounded %, true /, big ints, comparisons.</summary>
    [Theory]
    [MemberData(nameof(BinaryOperators))]
    public void Every_binary_operator_is_pythons(string symbol, string name)
    {
        using PyObjectScope scope = Python.Scope();
        PyObject op = Python.Import("operator").GetAttr(name);
        long[] values = [-7, -1, 2, 3, 5, 1L << 40];
        foreach (long x in values)
        {
            foreach (long y in values)
            {
                if (name is "lshift" && y > 64 || name is "lshift" or "rshift" && y < 0)
                {
                    continue;
                }

                dynamic dx = PyObject.From(x).AsDynamic();
                dynamic dy = PyObject.From(y).AsDynamic();
                PyObject expected = op.Call(x, y);
                PyObject actual = (PyObject)(symbol switch
                {
                    "+" => dx + dy, "-" => dx - dy, "*" => dx * dy, "/" => dx / dy, "%" => dx % dy,
                    "&" => dx & dy, "|" => dx | dy, "^" => dx ^ dy, "<<" => dx << dy, ">>" => dx >> dy,
                    "<" => dx < dy, "<=" => dx <= dy, ">" => dx > dy, ">=" => dx >= dy, "==" => dx == dy,
                    _ => dx != dy,
                });
                Assert.Equal(expected.Repr(), actual.Repr());
                Assert.Equal(expected.TypeName, actual.TypeName);
            }
        }
    }

    [Fact]
    public void Unary_operators_truth_and_the_methods_for_at_floor_and_power_are_pythons()
    {
        using PyObjectScope scope = Python.Scope();
        dynamic seven = PyObject.From(-7L).AsDynamic();
        Assert.Equal(7L, (long)(-seven));
        Assert.Equal(-7L, (long)(+seven));
        Assert.Equal(6L, (long)(~seven));
        Assert.Equal(-4L, (long)seven.FloorDiv(2));
        Assert.Equal(49L, (long)seven.Pow(2));
        Assert.True(seven ? true : false);
        dynamic zero = PyObject.From(0).AsDynamic();
        Assert.True(!zero);

        dynamic np = Python.Import("numpy").AsDynamic();
        dynamic m = np.arange(4.0).reshape(2, 2);
        Assert.Equal("[[ 2.  3.]\n [ 6. 11.]]", m.MatMul(m).ToString());
        Assert.Equal(6.0, (double)(2 * m).sum() / 2);
        Assert.Equal(-2.0, (double)(1 - m)[1, 1]);
    }

    [Fact]
    public void Compound_assignment_updates_a_numpy_array_in_place_as_in_python()
    {
        using PyObjectScope scope = Python.Scope();
        PyObject array = Python.Eval("__import__('numpy').ones(3)");
        dynamic d = array.AsDynamic();
        d += 1;
        d *= 3;
        Assert.Equal(new[] { 6.0, 6.0, 6.0 }, array.As<double[]>());
        Assert.Equal(array.Handle, ((PyObject)d).Handle);   // the same ndarray, not a new one
    }

    [Fact]
    public void Conversions_read_numbers_strings_bools_and_view_arrays()
    {
        using PyObjectScope scope = Python.Scope();
        dynamic np = Python.Import("numpy").AsDynamic();
        dynamic a = np.arange(6.0).reshape(2, 3);
        double total = a.sum();
        long count = a.size;
        int ndim = a.ndim;
        string dtype = a.dtype.name;
        bool any = a.any();
        Assert.Equal((15.0, 6L, 2, "float64", true), (total, count, ndim, dtype, any));

        using NDArray view = a;
        Assert.Equal(new nint[] { 2, 3 }, view.Shape.ToArray());
        a[0, 0] = 100.0;                      // a view: NumPy's write shows in .NET
        Assert.Equal(100.0, view.As<double>().At(0, 0));
        using NDArray<double> typed = (NDArray<double>)a;
        Assert.Equal(5.0, typed.At(1, 2));

        using NDArray fromList = Python.Eval("[1, 2, 3]").AsDynamic();
        Assert.Equal(3, fromList.Size);
    }

    [Fact]
    public void A_missing_attribute_is_a_PythonException_with_pythons_message()
    {
        using PyObjectScope scope = Python.Scope();
        dynamic np = Python.Import("numpy").AsDynamic();
        string expected = ExpectedMessage("import numpy; numpy.no_such_function");
        var e = Assert.Throws<PythonException>(() => (object)np.no_such_function);
        Assert.Equal("AttributeError", e.PythonTypeName);
        Assert.Equal(expected, e.PythonMessage);

        var call = Assert.Throws<PythonException>(() => (object)np.zeros(3).reshape(7));
        Assert.Equal("ValueError", call.PythonTypeName);
        Assert.Equal(ExpectedMessage("import numpy; numpy.zeros(3).reshape(7)"), call.PythonMessage);
    }

    [Fact]
    public void A_disposed_object_cannot_become_dynamic()
    {
        PyObject o = PyObject.From(1);
        o.Dispose();
        Assert.Throws<ObjectDisposedException>(() => o.AsDynamic());
    }

    /// <summary>The message Python itself gives for the exception that <paramref name="code"/> raises.</summary>
    private static string ExpectedMessage(string code)
    {
        using PyObject globals = Python.Eval("{}");
        globals.SetItem("code", code);
        Python.Exec("try:\n    exec(code)\n    message = None\nexcept Exception as e:\n    message = str(e)", globals);
        using PyObject message = globals["message"];
        return message.As<string>();
    }
}
