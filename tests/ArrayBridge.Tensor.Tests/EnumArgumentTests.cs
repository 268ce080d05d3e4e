using System.Reflection;

namespace ArrayBridge.Tests;

/// <summary>
/// Every public method of ArrayBridge.Tensor that takes an enum refuses a value the enum does not
/// define with <see cref="ArgumentOutOfRangeException"/> naming the parameter. Reflection finds the
/// methods, so a new method with an enum parameter fails <see cref="Every_enum_parameter_of_the_public_api_is_covered"/>
/// until a call is added below (spans cannot be passed through reflection, hence the explicit calls).
/// </summary>
public class EnumArgumentTests
{
    private const ArrayOrder BadOrder = (ArrayOrder)42;
    private const Casting BadCasting = (Casting)42;
    private const ByteOrder BadByteOrder = (ByteOrder)'x';
    private const ScalarType BadType = (ScalarType)9;
    private const ArrayFlags BadFlags = (ArrayFlags)0x10000;
    private const FloatingPointErrorMode BadMode = (FloatingPointErrorMode)4;
    private const QuantileMethod BadMethod = (QuantileMethod)42;

    private static NDArray<double> Array2D() => NDArray.Arange<double>(6).Reshape(2, 3);

    /// <summary>
    /// One call per (method, enum parameter), keyed as <see cref="KeyOf"/> names them, passing the
    /// undefined value for that parameter and valid values for the others.
    /// </summary>
    private static readonly Dictionary<string, Action> Calls = new()
    {
        ["NDArray.Empty(DType, ReadOnlySpan`1, ArrayOrder)#order"] = () => NDArray.Empty(DType.Float64, [2], BadOrder),
        ["NDArray.Zeros(DType, ReadOnlySpan`1, ArrayOrder)#order"] = () => NDArray.Zeros(DType.Float64, [2], BadOrder),
        ["NDArray.Empty(ReadOnlySpan`1, ArrayOrder)#order"] = () => NDArray.Empty<int>([2], BadOrder),
        ["NDArray.Zeros(ReadOnlySpan`1, ArrayOrder)#order"] = () => NDArray.Zeros<int>([2], BadOrder),
        ["NDArray.CreateShared(String, DType, ReadOnlySpan`1, ArrayOrder)#order"] = () => NDArray.CreateShared("ab_enum_" + Guid.NewGuid().ToString("N"), DType.Float64, [2], BadOrder),
        ["NDArray.Load(String, MmapMode)#mmapMode"] = () => NDArray.Load("ab_enum_missing.npy", (MmapMode)42),
        ["NDArray.OpenMemmap(String, MmapMode)#mode"] = () => NDArray.OpenMemmap("ab_enum_missing.npy", (MmapMode)42),
        ["NDArray.OpenMemmap(String, DType, ReadOnlySpan`1, ArrayOrder)#order"] = () => NDArray.OpenMemmap("ab_enum_missing.npy", DType.Float64, [2], BadOrder),
        ["NDArray.OpenShared(String, DType, ReadOnlySpan`1, ArrayOrder, Boolean)#order"] = () => NDArray.OpenShared("ab_enum_" + Guid.NewGuid().ToString("N"), DType.Float64, [2], BadOrder),
        ["NDArray.Full(ReadOnlySpan`1, T, ArrayOrder)#order"] = () => NDArray.Full([2], 1.0, BadOrder),
        ["NDArray.Reshape(ReadOnlySpan`1, ArrayOrder)#order"] = () => ((NDArray)Array2D()).Reshape([3, 2], BadOrder),
        ["NDArray.Ravel(ArrayOrder)#order"] = () => ((NDArray)Array2D()).Ravel(BadOrder),
        ["NDArray.Flatten(ArrayOrder)#order"] = () => ((NDArray)Array2D()).Flatten(BadOrder),
        ["NDArray.Copy(ArrayOrder)#order"] = () => ((NDArray)Array2D()).Copy(BadOrder),
        ["NDArray.AsType(DType, Casting, ArrayOrder)#casting"] = () => Array2D().AsType(DType.Float32, BadCasting),
        ["NDArray.AsType(DType, Casting, ArrayOrder)#order"] = () => Array2D().AsType(DType.Float32, Casting.Unsafe, BadOrder),
        ["NDArray.AsType(ArrayOrder)#order"] = () => Array2D().AsType<float>(BadOrder),
        ["NDArray.CopyTo(NDArray, Casting)#casting"] = () => Array2D().CopyTo(Array2D(), BadCasting),
        ["NDArray.Require(Nullable`1, ArrayFlags)#requirements"] = () => Array2D().Require(null, BadFlags),
        ["NDArray`1.Reshape(ReadOnlySpan`1, ArrayOrder)#order"] = () => Array2D().Reshape([3, 2], BadOrder),
        ["NDArray`1.Ravel(ArrayOrder)#order"] = () => Array2D().Ravel(BadOrder),
        ["NDArray`1.Flatten(ArrayOrder)#order"] = () => Array2D().Flatten(BadOrder),
        ["NDArray`1.Copy(ArrayOrder)#order"] = () => Array2D().Copy(BadOrder),
        ["NDArray.ToArray(ArrayOrder)#order"] = () => ((NDArray)Array2D()).ToArray<double>(BadOrder),
        ["NDArray`1.ToArray(ArrayOrder)#order"] = () => Array2D().ToArray(BadOrder),
        ["NDArray.Concatenate(ReadOnlySpan`1, Nullable`1, NDArray, Nullable`1, Casting)#casting"] = () => NDArray.Concatenate([Array2D(), Array2D()], 0, casting: BadCasting),
        ["NDArray.Stack(ReadOnlySpan`1, Int32, NDArray, Nullable`1, Casting)#casting"] = () => NDArray.Stack([Array2D(), Array2D()], casting: BadCasting),
        ["NDArray.HStack(ReadOnlySpan`1, Nullable`1, Casting)#casting"] = () => NDArray.HStack([Array2D(), Array2D()], casting: BadCasting),
        ["NDArray.VStack(ReadOnlySpan`1, Nullable`1, Casting)#casting"] = () => NDArray.VStack([Array2D(), Array2D()], casting: BadCasting),
        ["NDArray.Eye(IntPtr, Nullable`1, IntPtr, Nullable`1, ArrayOrder)#order"] = () => NDArray.Eye(2, order: BadOrder),
        ["NDArray.Meshgrid(ReadOnlySpan`1, MeshgridIndexing, Boolean, Boolean)#indexing"] = () => NDArray.Meshgrid([Array2D()], (MeshgridIndexing)42),
        ["NDArray.Pad(IntPtr, PadMode, Double)#mode"] = () => ((NDArray)Array2D()).Pad(1, (PadMode)42),
        ["NDArray.Pad(ValueTuple`2, PadMode, Double)#mode"] = () => ((NDArray)Array2D()).Pad((1, 1), (PadMode)42),
        ["NDArray.Pad(ReadOnlySpan`1, PadMode, ReadOnlySpan`1, ReadOnlySpan`1, ReadOnlySpan`1, PadReflectType)#mode"] = () => ((NDArray)Array2D()).Pad([(1, 1)], (PadMode)42),
        ["NDArray.Pad(ReadOnlySpan`1, PadMode, ReadOnlySpan`1, ReadOnlySpan`1, ReadOnlySpan`1, PadReflectType)#reflectType"] = () => ((NDArray)Array2D()).Pad([(1, 1)], PadMode.Reflect, reflectType: (PadReflectType)42),
        ["DType.Create(ScalarType, ByteOrder)#type"] = () => DType.Create(BadType),
        ["DType.Create(ScalarType, ByteOrder)#order"] = () => DType.Create(ScalarType.Int8, BadByteOrder),
        ["DType.WithByteOrder(ByteOrder)#order"] = () => DType.UInt8.WithByteOrder(BadByteOrder),
        ["DType.CanCast(DType, DType, Casting)#casting"] = () => DType.CanCast(DType.Int8, DType.Int8, BadCasting),
        ["NDArray.Quantile(NDArray, Double, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.Quantile(Array2D(), 0.5, method: BadMethod),
        ["NDArray.Quantile(NDArray, NDArray, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.Quantile(Array2D(), Array2D(), method: BadMethod),
        ["NDArray.Percentile(NDArray, Double, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.Percentile(Array2D(), 50, method: BadMethod),
        ["NDArray.Sort(NDArray, Nullable`1, SortKind)#kind"] = () => NDArray.Sort(Array2D(), kind: (SortKind)42),
        ["NDArray.SortInPlace(Int32, SortKind)#kind"] = () => Array2D().SortInPlace(kind: (SortKind)42),
        ["NDArray.ArgSort(NDArray, Nullable`1, SortKind)#kind"] = () => NDArray.ArgSort(Array2D(), kind: (SortKind)42),
        ["NDArray.SearchSorted(NDArray, Operand, SearchSide, NDArray)#side"] = () => NDArray.SearchSorted(NDArray.Arange<double>(3), 1.0, (SearchSide)42),
        ["NDArray.Percentile(NDArray, NDArray, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.Percentile(Array2D(), Array2D(), method: BadMethod),
        ["NDArray.NanQuantile(NDArray, Double, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.NanQuantile(Array2D(), 0.5, method: BadMethod),
        ["NDArray.NanQuantile(NDArray, NDArray, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.NanQuantile(Array2D(), Array2D(), method: BadMethod),
        ["NDArray.NanPercentile(NDArray, Double, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.NanPercentile(Array2D(), 50, method: BadMethod),
        ["NDArray.NanPercentile(NDArray, NDArray, Axes, NDArray, Boolean, QuantileMethod)#method"] = () => NDArray.NanPercentile(Array2D(), Array2D(), method: BadMethod),
        ["NDArray.ErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#all"] = () => NDArray.ErrState(all: BadMode),
        ["NDArray.ErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#divide"] = () => NDArray.ErrState(divide: BadMode),
        ["NDArray.ErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#over"] = () => NDArray.ErrState(over: BadMode),
        ["NDArray.ErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#under"] = () => NDArray.ErrState(under: BadMode),
        ["NDArray.ErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#invalid"] = () => NDArray.ErrState(invalid: BadMode),
        ["NDArray.SetErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#all"] = () => NDArray.SetErrState(all: BadMode),
        ["NDArray.SetErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#divide"] = () => NDArray.SetErrState(divide: BadMode),
        ["NDArray.SetErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#over"] = () => NDArray.SetErrState(over: BadMode),
        ["NDArray.SetErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#under"] = () => NDArray.SetErrState(under: BadMode),
        ["NDArray.SetErrState(Nullable`1, Nullable`1, Nullable`1, Nullable`1, Nullable`1, Action`2)#invalid"] = () => NDArray.SetErrState(invalid: BadMode),
        ["NDArray.Take(NDArray, Nullable`1, IndexMode)#mode"] = () => Array2D().Take(Array2D(), null, (IndexMode)7),
        ["NDArray.Take(Int64[], Nullable`1, IndexMode)#mode"] = () => Array2D().Take([0L], null, (IndexMode)7),
        ["NDArray.Put(NDArray, Operand, IndexMode)#mode"] = () => Array2D().Put(Array2D(), 1.0, (IndexMode)7),
        ["NDArray.Choose(ReadOnlySpan`1, IndexMode)#mode"] = () => Array2D().Choose([Array2D()], (IndexMode)7),
        ["NDArray.UfuncAt(BinaryUfunc, NDArray, ReadOnlySpan`1, Operand)#ufunc"] = () => NDArray.UfuncAt((BinaryUfunc)99, Array2D(), [0], 1.0),
        ["FloatingPointErrorException..ctor(String, FloatingPointFlags)#flag"] = () => _ = new FloatingPointErrorException("m", FloatingPointFlags.Overflow | FloatingPointFlags.Invalid),
    };

    public static TheoryData<string> CallNames => new(Calls.Keys);

    [Theory]
    [MemberData(nameof(CallNames))]
    public void An_undefined_enum_value_throws_ArgumentOutOfRange_naming_the_parameter(string key)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(Calls[key]);
        Assert.Equal(key[(key.IndexOf('#') + 1)..], e.ParamName);
        Assert.Contains("not a", e.Message);
    }

    [Fact]
    public void Every_enum_parameter_of_the_public_api_is_covered()
    {
        Assembly tensor = typeof(NDArray).Assembly;
        var found = new List<string>();
        foreach (Type type in tensor.GetExportedTypes())
        {
            IEnumerable<MethodBase> members = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>()
                .Concat(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
            foreach (MethodBase method in members)
            {
                foreach (ParameterInfo p in method.GetParameters())
                {
                    Type t = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
                    if (t.IsEnum && t.Assembly == tensor && !type.IsEnum)
                    {
                        found.Add(KeyOf(type, method, p));
                    }
                }
            }
        }

        Assert.True(found.Count >= Calls.Count / 2, $"reflection found only {found.Count} enum parameters");
        string[] missing = found.Where(k => !Calls.ContainsKey(k) && !UfuncKeys().Contains(k)).ToArray();
        Assert.True(missing.Length == 0, "public methods with enum parameters and no undefined-value test:\n" + string.Join("\n", missing));
        string[] stale = Calls.Keys.Where(k => !found.Contains(k)).ToArray();
        Assert.True(stale.Length == 0, "tests for methods that no longer exist:\n" + string.Join("\n", stale));
    }

    /// <summary>The ufunc methods (their inputs are <see cref="Operand"/>s), which reflection can call directly.</summary>
    private static IEnumerable<MethodInfo> UfuncMethods() => typeof(NDArray)
        .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
        .Where(m => m.GetParameters() is [{ ParameterType: var t }, ..] && t == typeof(Operand));

    private static HashSet<string> UfuncKeys() => UfuncMethods()
        .SelectMany(m => m.GetParameters().Where(p => p.ParameterType.IsEnum).Select(p => KeyOf(typeof(NDArray), m, p)))
        .ToHashSet();

    public static TheoryData<string> UfuncEnumParameters => new(UfuncKeys().Order());

    [Theory]
    [MemberData(nameof(UfuncEnumParameters))]
    public void Every_ufunc_refuses_undefined_casting_and_order(string key)
    {
        MethodInfo method = UfuncMethods().Single(m => m.GetParameters().Any(p => p.ParameterType.IsEnum && KeyOf(typeof(NDArray), m, p) == key));
        string bad = key[(key.IndexOf('#') + 1)..];
        object?[] args = method.GetParameters().Select(p => p.ParameterType switch
        {
            var t when t == typeof(Operand) => (object)(Operand)Array2D(),
            var t when t == typeof(Casting) => p.Name == bad ? BadCasting : Casting.SameKind,
            var t when t == typeof(ArrayOrder) => p.Name == bad ? BadOrder : ArrayOrder.K,
            _ => p.HasDefaultValue ? p.DefaultValue : null,
        }).ToArray();
        var e = Assert.Throws<TargetInvocationException>(() => method.Invoke(null, args));
        var inner = Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
        Assert.Equal(bad, inner.ParamName);
    }

    private static string KeyOf(Type type, MethodBase method, ParameterInfo p) =>
        $"{type.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(x => x.ParameterType.Name))})#{p.Name}";

    [Fact]
    public void Defined_values_that_do_not_apply_keep_their_own_errors()
    {
        // A and K are defined orders that a new array cannot use: NumPy's ValueError, not out of range.
        var e = Assert.Throws<ArgumentException>(() => NDArray.Empty<int>([2], ArrayOrder.K));
        Assert.IsNotType<ArgumentOutOfRangeException>(e);
        Assert.Contains("only 'C' or 'F' order is permitted", e.Message);
        using NDArray<double> a = Array2D();
        var k = Assert.Throws<ArgumentException>(() => a.Reshape([3, 2], ArrayOrder.K));
        Assert.IsNotType<ArgumentOutOfRangeException>(k);
        Assert.Contains("order 'K' is not permitted for reshaping", k.Message);
    }
}
