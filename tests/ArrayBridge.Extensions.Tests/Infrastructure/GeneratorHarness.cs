using System.Collections.Immutable;
using ArrayBridge.Extensions.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArrayBridge.Extensions.Tests.Infrastructure;

/// <summary>Runs the module generator on a source text, as the compiler does in a module project.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(PythonModuleAttribute).Assembly.Location)
            .Append(typeof(NDArray).Assembly.Location)
            .Append(typeof(ArrayBridge.Interop.Python).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>The generator's diagnostics, the errors of the compilation with its output, and the generated texts by hint name.</summary>
    public static (ImmutableArray<Diagnostic> Generator, ImmutableArray<Diagnostic> Errors, IReadOnlyDictionary<string, string> Sources) Run(string source)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.Diagnose);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "TestModule",
            [CSharpSyntaxTree.ParseText("global using System;\n" + source, options)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new ModuleGenerator().AsSourceGenerator()], parseOptions: options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        ImmutableArray<Diagnostic> errors = [.. output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
        return (diagnostics, errors, run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()));
    }
}
