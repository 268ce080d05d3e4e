using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge.Interop;

internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowArgumentNull(string paramName, string message) => throw new ArgumentNullException(paramName, message);

    [DoesNotReturn]
    public static void ThrowComparisonOutOfRange(PyComparison op) =>
        throw new ArgumentOutOfRangeException(nameof(op), op, $"{(int)op} is not a rich comparison; CPython's are Py_LT (0) to Py_GE (5).");

    [DoesNotReturn]
    public static void ThrowKeywordNameMissing(int index) =>
        throw new ArgumentException($"Keyword argument {index} has no name; a Python keyword argument needs a non-empty name.", "kwargs");

    [DoesNotReturn]
    public static void ThrowDuplicateKeyword(string name) =>
        throw new ArgumentException($"got multiple values for keyword argument '{name}'", "kwargs");

    [DoesNotReturn]
    public static void ThrowObjectScopeWrongThread(string action, int owner, int caller) =>
        throw new InvalidOperationException($"A Python.Scope() belongs to the thread that opened it (managed thread {owner}); it cannot be {action} on thread {caller}.");

    [DoesNotReturn]
    public static void ThrowObjectScopeOutOfOrder(int inner) =>
        throw new InvalidOperationException($"The Python.Scope() cannot end while {inner} scope(s) opened inside it are still open; end the inner scopes first (using does this).");

    [DoesNotReturn]
    public static void ThrowObjectScopeEnded() =>
        throw new ObjectDisposedException(nameof(PyObjectScope), "The Python.Scope() has ended; the objects it owned have been released.");

    [DoesNotReturn]
    public static void ThrowObjectScopeDisposalFailures(List<Exception> failures) =>
        throw new AggregateException("Several Python objects failed to be released when their Python.Scope() ended.", failures);
}
