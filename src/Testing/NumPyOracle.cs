using System.Text;
using ArrayBridge.Interop;

namespace ArrayBridge.Testing;

/// <summary>
/// NumPy as a differential oracle: runs a C# function and a NumPy expression on the same generated
/// arrays (handed to NumPy with <see cref="NumPy.ToNumPy"/>, over the same memory, no copy) and
/// compares the results' shapes, dtypes and values under a <see cref="Tolerance"/>. A failure
/// prints each input twice: as a runnable NumPy snippet and as the C# recipe.
/// </summary>
/// <remarks>
/// Starts the embedded CPython on first use (<see cref="Python.Initialize"/>). The inputs are
/// named <c>a</c>, <c>b</c>, <c>c</c>, ... in the expression, with <c>np</c> for NumPy:
/// <code language="csharp">
/// Check.QuickThrowOnFailure(Prop.ForAll(ArrayGen.ArrayArbitrary(new ArrayOptions { DTypes = DTypeFamily.Floating }), spec =>
///     NumPyOracle.AssertMatches(spec, a => a.Copy(), "a.copy()", Tolerance.Exact)));
/// </code>
/// The function must not write to its inputs: NumPy reads the same memory. Everything the function
/// allocates is disposed after the comparison (it runs inside an <see cref="NDArray.Scope"/>).
/// </remarks>
public static class NumPyOracle
{
    // NumPy's floating-point warnings would go to stderr on every case; the values are what is compared.
    private const string EvaluatorSource = """
        def _arraybridge_testing_evaluate(expression, names):
            import numpy
            with numpy.errstate(all='ignore'):
                return numpy.asarray(eval(expression, names))
        """;

    private static readonly Lazy<PyObject> Evaluator = new(() =>
    {
        using PyObject names = Python.Eval("{}");
        Python.Exec(EvaluatorSource, names);
        return names["_arraybridge_testing_evaluate"].Keep(); // cached past any Python.Scope()
    });

    /// <summary>Fails unless <paramref name="function"/> of the array agrees with <paramref name="numpyExpression"/> of <c>a</c>.</summary>
    /// <param name="spec">The input.</param>
    /// <param name="function">The C# code under test.</param>
    /// <param name="numpyExpression">A Python expression over <c>a</c> and <c>np</c>.</param>
    /// <param name="tolerance">How values must agree; <see cref="Tolerance.Exact"/> by default.</param>
    /// <param name="checkDType">Whether the dtypes must be equal (byte order aside).</param>
    /// <exception cref="ArrayAssertionException">They disagree; the message has the recipes.</exception>
    public static void AssertMatches(ArraySpec spec, Func<NDArray, NDArray> function, string numpyExpression, Tolerance? tolerance = null, bool checkDType = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(function);
        AssertMatches([spec], arrays => function(arrays[0]), numpyExpression, tolerance, checkDType);
    }

    /// <summary>Fails unless <paramref name="function"/> of the arrays agrees with <paramref name="numpyExpression"/> of <c>a</c>, <c>b</c>, ...</summary>
    /// <inheritdoc cref="AssertMatches(ArraySpec, Func{NDArray, NDArray}, string, Tolerance?, bool)"/>
    public static void AssertMatches(IReadOnlyList<ArraySpec> specs, Func<NDArray[], NDArray> function, string numpyExpression, Tolerance? tolerance = null, bool checkDType = true)
    {
        if (Compare(specs, function, numpyExpression, tolerance, checkDType) is { } problem)
        {
            ThrowHelper.ThrowAssertion(problem);
        }
    }

    /// <summary>The disagreement between <paramref name="function"/> and <paramref name="numpyExpression"/> of <c>a</c>, or null.</summary>
    /// <inheritdoc cref="Compare(IReadOnlyList{ArraySpec}, Func{NDArray[], NDArray}, string, Tolerance?, bool)"/>
    public static string? Compare(ArraySpec spec, Func<NDArray, NDArray> function, string numpyExpression, Tolerance? tolerance = null, bool checkDType = true)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(function);
        return Compare([spec], arrays => function(arrays[0]), numpyExpression, tolerance, checkDType);
    }

    /// <summary>
    /// The disagreement between <paramref name="function"/> and <paramref name="numpyExpression"/>
    /// on the arrays of <paramref name="specs"/> (with both recipes of every input), or null.
    /// Both raising counts as agreement; one raising is a disagreement.
    /// </summary>
    /// <exception cref="ArgumentException">No input, more than 26, or an empty expression.</exception>
    public static string? Compare(IReadOnlyList<ArraySpec> specs, Func<NDArray[], NDArray> function, string numpyExpression, Tolerance? tolerance = null, bool checkDType = true)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(function);
        ArgumentException.ThrowIfNullOrWhiteSpace(numpyExpression);
        if (specs.Count is 0 or > 26)
        {
            ThrowHelper.ThrowArgument($"{specs.Count} inputs; the oracle names between 1 and 26 (a to z)", nameof(specs));
        }

        Python.Initialize();
        using NDArrayScope scope = NDArray.Scope();
        var materialized = new List<MaterializedArray>(specs.Count);
        try
        {
            foreach (ArraySpec spec in specs)
            {
                materialized.Add(spec.Materialize());
            }

            NDArray[] inputs = materialized.Select(m => m.Array).ToArray();
            string? problem = CompareCore(inputs, function, numpyExpression, tolerance ?? Tolerance.Exact, checkDType);
            if (problem is null)
            {
                foreach (MaterializedArray m in materialized)
                {
                    try
                    {
                        m.AssertNoWritesOutside();
                    }
                    catch (ArrayAssertionException e)
                    {
                        problem = "the C# function or NumPy wrote outside an input: " + e.Message.Split('\n')[0];
                        break;
                    }
                }
            }

            return problem is null ? null : Report(numpyExpression, problem, specs);
        }
        finally
        {
            foreach (MaterializedArray m in materialized)
            {
                m.Dispose();
            }
        }
    }

    /// <summary>
    /// Evaluates <paramref name="numpyExpression"/> with <c>np</c> and the arrays as <c>a</c>, <c>b</c>,
    /// ... (each handed to NumPy over its own memory) and returns <c>np.asarray</c> of the result as an
    /// NDArray view of NumPy's array. The caller disposes it.
    /// </summary>
    /// <exception cref="PythonException">NumPy raised.</exception>
    /// <exception cref="NotSupportedException">The result's dtype is not numeric.</exception>
    public static NDArray Evaluate(string numpyExpression, params NDArray[] arrays)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(numpyExpression);
        ArgumentNullException.ThrowIfNull(arrays);
        Python.Initialize();
        PyObject evaluate = Evaluator.Value;
        using PyObject globals = Python.Eval("{'np': __import__('numpy')}");
        try
        {
            for (int i = 0; i < arrays.Length; i++)
            {
                using PyObject exported = NumPy.ToNumPy(arrays[i]);
                globals.SetItem(((char)('a' + i)).ToString(), exported);
            }

            using PyObject result = evaluate.Call(numpyExpression, globals);
            return NumPy.FromNumPy(result);
        }
        finally
        {
            globals.Invoke("clear").Dispose();
        }
    }

    private static string? CompareCore(NDArray[] inputs, Func<NDArray[], NDArray> function, string expression, Tolerance tolerance, bool checkDType)
    {
        NDArray? theirs = null;
        Exception? numpyError = null;
        try
        {
            theirs = Evaluate(expression, inputs);
        }
        catch (Exception e) when (e is PythonException or NotSupportedException)
        {
            numpyError = e;
        }

        try
        {
            NDArray ours;
            try
            {
                ours = function(inputs);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return numpyError is not null ? null : $"C# threw {e.GetType().Name}: {e.Message}; NumPy returned {Describe(theirs!)}";
            }

            if (numpyError is not null)
            {
                return $"NumPy raised {numpyError.Message.Split('\n')[0]}; C# returned {Describe(ours)}";
            }

            if (ours is null)
            {
                return $"C# returned null; NumPy returned {Describe(theirs!)}";
            }

            if (!ours.Shape.SequenceEqual(theirs!.Shape))
            {
                return $"shape {ArraySpec.FormatShape(ours.Shape)}, NumPy {ArraySpec.FormatShape(theirs.Shape)}";
            }

            if (checkDType && ours.DType.AsNative() != theirs.DType.AsNative())
            {
                return $"dtype {ours.DType.AsNative()}, NumPy {theirs.DType.AsNative()}";
            }

            string? values = ArrayAssert.Compare(ours, theirs, tolerance);
            return values is null ? null : "values differ (x: C#, y: NumPy):" + values.Replace("\n", "\n    ", StringComparison.Ordinal);
        }
        finally
        {
            theirs?.Dispose();
        }
    }

    private static string Describe(NDArray a) => $"{a.DType} {ArraySpec.FormatShape(a.Shape)}";

    private static string Report(string expression, string problem, IReadOnlyList<ArraySpec> specs)
    {
        var sb = new StringBuilder();
        sb.Append("C# disagrees with NumPy's `").Append(expression).Append("`: ").Append(problem);
        for (int i = 0; i < specs.Count; i++)
        {
            string name = ((char)('a' + i)).ToString();
            sb.Append("\nInput ").Append(name).Append(":\n  ").Append(specs[i].Describe(name).Replace("\n", "\n  ", StringComparison.Ordinal));
        }

        return sb.ToString();
    }
}
