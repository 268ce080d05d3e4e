namespace ArrayBridge.Interop;

public static unsafe partial class Python
{
    /// <summary>
    /// Opens a <see cref="PyObjectScope"/> on this thread: every <see cref="PyObject"/> created on
    /// this thread until it ends (and not moved out, detached or kept) is released when it ends.
    /// Scopes nest; <c>using</c> ends them in order.
    /// <code language="csharp">
    /// using (Python.Scope())
    /// {
    ///     PyObject norm = np.GetAttr("linalg").Invoke("norm", x);   // the linalg module and norm are both released
    ///     total = norm.As&lt;double&gt;();
    /// }
    /// </code>
    /// Needs no running interpreter to open; objects created outside any scope are unaffected and
    /// cost nothing more than one thread-static read.
    /// </summary>
    public static PyObjectScope Scope() => new();
}
