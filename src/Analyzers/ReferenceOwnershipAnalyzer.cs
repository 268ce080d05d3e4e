using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace ArrayBridge.Analyzers;

/// <summary>
/// Closes the holes C# leaves in <c>ArrayBridge.Native.NewReference</c>'s ownership: the compiler
/// lets a struct be copied and a call result be ignored, and each is a Python reference counting bug
/// (two owners release it twice; no owner leaks it). Every transfer must instead be an explicit
/// <c>Steal()</c>, <c>Move()</c>, <c>Dispose()</c> or <c>Dangerous*</c> call on the variable.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ReferenceOwnershipAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The owned-reference type the rules are about.</summary>
    public const string NewReferenceTypeName = "ArrayBridge.Native.NewReference";

    /// <summary>ABR001: a new reference is discarded, so nothing releases it.</summary>
    public static readonly DiagnosticDescriptor Discarded = new(
        "ABR001",
        "A new Python reference is discarded",
        "The NewReference returned by '{0}' is discarded, which leaks the reference; dispose it ('using NewReference x = ...') or hand it over (.Steal(), .Move())",
        "Reliability",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <summary>ABR002: a new reference held in a variable is copied, so two owners may release it.</summary>
    public static readonly DiagnosticDescriptor Copied = new(
        "ABR002",
        "An owned Python reference is copied",
        "'{0}' is copied, and both copies would own the reference; transfer it with '{0}.Move()' or '{0}.Steal()', or pass it 'in' to borrow",
        "Reliability",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Discarded, Copied);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            INamedTypeSymbol? newReference = start.Compilation.GetTypeByMetadataName(NewReferenceTypeName);
            if (newReference is null)
            {
                return;
            }

            start.RegisterOperationAction(c => CheckDiscarded(c, newReference), OperationKind.ExpressionStatement, OperationKind.SimpleAssignment);
            start.RegisterOperationAction(c => CheckCopied(c, newReference), OperationKind.LocalReference, OperationKind.ParameterReference, OperationKind.FieldReference);
        });
    }

    private static void CheckDiscarded(OperationAnalysisContext context, INamedTypeSymbol newReference)
    {
        IOperation? value = context.Operation switch
        {
            IExpressionStatementOperation statement when statement.Operation is not IAssignmentOperation => statement.Operation,
            ISimpleAssignmentOperation { Target: IDiscardOperation } assignment => assignment.Value,
            _ => null,
        };
        if (value is not null && SymbolEqualityComparer.Default.Equals(value.Type, newReference))
        {
            context.ReportDiagnostic(Diagnostic.Create(Discarded, value.Syntax.GetLocation(), value.Syntax.ToString()));
        }
    }

    private static void CheckCopied(OperationAnalysisContext context, INamedTypeSymbol newReference)
    {
        IOperation read = context.Operation;
        if (!SymbolEqualityComparer.Default.Equals(read.Type, newReference) || IsOwnershipPreserving(read))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Copied, read.Syntax.GetLocation(), read.Syntax.ToString()));
    }

    /// <summary>Whether the variable is used in place (a member call, by reference, assigned to) rather than read as a copy.</summary>
    private static bool IsOwnershipPreserving(IOperation read)
    {
        if (read is ILocalReferenceOperation { IsDeclaration: true })
        {
            return true;
        }

        IOperation? parent = read.Parent;
        switch (parent)
        {
            case IInvocationOperation invocation when invocation.Instance == read:
            case IPropertyReferenceOperation property when property.Instance == read:
            case IFieldReferenceOperation field when field.Instance == read:
            case IArgumentOperation argument when argument.Parameter is { RefKind: not RefKind.None }:
            case IConversionOperation { OperatorMethod: not null }:
            case IAssignmentOperation assignment when assignment.Target == read:
            case IDeclarationExpressionOperation:
                return true;
            case IArgumentOperation { Parameter: null } or null:
                return true; // an incomplete tree (the code has compile errors of its own)
            default:
                return false;
        }
    }
}
