using System.Collections.Immutable;
using ArrayBridge.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArrayBridge.Tests;

/// <summary>
/// The compile-time half of reference ownership: every way C# allows to drop or duplicate an owned
/// reference (a discarded result, a copy by assignment, argument, return or <c>using (x)</c>) is an
/// error, and every way the code base transfers or borrows one (Steal, Move, Dispose, <c>in</c>,
/// the conversion to BorrowedReference, out parameters) is not.
/// </summary>
[Collection(SerialCollection.Name)]
public class ReferenceOwnershipAnalyzerTests
{
    private const string Types = """
        namespace ArrayBridge.Native
        {
            public readonly ref struct BorrowedReference { public bool IsNull => true; }
            public readonly ref struct StolenReference { }
            public ref struct NewReference
            {
                private nint _pointer;
                public readonly bool IsNull => _pointer == 0;
                public StolenReference Steal() { _pointer = 0; return default; }
                public NewReference Move() { nint p = _pointer; _pointer = 0; return new NewReference { _pointer = p }; }
                public void Dispose() { _pointer = 0; }
                public static implicit operator BorrowedReference(scoped in NewReference reference) => default;
            }
        }
        namespace Code
        {
            using ArrayBridge.Native;
            public static class Api
            {
                public static NewReference Make() => default;
                public static void Take(StolenReference reference) { }
                public static void Look(BorrowedReference reference) { }
                public static void Peek(in NewReference reference) { }
                public static void Own(NewReference reference) { reference.Dispose(); }
                public static void Fetch(out NewReference a) { a = Make(); }
            }
        }
        """;

    public static TheoryData<string, string> Misuses => new()
    {
        { "a discarded result leaks", "Api.Make();" },
        { "a discard leaks", "_ = Api.Make();" },
        { "a copy by assignment", "using NewReference a = Api.Make(); NewReference b = a; b.Dispose();" },
        { "a copy by value argument", "using NewReference a = Api.Make(); Api.Own(a);" },
        { "returning a using variable copies it before the release", "static NewReference F() { using NewReference a = Api.Make(); return a; } F().Dispose();" },
        { "using an existing variable disposes a copy", "NewReference a = Api.Make(); using (a) { a.Steal(); }" },
        { "a copy in a conditional", "using NewReference a = Api.Make(); using NewReference b = a.IsNull ? default : a;" },
    };

    public static TheoryData<string, string> Transfers => new()
    {
        { "using declaration", "using NewReference a = Api.Make();" },
        { "steal into a stealing call", "Api.Take(Api.Make().Steal());" },
        { "steal from a using variable", "using NewReference a = Api.Make(); Api.Take(a.Steal());" },
        { "move out of a using variable", "static NewReference F() { using NewReference a = Api.Make(); return a.Move(); } using NewReference b = F();" },
        { "borrow by conversion", "using NewReference a = Api.Make(); Api.Look(a);" },
        { "borrow by in", "using NewReference a = Api.Make(); Api.Peek(a);" },
        { "a call result passed by value", "Api.Own(Api.Make());" },
        { "out parameter", "Api.Fetch(out NewReference a); a.Dispose();" },
        { "reassignment after a move", "using NewReference a = Api.Make(); Api.Take(a.Steal()); NewReference b = Api.Make(); b.Dispose();" },
        { "property read", "using NewReference a = Api.Make(); bool empty = a.IsNull;" },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void Misuse_is_a_compile_error(string what, string body)
    {
        ImmutableArray<Diagnostic> diagnostics = Analyze(body);
        Assert.True(diagnostics.Any(d => d.Id is "ABR001" or "ABR002" && d.Severity == DiagnosticSeverity.Error), $"{what}: no ownership error for '{body}'");
    }

    [Theory]
    [MemberData(nameof(Transfers))]
    public void Explicit_transfers_and_borrows_are_allowed(string what, string body)
    {
        ImmutableArray<Diagnostic> diagnostics = Analyze(body);
        Assert.True(diagnostics.IsEmpty, $"{what}: {string.Join("; ", diagnostics)}");
    }

    [Fact]
    public void The_libraries_are_built_with_the_analyzer()
    {
        // The analyzer runs on ArrayBridge.Native and ArrayBridge.Interop (their builds fail on its
        // errors); the assemblies it checks refer to the type it looks for by this name.
        Type type = typeof(ArrayBridge.Native.NewReference);
        Assert.Equal(ReferenceOwnershipAnalyzer.NewReferenceTypeName, type.FullName);
    }

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(path => MetadataReference.CreateFromFile(path))]);

    private static ImmutableArray<Diagnostic> Analyze(string body)
    {
        string source = Types + "\nnamespace Code { using ArrayBridge.Native; public static class Test { public static void Run() { " + body + " } } }";
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true));
        Diagnostic[] compileErrors = [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)];
        Assert.True(compileErrors.Length == 0, string.Join("; ", compileErrors.Select(d => d.ToString())));
        return compilation.WithAnalyzers([new ReferenceOwnershipAnalyzer()]).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    }
}
