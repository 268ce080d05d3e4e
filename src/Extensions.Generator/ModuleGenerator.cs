using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArrayBridge.Extensions.Generator;

/// <summary>
/// Emits, for each <c>[PythonModule]</c> class, its <c>PyInit_&lt;name&gt;</c> export, one
/// <c>[UnmanagedCallersOnly]</c> vectorcall entry point per <c>[PythonFunction]</c> method and the
/// method table (<c>&lt;Class&gt;.PythonModule.g.cs</c>), and its Python stub as
/// <c>&lt;name&gt;.pyi.g.cs</c>: the stub's text inside a never-defined <c>#if</c>, which
/// ArrayBridge.Extensions.targets copies out as <c>&lt;name&gt;.pyi</c> beside the module.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ModuleGenerator : IIncrementalGenerator
{
    /// <summary>The attribute that marks a module class.</summary>
    public const string ModuleAttribute = "ArrayBridge.Extensions.PythonModuleAttribute";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValuesProvider<GeneratedModule> modules = context.SyntaxProvider.ForAttributeWithMetadataName(
            ModuleAttribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (ctx, ct) => ModuleEmitter.Emit((INamedTypeSymbol)ctx.TargetSymbol, ctx.Attributes[0], ct));

        context.RegisterSourceOutput(modules, static (spc, module) =>
        {
            foreach (Diagnostic diagnostic in module.Diagnostics)
            {
                spc.ReportDiagnostic(diagnostic);
            }

            if (module.Source.Length > 0)
            {
                spc.AddSource(module.HintName + ".PythonModule.g.cs", module.Source);
                spc.AddSource(module.ModuleName + ".pyi.g.cs", module.Stub);
            }
        });
    }
}

/// <summary>What the generator emits for one module class.</summary>
internal sealed class GeneratedModule(string hintName, string moduleName, string source, string stub, ImmutableArray<Diagnostic> diagnostics)
{
    public string HintName { get; } = hintName;

    public string ModuleName { get; } = moduleName;

    public string Source { get; } = source;

    public string Stub { get; } = stub;

    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    public override bool Equals(object? obj) =>
        obj is GeneratedModule other && other.HintName == HintName && other.Source == Source && other.Stub == Stub
        && other.Diagnostics.SequenceEqual(Diagnostics);

    public override int GetHashCode() => Source.GetHashCode();
}
