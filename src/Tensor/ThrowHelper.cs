using System.Diagnostics.CodeAnalysis;

namespace ArrayBridge;

/// <summary>
/// Throw paths kept out of line so that the methods that call them stay small and inlinable.
/// </summary>
internal static partial class ThrowHelper
{
    [DoesNotReturn]
    public static void ThrowArgument(string message, string? paramName = null) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static T ThrowArgument<T>(string message, string? paramName = null) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    public static void ThrowArgumentOutOfRange(string paramName, string message) => throw new ArgumentOutOfRangeException(paramName, message);

    [DoesNotReturn]
    public static T ThrowArgumentOutOfRange<T>(string paramName, string message) => throw new ArgumentOutOfRangeException(paramName, message);

    /// <summary>A shape with more axes than an array may have, in NumPy 2's words (<c>PyArray_IntpConverter</c>).</summary>
    [DoesNotReturn]
    public static void ThrowTooManyDimensions(int found, string? paramName) =>
        throw new ArgumentException($"maximum supported dimension for an ndarray is currently {Layout.MaxDimensions}, found {found}", paramName);

    /// <summary>An enum argument that is none of the type's defined values (or, for flags, has undefined bits).</summary>
    [DoesNotReturn]
    public static void ThrowUndefinedEnum(string paramName, long value, string enumName) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"{value} is not a defined {enumName} value.");

    // Index errors follow the .NET convention rather than NumPy's one IndexError:
    // ArgumentOutOfRangeException for an index outside its axis, ArgumentException for the wrong
    // number of indices (IndexOutOfRangeException is the runtime's own, CA2201). The messages are NumPy's.

    /// <summary>An index outside its axis, in NumPy's words.</summary>
    [DoesNotReturn]
    public static void ThrowIndexOutOfBounds(nint index, int axis, nint length, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, $"index {index} is out of bounds for axis {axis} with size {length}");

    /// <summary>More indices than axes, in NumPy's words.</summary>
    [DoesNotReturn]
    public static void ThrowTooManyIndices(int ndim, int given, string paramName) =>
        throw new ArgumentException(TooManyIndicesMessage(ndim, given), paramName);

    [DoesNotReturn]
    public static void ThrowWrongIndexCount(int ndim, int given, string? paramName) => throw WrongIndexCount(ndim, given, paramName);

    [DoesNotReturn]
    public static void ThrowReadOnly() => throw ReadOnly();

    [DoesNotReturn]
    public static void ThrowObjectDisposed() => throw ObjectDisposed();

    // The exceptions themselves, for throw paths that choose among them.
    /// <summary>
    /// An element access with a number of indices other than the rank: NumPy's IndexError wording for
    /// too many, its <c>item()</c> wording for too few (an element needs one index per axis).
    /// </summary>
    public static ArgumentException WrongIndexCount(int ndim, int given, string? paramName = null) =>
        new(given > ndim
            ? TooManyIndicesMessage(ndim, given)
            : $"incorrect number of indices for array: array is {ndim}-dimensional, but {given} were indexed (an element access takes one index per axis)", paramName);

    private static string TooManyIndicesMessage(int ndim, int given) =>
        $"too many indices for array: array is {ndim}-dimensional, but {given} were indexed";

    public static InvalidOperationException ReadOnly() => new("assignment destination is read-only: the array's WRITEABLE flag is not set");

    public static ObjectDisposedException ObjectDisposed() => new("NDArray", "The array was disposed; its memory may have been released.");

    [DoesNotReturn]
    public static void ThrowArgumentNull(string paramName, string message) => throw new ArgumentNullException(paramName, message);

    [DoesNotReturn]
    public static void ThrowObjectDisposed(string objectName, string message) => throw new ObjectDisposedException(objectName, message);

    [DoesNotReturn]
    public static void ThrowScopeDisposedOutOfOrder(int stillOpen) =>
        throw new InvalidOperationException($"NDArrayScope disposed out of order: {stillOpen} scope(s) opened inside it are still open; dispose the inner scopes first (nothing was disposed)");

    [DoesNotReturn]
    public static void ThrowScopeWrongThread(string action, int openedOn, int calledOn) =>
        throw new InvalidOperationException($"NDArrayScope {action} on another thread: it was opened on managed thread {openedOn} and may be used and disposed only there, but this is thread {calledOn} (a scope must not span an await that resumes elsewhere)");

    [DoesNotReturn]
    public static void ThrowScopeDisposalFailures(List<Exception> failures) =>
        throw new AggregateException($"{failures.Count} arrays of an NDArrayScope threw while being disposed; every other array was disposed", failures);

    [DoesNotReturn]
    public static void ThrowDllNotFound(string message) => throw new DllNotFoundException(message);

    [DoesNotReturn]
    public static void ThrowInvalidOperation(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static T ThrowInvalidOperation<T>(string message) => throw new InvalidOperationException(message);

    [DoesNotReturn]
    public static void ThrowNotSupported(string message) => throw new NotSupportedException(message);

    [DoesNotReturn]
    public static T ThrowNotSupported<T>(string message) => throw new NotSupportedException(message);

    [DoesNotReturn]
    public static T ThrowFormat<T>(string message) => throw new FormatException(message);

    [DoesNotReturn]
    public static void ThrowFormat(string message) => throw new FormatException(message);

    [DoesNotReturn]
    public static T ThrowNotSupported<T>(string message, Exception inner) => throw new NotSupportedException(message, inner);

    [DoesNotReturn]
    public static void ThrowKeyNotFound(string message) => throw new KeyNotFoundException(message);

    [DoesNotReturn]
    public static T ThrowInvalidData<T>(string message, Exception inner) => throw new InvalidDataException(message, inner);

    [DoesNotReturn]
    public static void ThrowInvalidData(string message) => throw new InvalidDataException(message);

    [DoesNotReturn]
    public static T ThrowInvalidData<T>(string message) => throw new InvalidDataException(message);

    [DoesNotReturn]
    public static void ThrowDivideByZero(string message) => throw new DivideByZeroException(message);

    [DoesNotReturn]
    public static void ThrowOverflow(string message) => throw new OverflowException(message);

    [DoesNotReturn]
    public static void ThrowInvalidCast(string message) => throw new InvalidCastException(message);

    [DoesNotReturn]
    public static T ThrowOverflow<T>(string message) => throw new OverflowException(message);

    /// <summary>A weak (Python) integer that the dtype it promotes to cannot hold, in NumPy 2's words.</summary>
    [DoesNotReturn]
    public static void ThrowPythonIntegerOutOfBounds(long value, DType dtype) =>
        throw new OverflowException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Python integer {value} out of bounds for {dtype.Name}"));

    [DoesNotReturn]
    public static void ThrowDTypeMismatch(DType actual, Type requested) =>
        throw new InvalidCastException($"the array's dtype is {actual.TypeStr} ({actual}), which {requested.Name} cannot read directly; use AsType to convert{(actual.IsNativeByteOrder ? "" : " (the data is byte-swapped)")}");

    /// <summary>A floating-point error whose mode is Raise: NumPy's <c>FloatingPointError</c>.</summary>
    [DoesNotReturn]
    public static void ThrowFloatingPointError(string message, FloatingPointFlags flag) => throw new FloatingPointErrorException(message, flag);
}
