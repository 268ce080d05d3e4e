using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace ArrayBridge.Extensions.Generator;

/// <summary>Builds the C# source and the Python stub of one module class.</summary>
internal static class ModuleEmitter
{
    private const string FunctionAttribute = "ArrayBridge.Extensions.PythonFunctionAttribute";
    private const string RequireAttribute = "ArrayBridge.Extensions.RequireAttribute";
    private const string ReleaseGilAttribute = "ArrayBridge.Extensions.ReleaseGilAttribute";
    private const string Rt = "global::ArrayBridge.Extensions.";

    private sealed class Parameter
    {
        public string Name = "";
        public string PyName = "";
        public PyType Type = null!;
        public bool HasDefault;
        public object? Default;
        public int Flags;
    }

    private sealed class Function
    {
        public string Method = "";
        public string PyName = "";
        public string Doc = "";
        public bool ReleaseGil;
        public List<Parameter> Parameters = new();
        public PyType Return = null!;

        public int Required => Parameters.TakeWhile(p => !p.HasDefault).Count();

        public string TextSignature => PyName + "(" + string.Join(", ", Parameters.Select(p => p.HasDefault ? p.PyName + "=" + Names.PythonRepr(p.Default) : p.PyName)) + ")";
    }

    public static GeneratedModule Emit(INamedTypeSymbol type, AttributeData attribute, CancellationToken ct)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        string moduleName = attribute.ConstructorArguments.Length > 0 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
        Location typeLocation = type.Locations.FirstOrDefault() ?? Location.None;
        if (!type.IsStatic || type.ContainingType is not null || type.IsGenericType || !Names.IsIdentifier(moduleName))
        {
            diagnostics.Add(Diagnostic.Create(Diagnostics.BadModule, typeLocation, type.Name, moduleName));
            return new GeneratedModule(type.Name, moduleName, "", "", diagnostics.ToImmutable());
        }

        var functions = new List<Function>();
        foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
        {
            ct.ThrowIfCancellationRequested();
            AttributeData? marker = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == FunctionAttribute);
            if (marker is null)
            {
                continue;
            }

            Location location = method.Locations.FirstOrDefault() ?? typeLocation;
            if (!method.IsStatic || method.IsGenericMethod || method.Parameters.Any(p => p.RefKind != RefKind.None))
            {
                diagnostics.Add(Diagnostic.Create(Diagnostics.NotStaticFunction, location, method.Name));
                continue;
            }

            var function = new Function
            {
                Method = method.Name,
                PyName = marker.ConstructorArguments.Length > 0 && marker.ConstructorArguments[0].Value is string given ? given : Names.SnakeCase(method.Name),
                ReleaseGil = method.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == ReleaseGilAttribute),
            };
            bool ok = true;
            foreach (IParameterSymbol p in method.Parameters)
            {
                PyType? mapped = PyType.From(p.Type, isReturn: false);
                if (mapped is null)
                {
                    diagnostics.Add(Diagnostic.Create(Diagnostics.UnsupportedParameter, p.Locations.FirstOrDefault() ?? location, p.Name, method.Name, p.Type.ToDisplayString()));
                    ok = false;
                    continue;
                }

                AttributeData? require = p.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == RequireAttribute);
                function.Parameters.Add(new Parameter
                {
                    Name = p.Name,
                    PyName = Names.SnakeCase(p.Name),
                    Type = mapped,
                    HasDefault = p.HasExplicitDefaultValue,
                    Default = p.HasExplicitDefaultValue ? p.ExplicitDefaultValue : null,
                    Flags = require is { ConstructorArguments.Length: > 0 } ? Convert.ToInt32(require.ConstructorArguments[0].Value, CultureInfo.InvariantCulture) : 0,
                });
            }

            PyType? result = PyType.From(method.ReturnType, isReturn: true);
            if (result is null)
            {
                diagnostics.Add(Diagnostic.Create(Diagnostics.UnsupportedReturn, location, method.Name, method.ReturnType.ToDisplayString()));
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            function.Return = result!;
            function.Doc = Summary(method.GetDocumentationCommentXml(cancellationToken: ct));
            functions.Add(function);
        }

        string ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString() : "";
        string moduleDoc = Summary(type.GetDocumentationCommentXml(cancellationToken: ct));
        string hint = string.IsNullOrEmpty(ns) ? type.Name : ns + "." + type.Name;
        return new GeneratedModule(hint, moduleName, Source(ns, type.Name, moduleName, moduleDoc, functions), Stub(moduleName, moduleDoc, functions), diagnostics.ToImmutable());
    }

    /// <summary>The text of the XML doc's &lt;summary&gt;, its lines trimmed and joined as paragraphs.</summary>
    private static string Summary(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return "";
        }

        try
        {
            XElement? summary = XElement.Parse(xml!).Element("summary");
            if (summary is null)
            {
                return "";
            }

            var text = new StringBuilder();
            foreach (XNode node in summary.Nodes())
            {
                text.Append(node switch
                {
                    XText t => t.Value,
                    XElement { Name.LocalName: "see" or "seealso" } e => ((string?)e.Attribute("cref") ?? (string?)e.Attribute("langword") ?? e.Value).Split('.', ':').Last(),
                    XElement { Name.LocalName: "paramref" or "typeparamref" } e => (string?)e.Attribute("name") ?? "",
                    XElement e => e.Value,
                    _ => "",
                });
            }

            string[] words = text.ToString().Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            return string.Join(" ", words);
        }
        catch (System.Xml.XmlException)
        {
            return "";
        }
    }

    private static string Source(string ns, string className, string moduleName, string moduleDoc, List<Function> functions)
    {
        var s = new StringBuilder();
        s.AppendLine("// <auto-generated/> by ArrayBridge.Extensions.Generator from the [PythonModule] class " + className + ".");
        s.AppendLine("#nullable enable");
        s.AppendLine("#pragma warning disable CS1591");
        if (ns.Length > 0)
        {
            s.AppendLine("namespace " + ns + ";");
        }

        s.AppendLine();
        s.AppendLine("static unsafe partial class " + className);
        s.AppendLine("{");
        s.AppendLine("    private static " + Rt + "ModuleDefinition? __pyModule;");
        foreach (Function f in functions)
        {
            s.AppendLine("    private static " + Rt + "FunctionSignature __pySig_" + f.Method + " = null!;");
        }

        s.AppendLine();
        s.AppendLine("    /// <summary>CPython's entry point of the module '" + moduleName + "'.</summary>");
        s.AppendLine("    [global::System.Runtime.InteropServices.UnmanagedCallersOnly(EntryPoint = \"PyInit_" + moduleName + "\")]");
        s.AppendLine("    private static nint __PyInit()");
        s.AppendLine("    {");
        s.AppendLine("        try");
        s.AppendLine("        {");
        s.AppendLine("            if (__pyModule is null)");
        s.AppendLine("            {");
        s.AppendLine("                var module = " + Rt + "ModuleDefinition.Begin(" + Names.CSharpString(moduleName) + ", " + (moduleDoc.Length == 0 ? "null" : Names.CSharpString(moduleDoc)) + ");");
        foreach (Function f in functions)
        {
            string doc = f.TextSignature + "\n--\n\n" + f.Doc;
            string names = "[" + string.Join(", ", f.Parameters.Select(p => Names.CSharpString(p.PyName))) + "]";
            s.AppendLine("                __pySig_" + f.Method + " = module.AddFunction(" + Names.CSharpString(f.PyName) + ", &__Py_" + f.Method + ", " + Names.CSharpString(doc) + ", " + names + ", " + f.Required.ToString(CultureInfo.InvariantCulture) + ");");
        }

        s.AppendLine("                __pyModule = module;");
        s.AppendLine("            }");
        s.AppendLine();
        s.AppendLine("            return __pyModule.Create();");
        s.AppendLine("        }");
        s.AppendLine("        catch (global::System.Exception e)");
        s.AppendLine("        {");
        s.AppendLine("            return " + Rt + "ModuleDefinition.FailImport(" + Names.CSharpString(moduleName) + ", e);");
        s.AppendLine("        }");
        s.AppendLine("    }");
        foreach (Function f in functions)
        {
            s.AppendLine();
            EmitEntryPoint(s, className, f);
        }

        s.AppendLine("}");
        return s.ToString();
    }

    private static void EmitEntryPoint(StringBuilder s, string className, Function f)
    {
        string sig = "__pySig_" + f.Method;
        // A GIL scope (the GIL is held already; the scope only tells ArrayBridge so) for argument views, whose
        // conversion and disposal would otherwise each open one, and for releasing the GIL; a result
        // alone is exported without one.
        bool gil = f.ReleaseGil || f.Parameters.Any(p => p.Type.ContainsArray);
        s.AppendLine("    /// <summary>The vectorcall entry point of " + f.PyName + "().</summary>");
        s.AppendLine("    [global::System.Runtime.InteropServices.UnmanagedCallersOnly]");
        s.AppendLine("    private static nint __Py_" + f.Method + "(nint self, nint* args, nint nargs, nint kwnames)");
        s.AppendLine("    {");
        s.AppendLine("        try");
        s.AppendLine("        {");
        int n = f.Parameters.Count;
        if (n > 0)
        {
            s.AppendLine("            nint* slots = stackalloc nint[" + n.ToString(CultureInfo.InvariantCulture) + "];");
        }

        s.AppendLine("            if (!" + sig + ".Bind(args, nargs, kwnames, " + (n > 0 ? "slots" : "null") + "))");
        s.AppendLine("            {");
        s.AppendLine("                return 0;");
        s.AppendLine("            }");
        s.AppendLine();
        if (gil)
        {
            // One GIL scope for the call: the array conversions and disposals inside it nest no scope of their own.
            s.AppendLine("            using var gil = " + Rt + "PyCall.Enter();");
        }

        var arrays = new List<string>();
        for (int i = 0; i < n; i++)
        {
            Parameter p = f.Parameters[i];
            string local = "p" + i.ToString(CultureInfo.InvariantCulture);
            if (p.Type.IsArray)
            {
                s.AppendLine("            " + ArrayType(p.Type) + "? " + local + " = null;");
                arrays.Add(local);
            }
            else
            {
                string init = p.HasDefault ? Names.CSharpDefault(p.Default, p.Type.CSharp) : "default";
                s.AppendLine("            " + p.Type.CSharp + " " + local + " = " + init + (p.Type.Nullable || p.HasDefault || p.Type.Kind != PyType.Kinds.String ? "" : "!") + ";");
            }
        }

        const int WritebackIfCopy = 0x2000;
        var writebacks = new List<string>();
        for (int i = 0; i < n; i++)
        {
            if (f.Parameters[i].Type.IsArray && (f.Parameters[i].Flags & WritebackIfCopy) != 0)
            {
                writebacks.Add("p" + i.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (writebacks.Count > 0)
        {
            s.AppendLine("            bool completed = false;");
        }

        string indent = "            ";
        if (arrays.Count > 0)
        {
            s.AppendLine("            try");
            s.AppendLine("            {");
            indent = "                ";
        }

        for (int i = 0; i < n; i++)
        {
            EmitArgument(s, indent, f.Parameters[i], i, sig);
        }

        string call = className + "." + f.Method + "(" + string.Join(", ", f.Parameters.Select((p, i) => "p" + i.ToString(CultureInfo.InvariantCulture) + (p.Type.IsArray && !p.Type.Nullable ? "!" : ""))) + ")";
        bool isVoid = f.Return.Kind == PyType.Kinds.Void;
        if (!isVoid)
        {
            s.AppendLine(indent + f.Return.CSharp + " result;");
        }

        string assign = isVoid ? call + ";" : "result = " + call + ";";
        if (f.ReleaseGil)
        {
            s.AppendLine(indent + "using (global::ArrayBridge.Interop.Python.AllowThreads())");
            s.AppendLine(indent + "{");
            s.AppendLine(indent + "    " + assign);
            s.AppendLine(indent + "}");
        }
        else
        {
            s.AppendLine(indent + assign);
        }

        foreach (string w in writebacks)
        {
            // In-out arguments are written back only when the function returned (PyArray_ResolveWritebackIfCopy).
            s.AppendLine(indent + w + "?.ResolveWritebackIfCopy();");
        }

        if (writebacks.Count > 0)
        {
            s.AppendLine(indent + "completed = true;");
        }

        s.AppendLine();
        if (isVoid)
        {
            s.AppendLine(indent + "return " + Rt + "PyResults.None();");
        }
        else
        {
            var disposals = new List<string>();
            int temps = 0;
            // A returned array on its own is consumed by FromResult, which disposes it (and may copy a small
            // one into NumPy's memory); arrays inside a tuple may repeat, so they are disposed after all
            // items were converted.
            string conversion = f.Return.IsArray
                ? Rt + "PyArrays.FromResult(result)"
                : ToPython(f.Return, "result", disposals, ref temps);
            s.AppendLine(indent + "nint converted = " + conversion + ";");
            foreach (string d in disposals)
            {
                // A returned array is handed over to NumPy, which now holds its memory.
                s.AppendLine(indent + d + "?.Dispose();");
            }

            s.AppendLine(indent + "return converted;");
        }

        if (arrays.Count > 0)
        {
            s.AppendLine("            }");
            s.AppendLine("            finally");
            s.AppendLine("            {");
            foreach (string w in writebacks)
            {
                // A failed call leaves the caller's array as it was (PyArray_DiscardWritebackIfCopy).
                s.AppendLine("                if (!completed)");
                s.AppendLine("                {");
                s.AppendLine("                    " + w + "?.DiscardWritebackIfCopy();");
                s.AppendLine("                }");
                s.AppendLine();
            }

            foreach (string a in arrays)
            {
                // Ends the argument's call-scoped hold on the NumPy array (PyArrays.Release).
                s.AppendLine("                " + Rt + "PyArrays.Release(" + a + ");");
            }

            s.AppendLine("            }");
        }

        s.AppendLine("        }");
        s.AppendLine("        catch (global::System.Exception e)");
        s.AppendLine("        {");
        s.AppendLine("            return " + Rt + "ExtensionErrors.Raise(__pyModule, e);");
        s.AppendLine("        }");
        s.AppendLine("    }");
    }

    private static string ArrayType(PyType t) =>
        t.Kind == PyType.Kinds.Array ? "global::ArrayBridge.NDArray<" + t.Element + ">" : "global::ArrayBridge.NDArray";

    private static void EmitArgument(StringBuilder s, string indent, Parameter p, int i, string sig)
    {
        string index = i.ToString(CultureInfo.InvariantCulture);
        string slot = "slots[" + index + "]";
        string local = "p" + index;
        string condition = p.HasDefault || p.Type.Nullable ? slot + " != 0 && " : "";
        if (p.Type.Nullable && p.Type.IsArray)
        {
            condition += "!" + Rt + "PyArgs.IsNone(" + slot + ") && ";
        }

        if (p.Type.IsArray)
        {
            string generic = p.Type.Kind == PyType.Kinds.Array ? "<" + p.Type.Element + ">" : "";
            s.AppendLine(indent + "if (" + condition + "!" + Rt + "PyArrays.ToArray" + generic + "(" + slot + ", " + sig + ", " + index + ", (global::ArrayBridge.ArrayFlags)" + p.Flags.ToString(CultureInfo.InvariantCulture) + ", out " + local + "))");
            s.AppendLine(indent + "{");
            s.AppendLine(indent + "    return 0;");
            s.AppendLine(indent + "}");
            s.AppendLine();
            return;
        }

        if (p.Type.Kind == PyType.Kinds.Tuple)
        {
            int count = p.Type.Items.Count;
            s.AppendLine(indent + "{");
            s.AppendLine(indent + "    global::System.Span<nint> items = stackalloc nint[" + count.ToString(CultureInfo.InvariantCulture) + "];");
            s.AppendLine(indent + "    if (!" + Rt + "PyArgs.ToTuple(" + slot + ", " + sig + ", " + index + ", " + count.ToString(CultureInfo.InvariantCulture) + ", items)");
            var parts = new List<string>();
            for (int k = 0; k < count; k++)
            {
                string item = "item" + k.ToString(CultureInfo.InvariantCulture);
                s.AppendLine(indent + "        || !" + Rt + "PyArgs." + Converter(p.Type.Items[k]) + "(items[" + k.ToString(CultureInfo.InvariantCulture) + "], " + sig + ", " + index + ", out " + ScalarType(p.Type.Items[k]) + " " + item + ")");
                parts.Add(item);
            }

            s.AppendLine(indent + "        )");
            s.AppendLine(indent + "    {");
            s.AppendLine(indent + "        return 0;");
            s.AppendLine(indent + "    }");
            s.AppendLine();
            s.AppendLine(indent + "    " + local + " = (" + string.Join(", ", parts) + ");");
            s.AppendLine(indent + "}");
            s.AppendLine();
            return;
        }

        if (p.Type.Nullable)
        {
            // None is null whatever the default; an omitted argument keeps the default.
            s.AppendLine(indent + "if (" + Rt + "PyArgs.IsNone(" + slot + "))");
            s.AppendLine(indent + "{");
            s.AppendLine(indent + "    " + local + " = null;");
            s.AppendLine(indent + "}");
            s.AppendLine(indent + "else if (" + slot + " != 0)");
            s.AppendLine(indent + "{");
            s.AppendLine(indent + "    if (!" + Rt + "PyArgs." + Converter(p.Type) + "(" + slot + ", " + sig + ", " + index + ", out " + ScalarType(p.Type) + " value))");
            s.AppendLine(indent + "    {");
            s.AppendLine(indent + "        return 0;");
            s.AppendLine(indent + "    }");
            s.AppendLine();
            s.AppendLine(indent + "    " + local + " = value;");
            s.AppendLine(indent + "}");
            s.AppendLine();
            return;
        }

        s.AppendLine(indent + "if (" + condition + "!" + Rt + "PyArgs." + Converter(p.Type) + "(" + slot + ", " + sig + ", " + index + ", out " + local + "))");
        s.AppendLine(indent + "{");
        s.AppendLine(indent + "    return 0;");
        s.AppendLine(indent + "}");
        s.AppendLine();
    }

    private static string Converter(PyType t) => t.Kind switch
    {
        PyType.Kinds.Double => "ToDouble",
        PyType.Kinds.Single => "ToSingle",
        PyType.Kinds.Int64 => "ToInt64",
        PyType.Kinds.Int32 => "ToInt32",
        PyType.Kinds.Boolean => "ToBoolean",
        _ => "ToString",
    };

    private static string ScalarType(PyType t) => t.Kind switch
    {
        PyType.Kinds.Double => "double",
        PyType.Kinds.Single => "float",
        PyType.Kinds.Int64 => "long",
        PyType.Kinds.Int32 => "int",
        PyType.Kinds.Boolean => "bool",
        _ => "string",
    };

    /// <summary>The expression converting <paramref name="value"/> to a new Python reference.</summary>
    private static string ToPython(PyType t, string value, List<string> disposals, ref int temps)
    {
        if (t.Nullable && !t.IsArray && t.Kind != PyType.Kinds.String)
        {
            string name = "v" + (temps++).ToString(CultureInfo.InvariantCulture);
            return "(" + value + " is { } " + name + " ? " + Scalar(t.Kind, name) + " : " + Rt + "PyResults.None())";
        }

        switch (t.Kind)
        {
            case PyType.Kinds.Array:
            case PyType.Kinds.AnyArray:
                disposals.Add(value);
                return Rt + "PyArrays.FromArray(" + value + ")";
            case PyType.Kinds.Tuple:
                var items = new List<string>();
                for (int k = 0; k < t.Items.Count; k++)
                {
                    items.Add(ToPython(t.Items[k], value + ".Item" + (k + 1).ToString(CultureInfo.InvariantCulture), disposals, ref temps));
                }

                return Rt + "PyResults.Tuple(stackalloc nint[] { " + string.Join(", ", items) + " })";
            default:
                return Scalar(t.Kind, value);
        }
    }

    private static string Scalar(PyType.Kinds kind, string value) => kind switch
    {
        PyType.Kinds.Double => Rt + "PyResults.FromDouble(" + value + ")",
        PyType.Kinds.Single => Rt + "PyResults.FromSingle(" + value + ")",
        PyType.Kinds.Int64 => Rt + "PyResults.FromInt64(" + value + ")",
        PyType.Kinds.Int32 => Rt + "PyResults.FromInt32(" + value + ")",
        PyType.Kinds.Boolean => Rt + "PyResults.FromBoolean(" + value + ")",
        _ => Rt + "PyResults.FromString(" + value + ")",
    };

    private static string Stub(string moduleName, string moduleDoc, List<Function> functions)
    {
        var s = new StringBuilder();
        s.AppendLine("// <auto-generated/> The Python stub of module " + moduleName + ": ArrayBridge.Extensions.targets writes the lines inside the #if to " + moduleName + ".pyi.");
        s.AppendLine("#if ARRAYBRIDGE_PYTHON_STUB");
        if (moduleDoc.Length > 0)
        {
            s.AppendLine("\"\"\"" + moduleDoc.Replace("\"\"\"", "'''") + "\"\"\"");
            s.AppendLine();
        }

        s.AppendLine("from typing import Any");
        s.AppendLine();
        s.AppendLine("import numpy as np");
        s.AppendLine("import numpy.typing as npt");
        s.AppendLine();
        s.AppendLine("class DotNetError(RuntimeError): ...");
        foreach (Function f in functions)
        {
            s.AppendLine();
            string parameters = string.Join(", ", f.Parameters.Select(p => p.PyName + ": " + p.Type.Annotation(false) + (p.HasDefault ? " = " + Names.PythonRepr(p.Default) : "")));
            s.AppendLine("def " + f.PyName + "(" + parameters + ") -> " + f.Return.Annotation(true) + ":");
            s.AppendLine(f.Doc.Length > 0 ? "    \"\"\"" + f.Doc.Replace("\"\"\"", "'''") + "\"\"\"" : "    ...");
        }

        s.AppendLine("#endif");
        return s.ToString();
    }
}
