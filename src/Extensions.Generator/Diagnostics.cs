using Microsoft.CodeAnalysis;

namespace ArrayBridge.Extensions.Generator;

/// <summary>The generator's diagnostics: what a module declares that cannot become Python.</summary>
internal static class Diagnostics
{
    public static readonly DiagnosticDescriptor UnsupportedParameter = new(
        "ABX001",
        "Unsupported parameter type in a Python function",
        "Parameter '{0}' of '{1}' has type '{2}', which a Python function cannot take; supported are double, float, long, int, bool, string, their nullable forms, tuples of them, NDArray and NDArray<T>",
        "ArrayBridge.Extensions",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedReturn = new(
        "ABX002",
        "Unsupported return type in a Python function",
        "'{0}' returns '{1}', which cannot become a Python value; supported are void, double, float, long, int, bool, string, their nullable forms, NDArray, NDArray<T> and tuples of these",
        "ArrayBridge.Extensions",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotStaticFunction = new(
        "ABX003",
        "A Python function must be a static, non-generic method",
        "'{0}' is marked [PythonFunction] but is not a static non-generic method without ref/out parameters",
        "ArrayBridge.Extensions",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BadModule = new(
        "ABX004",
        "A Python module must be a top-level static partial class",
        "'{0}' is marked [PythonModule] but is not a top-level, non-generic, static partial class, or its module name '{1}' is not a Python identifier",
        "ArrayBridge.Extensions",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
