using ArrayBridge.Extensions.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ArrayBridge.Extensions.Tests;

public class ModuleGeneratorTests
{
    private const string Usings = "using ArrayBridge;\nusing ArrayBridge.Extensions;\n";

    private static string Module(string members, string header = "[PythonModule(\"m\")]\npublic static partial class M") =>
        Usings + header + "\n{\n" + members + "\n}\n";

    [Theory]
    [InlineData("decimal")]
    [InlineData("object")]
    [InlineData("double[]")]
    [InlineData("System.Collections.Generic.List<double>")]
    [InlineData("NDArray<char>")]
    [InlineData("(double, NDArray<double>)")]
    [InlineData("((double, double), double)")]
    [InlineData("PythonModuleAttribute")]
    [InlineData("System.DateTime")]
    public void Unsupported_parameter_types_are_ABX001_naming_the_parameter(string type)
    {
        var (generator, _, _) = GeneratorHarness.Run(Module($"[PythonFunction] public static double F({type} value) => 0;"));
        Diagnostic d = Assert.Single(generator);
        Assert.Equal("ABX001", d.Id);
        Assert.Contains("Parameter 'value' of 'F'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("object")]
    [InlineData("System.Threading.Tasks.Task")]
    [InlineData("double[]")]
    [InlineData("(double, (int, int))")]
    public void Unsupported_return_types_are_ABX002(string type)
    {
        var (generator, _, _) = GeneratorHarness.Run(Module($"[PythonFunction] public static {type} F() => default!;"));
        Assert.Equal("ABX002", Assert.Single(generator).Id);
    }

    [Theory]
    [InlineData("[PythonFunction] public double F() => 0;")]
    [InlineData("[PythonFunction] public static T F<T>() => default!;")]
    [InlineData("[PythonFunction] public static void F(ref double x) { }")]
    [InlineData("[PythonFunction] public static void F(out double x) { x = 0; }")]
    public void Functions_that_are_not_static_non_generic_without_ref_are_ABX003(string member)
    {
        // An instance member of a static class is also a compile error; the generator reports its own.
        var (generator, _, _) = GeneratorHarness.Run(Module(member));
        Assert.Equal("ABX003", Assert.Single(generator).Id);
    }

    [Theory]
    [InlineData("[PythonModule(\"m\")]\npublic partial class M")]
    [InlineData("[PythonModule(\"my-module\")]\npublic static partial class M")]
    [InlineData("[PythonModule(\"\")]\npublic static partial class M")]
    [InlineData("[PythonModule(\"2d\")]\npublic static partial class M")]
    public void Module_classes_that_cannot_be_modules_are_ABX004(string header)
    {
        var (generator, _, sources) = GeneratorHarness.Run(Module("[PythonFunction] public static void F() { }", header));
        Assert.Equal("ABX004", Assert.Single(generator).Id);
        Assert.Empty(sources);
    }

    [Fact]
    public void Every_supported_signature_compiles_into_entry_points()
    {
        string members = """
            /// <summary>Scales x.</summary>
            [PythonFunction] public static NDArray<double> Scale([Require(ArrayFlags.CContiguous)] NDArray<double> x, double factor = 2.0) => x;
            [PythonFunction] public static void Noop() { }
            [PythonFunction] public static string Describe(long a, int b, bool c, string d, float e, double? f = null, string? g = "s", long? h = 3) => d;
            [PythonFunction] public static (double?, int, string?, NDArray) Tuple((double, long) p, NDArray any, NDArray<float>? maybe = null) => (null, 1, null, any);
            [PythonFunction("custom")] public static bool? Named(int? x) => null;
            [PythonFunction] [ReleaseGil] public static float Released(NDArray<int> x) => 0;
            """;
        var (generator, errors, sources) = GeneratorHarness.Run(Module(members));
        Assert.Empty(generator);
        Assert.Empty(errors);
        string code = sources["M.PythonModule.g.cs"];
        Assert.Contains("EntryPoint = \"PyInit_m\"", code, StringComparison.Ordinal);
        Assert.Contains("\"scale(x, factor=2.0)\\n--\\n\\nScales x.\"", code, StringComparison.Ordinal);
        Assert.Contains("\"describe(a, b, c, d, e, f=None, g='s', h=3)\\n--\\n\\n\"", code, StringComparison.Ordinal);
        Assert.Contains("module.AddFunction(\"custom\"", code, StringComparison.Ordinal);
        Assert.Contains("AllowThreads", code, StringComparison.Ordinal);
        string stub = sources["m.pyi.g.cs"];
        Assert.Contains("def scale(x: npt.ArrayLike, factor: float = 2.0) -> npt.NDArray[np.float64]:", stub, StringComparison.Ordinal);
        Assert.Contains("def tuple(p: tuple[float, int], any: npt.ArrayLike, maybe: npt.ArrayLike | None = None) -> tuple[float | None, int, str | None, npt.NDArray[Any]]:", stub, StringComparison.Ordinal);
        Assert.Contains("def custom(x: int | None) -> bool | None:", stub, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_array_argument_is_ended_with_Release_and_never_only_disposed()
    {
        // The call-scoped owner of a directly viewed argument is pooled or, when a view of it outlives
        // the call, registered for finalization only by PyArrays.Release: a bare Dispose would leave it
        // unregistered.
        string members = """
            [PythonFunction] public static NDArray<double> Scale([Require(ArrayFlags.CContiguous)] NDArray<double> x, double factor = 2.0) => x;
            [PythonFunction] public static (double?, NDArray) Tuple(NDArray any, NDArray<float>? maybe = null) => (null, any);
            [PythonFunction] [ReleaseGil] public static float Released(NDArray<int> x) => 0;
            [PythonFunction] public static void InOut([Require(ArrayFlags.Writeable | ArrayFlags.WritebackIfCopy)] NDArray<double> x, NDArray<long> y) { }
            """;
        var (generator, errors, sources) = GeneratorHarness.Run(Module(members));
        Assert.Empty(generator);
        Assert.Empty(errors);
        string code = sources["M.PythonModule.g.cs"];
        int conversions = System.Text.RegularExpressions.Regex.Matches(code, @"PyArrays\.ToArray(<[^>]+>)?\(").Count;
        Assert.Equal(6, conversions);
        Assert.Equal(conversions, System.Text.RegularExpressions.Regex.Matches(code, @"PyArrays\.Release\(p\d+\);").Count);
        Assert.DoesNotMatch(@"\bp\d+\?\.Dispose\(\)", code);
    }

    [Fact]
    public void Every_returned_array_is_consumed_once_and_only_a_lone_one_by_FromResult()
    {
        // FromResult disposes the array it converts, so it may only take an array returned on its own:
        // a tuple may hold one array twice, which FromArray exports per item before each is disposed.
        string members = """
            [PythonFunction] public static NDArray<double> Typed(NDArray<double> x) => x;
            [PythonFunction] public static NDArray? AnyOrNone(NDArray x) => null;
            [PythonFunction] public static NDArray<float> Fresh(long n) => NDArray.Zeros<float>((nint)n);
            [PythonFunction] public static (NDArray, NDArray<double>, double) Pair(NDArray<double> x) => (x, x, 0);
            """;
        var (generator, errors, sources) = GeneratorHarness.Run(Module(members));
        Assert.Empty(generator);
        Assert.Empty(errors);
        string code = sources["M.PythonModule.g.cs"];
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(code, @"PyArrays\.FromResult\(result\)").Count);
        Assert.DoesNotMatch(@"FromResult\(result\.Item", code);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(code, @"PyArrays\.FromArray\(result\.Item\d\)").Count);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(code, @"result\.Item\d\?\.Dispose\(\);").Count);
        Assert.DoesNotMatch(@"\bresult\?\.Dispose\(\)", code);
    }

    [Theory]
    [InlineData("Noop", "noop")]
    [InlineData("MovingAverage", "moving_average")]
    [InlineData("Stencil2D", "stencil2d")]
    [InlineData("ParseXMLFile", "parse_xml_file")]
    [InlineData("CumSumInto", "cum_sum_into")]
    [InlineData("X", "x")]
    public void Python_names_are_snake_case(string method, string expected)
    {
        var (_, errors, sources) = GeneratorHarness.Run(Module($"[PythonFunction] public static void {method}(double windowSize) {{ }}"));
        Assert.Empty(errors);
        Assert.Contains($"module.AddFunction(\"{expected}\"", sources["M.PythonModule.g.cs"], StringComparison.Ordinal);
        Assert.Contains($"def {expected}(window_size: float) -> None:", sources["m.pyi.g.cs"], StringComparison.Ordinal);
    }
}
