using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArrayBridge.Extensions.Generator;

/// <summary>How a C# parameter or return type crosses to Python.</summary>
internal sealed class PyType
{
    public enum Kinds
    {
        Void,
        Double,
        Single,
        Int64,
        Int32,
        Boolean,
        String,
        Array,
        AnyArray,
        Tuple,
    }

    private static readonly Dictionary<string, string> NumPyNames = new()
    {
        ["double"] = "float64", ["float"] = "float32", ["long"] = "int64", ["int"] = "int32", ["short"] = "int16",
        ["sbyte"] = "int8", ["byte"] = "uint8", ["ushort"] = "uint16", ["uint"] = "uint32", ["ulong"] = "uint64",
        ["bool"] = "bool_", ["System.Half"] = "float16", ["System.Numerics.Complex"] = "complex128",
    };

    private static readonly SymbolDisplayFormat Declaration =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public Kinds Kind { get; private set; }

    /// <summary>Whether <c>None</c> maps to null.</summary>
    public bool Nullable { get; private set; }

    /// <summary>The C# type, fully qualified, for declarations.</summary>
    public string CSharp { get; private set; } = "";

    /// <summary>The element type of an NDArray&lt;T&gt;, fully qualified.</summary>
    public string Element { get; private set; } = "";

    /// <summary>The NumPy scalar type name of the element (for the stub).</summary>
    public string NumPyElement { get; private set; } = "Any";

    /// <summary>The items of a tuple.</summary>
    public IReadOnlyList<PyType> Items { get; private set; } = new PyType[0];

    public bool IsArray => Kind is Kinds.Array or Kinds.AnyArray;

    /// <summary>Whether this type or a tuple item is an array.</summary>
    public bool ContainsArray => IsArray || Items.Any(i => i.ContainsArray);

    /// <summary>The mapping of <paramref name="type"/>, or null when it has none.</summary>
    public static PyType? From(ITypeSymbol type, bool isReturn)
    {
        var result = new PyType { CSharp = type.ToDisplayString(Declaration) };
        if (type.SpecialType == SpecialType.System_Void)
        {
            return isReturn ? new PyType { Kind = Kinds.Void, CSharp = "void" } : null;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            PyType? inner = From(nullable.TypeArguments[0], isReturn);
            if (inner is null || inner.Kind is Kinds.Tuple)
            {
                return null;
            }

            inner.Nullable = true;
            inner.CSharp = result.CSharp;
            return inner;
        }

        result.Nullable = type.NullableAnnotation == NullableAnnotation.Annotated && type.IsReferenceType;
        switch (type.SpecialType)
        {
            case SpecialType.System_Double: result.Kind = Kinds.Double; return result;
            case SpecialType.System_Single: result.Kind = Kinds.Single; return result;
            case SpecialType.System_Int64: result.Kind = Kinds.Int64; return result;
            case SpecialType.System_Int32: result.Kind = Kinds.Int32; return result;
            case SpecialType.System_Boolean: result.Kind = Kinds.Boolean; return result;
            case SpecialType.System_String: result.Kind = Kinds.String; return result;
        }

        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        string ns = named.ContainingNamespace?.ToDisplayString() ?? "";
        if (ns == "ArrayBridge" && named.Name == "NDArray")
        {
            if (named.TypeArguments.Length == 0)
            {
                result.Kind = Kinds.AnyArray;
                return result;
            }

            ITypeSymbol element = named.TypeArguments[0];
            string elementName = element.ToDisplayString();
            if (!NumPyNames.TryGetValue(elementName, out string? numpyName))
            {
                return null;
            }

            result.Kind = Kinds.Array;
            result.Element = element.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            result.NumPyElement = numpyName;
            return result;
        }

        if (named.IsTupleType)
        {
            var items = new List<PyType>();
            foreach (IFieldSymbol field in named.TupleElements)
            {
                PyType? item = From(field.Type, isReturn);
                if (item is null || item.Kind is Kinds.Tuple or Kinds.Void || (!isReturn && item.IsArray))
                {
                    return null;
                }

                items.Add(item);
            }

            result.Kind = Kinds.Tuple;
            result.Items = items;
            return result;
        }

        return null;
    }

    /// <summary>The Python annotation of a parameter (<paramref name="isReturn"/> false) or a result.</summary>
    public string Annotation(bool isReturn)
    {
        string core = Kind switch
        {
            Kinds.Void => "None",
            Kinds.Double or Kinds.Single => "float",
            Kinds.Int64 or Kinds.Int32 => "int",
            Kinds.Boolean => "bool",
            Kinds.String => "str",
            Kinds.Array => isReturn ? $"npt.NDArray[np.{NumPyElement}]" : "npt.ArrayLike",
            Kinds.AnyArray => isReturn ? "npt.NDArray[Any]" : "npt.ArrayLike",
            Kinds.Tuple => "tuple[" + string.Join(", ", Items.Select(i => i.Annotation(isReturn))) + "]",
            _ => "Any",
        };
        return Nullable ? core + " | None" : core;
    }
}
