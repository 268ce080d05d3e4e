using System.Reflection;
using System.Runtime.ExceptionServices;

namespace ArrayBridge.Tests;

/// <summary>
/// Every public ufunc method of <see cref="NDArray"/> (a public static method whose first parameter
/// is an <see cref="Operand"/> and which takes NumPy's <c>casting</c> keyword), found by reflection, with NumPy's name for it and how exactly its
/// results must match NumPy's. A method missing from <see cref="NumPyNames"/> fails
/// <c>Every_public_ufunc_method_has_a_numpy_name</c>, so a new ufunc cannot escape the oracle tests.
/// </summary>
internal static class UfuncCatalog
{
    /// <summary>C# method name to NumPy ufunc name (<c>numpy.core.umath</c> attribute).</summary>
    public static readonly IReadOnlyDictionary<string, string> NumPyNames = new Dictionary<string, string>
    {
        ["Add"] = "add", ["Subtract"] = "subtract", ["Multiply"] = "multiply", ["Divide"] = "true_divide",
        ["FloorDivide"] = "floor_divide", ["Remainder"] = "remainder", ["Fmod"] = "fmod", ["Power"] = "power",
        ["Negative"] = "negative", ["Positive"] = "positive", ["Absolute"] = "absolute", ["Sign"] = "sign",
        ["Square"] = "square", ["Reciprocal"] = "reciprocal", ["Conjugate"] = "conjugate",
        ["Hypot"] = "hypot", ["Arctan2"] = "arctan2", ["Copysign"] = "copysign", ["LogAddExp"] = "logaddexp",
        ["Sqrt"] = "sqrt", ["Cbrt"] = "cbrt", ["Exp"] = "exp", ["Exp2"] = "exp2", ["Expm1"] = "expm1",
        ["Log"] = "log", ["Log2"] = "log2", ["Log10"] = "log10", ["Log1p"] = "log1p",
        ["Sin"] = "sin", ["Cos"] = "cos", ["Tan"] = "tan", ["Arcsin"] = "arcsin", ["Arccos"] = "arccos", ["Arctan"] = "arctan",
        ["Sinh"] = "sinh", ["Cosh"] = "cosh", ["Tanh"] = "tanh", ["Arcsinh"] = "arcsinh", ["Arccosh"] = "arccosh", ["Arctanh"] = "arctanh",
        ["Floor"] = "floor", ["Ceil"] = "ceil", ["Trunc"] = "trunc", ["Rint"] = "rint",
        ["Deg2Rad"] = "deg2rad", ["Rad2Deg"] = "rad2deg",
        ["IsNaN"] = "isnan", ["IsInf"] = "isinf", ["IsFinite"] = "isfinite", ["Signbit"] = "signbit",
        ["Equal"] = "equal", ["NotEqual"] = "not_equal", ["Less"] = "less", ["LessEqual"] = "less_equal",
        ["Greater"] = "greater", ["GreaterEqual"] = "greater_equal",
        ["Maximum"] = "maximum", ["Minimum"] = "minimum", ["Fmax"] = "fmax", ["Fmin"] = "fmin", ["Clip"] = "clip",
        ["LogicalAnd"] = "logical_and", ["LogicalOr"] = "logical_or", ["LogicalXor"] = "logical_xor", ["LogicalNot"] = "logical_not",
        ["BitwiseAnd"] = "bitwise_and", ["BitwiseOr"] = "bitwise_or", ["BitwiseXor"] = "bitwise_xor", ["Invert"] = "invert",
        ["LeftShift"] = "left_shift", ["RightShift"] = "right_shift",
    };

    /// <summary>
    /// Functions NumPy computes with libm-style approximations (SVML, its own polynomials), whose
    /// float results may differ from a correct implementation's by a few units in the last place.
    /// Everything else is exact arithmetic, comparisons or bit operations and must match bit for bit.
    /// </summary>
    public static readonly IReadOnlySet<string> Transcendental = new HashSet<string>
    {
        "power", "hypot", "arctan2", "logaddexp", "cbrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p",
        "sin", "cos", "tan", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "arcsinh", "arccosh", "arctanh",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, MethodInfo>> Methods = new(Discover);

    /// <summary>The public ufunc methods by C# name.</summary>
    public static IReadOnlyDictionary<string, MethodInfo> All => Methods.Value;

    /// <summary>The ufunc method names as theory rows.</summary>
    public static TheoryData<string> Rows()
    {
        var rows = new TheoryData<string>();
        foreach (string name in All.Keys.Order(StringComparer.Ordinal))
        {
            rows.Add(name);
        }

        return rows;
    }

    /// <summary>The number of inputs (Operand parameters) of <paramref name="method"/>.</summary>
    public static int NIn(string method) => All[method].GetParameters().Count(p => p.ParameterType == typeof(Operand));

    /// <summary>NumPy's name of <paramref name="method"/>.</summary>
    public static string NumPyName(string method) => NumPyNames.TryGetValue(method, out string? n)
        ? n
        : throw new InvalidOperationException($"NDArray.{method} has no NumPy name in {nameof(UfuncCatalog)}.{nameof(NumPyNames)}");

    /// <summary>Calls NDArray.<paramref name="method"/> with NumPy's keywords; its own exceptions come out unwrapped.</summary>
    public static NDArray Call(string method, ReadOnlySpan<Operand> inputs, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K)
    {
        MethodInfo m = All[method];
        var args = new object?[inputs.Length + 5];
        for (int i = 0; i < inputs.Length; i++)
        {
            args[i] = inputs[i];
        }

        args[inputs.Length] = @out;
        args[inputs.Length + 1] = where;
        args[inputs.Length + 2] = dtype;
        args[inputs.Length + 3] = casting;
        args[inputs.Length + 4] = order;
        try
        {
            return (NDArray)m.Invoke(null, args)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }

    private static IReadOnlyDictionary<string, MethodInfo> Discover()
    {
        var found = new Dictionary<string, MethodInfo>();
        foreach (MethodInfo m in typeof(NDArray).GetMethods(BindingFlags.Public | BindingFlags.Static))
        {
            // A ufunc takes Operands and NumPy's ufunc keywords; functions over Operands without them
            // (np.where, which is not a ufunc) are not in the table.
            ParameterInfo[] p = m.GetParameters();
            if (p.Length == 0 || p[0].ParameterType != typeof(Operand) || !p.Any(x => x.Name == "casting" && x.ParameterType == typeof(Casting)))
            {
                continue;
            }

            if (!found.TryAdd(m.Name, m))
            {
                throw new InvalidOperationException($"NDArray.{m.Name} has overloads; the oracle tests expect one method per ufunc");
            }
        }

        return found;
    }
}
