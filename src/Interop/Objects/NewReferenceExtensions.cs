namespace ArrayBridge.Interop;

/// <summary>
/// Turns a failed C-API call (a NULL <see cref="NewReference"/>) into the current Python error, the
/// policy the native layer leaves to its callers.
/// </summary>
internal static class NewReferenceExtensions
{
    /// <summary>The object, borrowed from <paramref name="reference"/>; throws the current Python error when it is NULL. GIL held.</summary>
    /// <exception cref="PythonException"><paramref name="reference"/> is NULL.</exception>
    public static BorrowedReference BorrowOrThrow(this in NewReference reference)
    {
        if (reference.IsNull)
        {
            throw PythonException.FetchCurrent();
        }

        return reference.Borrow();
    }

    /// <summary>Throws the current Python error when <paramref name="reference"/> is NULL. GIL held.</summary>
    /// <exception cref="PythonException"><paramref name="reference"/> is NULL.</exception>
    public static void ThrowIfNull(this in NewReference reference)
    {
        if (reference.IsNull)
        {
            throw PythonException.FetchCurrent();
        }
    }
}
