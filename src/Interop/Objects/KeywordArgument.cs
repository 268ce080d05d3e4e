namespace ArrayBridge.Interop;

/// <summary>
/// One Python keyword argument, <c>name=value</c>, for <see cref="PyObject.Call(object?[], ReadOnlySpan{KeywordArgument})"/>
/// and <see cref="PyObject.Invoke(string, object?[], ReadOnlySpan{KeywordArgument})"/>. A struct, so
/// a call's keywords live on the stack (<c>params ReadOnlySpan</c>) and go straight into the
/// call's keyword dict: no .NET dictionary or array is allocated for them.
/// Write <c>Kw.Of("n_estimators", 100)</c>, or a tuple <c>("n_estimators", 100)</c>.
/// </summary>
/// <param name="Name">The keyword, e.g. <c>n_estimators</c>.</param>
/// <param name="Value">The value, converted like <see cref="PyObject.From"/>.</param>
public readonly record struct KeywordArgument(string Name, object? Value)
{
    /// <summary>A keyword argument from a <c>(name, value)</c> tuple.</summary>
    /// <param name="pair">The keyword and its value.</param>
    public static implicit operator KeywordArgument((string Name, object? Value) pair) => new(pair.Name, pair.Value);
}
