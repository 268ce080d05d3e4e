namespace ArrayBridge.Interop;

/// <summary>Short names for keyword arguments: <c>model.Call([], Kw.Of("n_estimators", 100), Kw.Of("random_state", 0))</c>.</summary>
public static class Kw
{
    /// <summary>The keyword argument <c>name=value</c>.</summary>
    /// <param name="name">The keyword.</param>
    /// <param name="value">The value, converted like <see cref="PyObject.From"/> when the call is made.</param>
    public static KeywordArgument Of(string name, object? value) => new(name, value);
}
