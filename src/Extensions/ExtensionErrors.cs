using System.ComponentModel;

namespace ArrayBridge.Extensions;

/// <summary>
/// Turns a .NET exception that escaped a module function into the Python exception the caller sees:
/// <see cref="ArgumentException"/> → <c>ValueError</c>, <see cref="InvalidCastException"/> →
/// <c>TypeError</c>, <see cref="IndexOutOfRangeException"/> and <see cref="ArgumentOutOfRangeException"/>
/// → <c>IndexError</c>, anything else → the module's <c>DotNetError</c> (a <c>RuntimeError</c>), each
/// with the .NET type, message and stack trace as its text.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ExtensionErrors
{
    /// <summary>The Python exception type <paramref name="e"/> becomes in <paramref name="module"/>.</summary>
    public static nint PythonTypeOf(ModuleDefinition? module, Exception e) => e switch
    {
        ArgumentOutOfRangeException or IndexOutOfRangeException => CPython.PyExc_IndexError.DangerousGetAddress(),
        ArgumentException => CPython.PyExc_ValueError.DangerousGetAddress(),
        InvalidCastException => CPython.PyExc_TypeError.DangerousGetAddress(),
        _ => module is { ErrorType: not 0 } m ? m.ErrorType : CPython.PyExc_RuntimeError.DangerousGetAddress(),
    };

    /// <summary>Sets the Python error for <paramref name="e"/> and returns 0 (NULL); never throws.</summary>
    /// <param name="module">The module whose function failed.</param>
    /// <param name="e">The exception.</param>
    public static nint Raise(ModuleDefinition? module, Exception e)
    {
        try
        {
            PyApi.SetError(BorrowedReference.DangerousFromPointer(PythonTypeOf(module, e)), $"{e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
        }
        catch (Exception)
        {
            // Out of memory while formatting: the caller still returns NULL, and Python reports
            // SystemError for a NULL without an error rather than crashing.
        }

        return 0;
    }
}
