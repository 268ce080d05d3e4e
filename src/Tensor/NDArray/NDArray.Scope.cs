namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>The scope that will dispose this array when it ends, or null.</summary>
    internal NDArrayScope? OwningScope { get; set; }

    /// <summary>This array's slot in <see cref="OwningScope"/>, so that moving it out is O(1).</summary>
    internal int ScopeSlot { get; set; }

    /// <summary>
    /// Opens an <see cref="NDArrayScope"/> on this thread: every array created on this thread until
    /// it ends (and while no scope opened inside it is open), views included, is disposed when it
    /// ends, unless moved out with <see cref="NDArrayScope.MoveToOuter{T}(T)"/> or
    /// <see cref="MoveToOuterScope"/>, or detached. TorchSharp's <c>torch.NewDisposeScope()</c>.
    /// </summary>
    /// <returns>The new scope, to be disposed on this thread, after any scope opened inside it.</returns>
    /// <example>
    /// A method that computes with temporaries and hands only its result to the caller:
    /// <code language="csharp">
    /// static NDArray&lt;float&gt; ReversedColumnsAsFloat32(NDArray&lt;double&gt; a)
    /// {
    ///     using var scope = NDArray.Scope();
    ///     NDArray&lt;double&gt; t = a.Transpose();       // a view, owned by the scope
    ///     NDArray&lt;double&gt; r = t["::-1"];           // another view, owned by the scope
    ///     NDArray&lt;float&gt; result = r.AsType&lt;float&gt;(); // a copy, owned until moved out
    ///     return scope.MoveToOuter(result);           // t and r are disposed; result is the caller's
    /// }
    /// </code>
    /// The results of arithmetic are collected the same way, so that <c>(x - mean) / std</c> leaves
    /// no undisposed temporary.
    /// </example>
    public static NDArrayScope Scope() => new();

    /// <summary>
    /// Hands this array from the scope that owns it to the enclosing one (or to none), as
    /// <see cref="NDArrayScope.MoveToOuter{T}(T)"/> does; an array no scope owns is left as it is.
    /// </summary>
    /// <returns>This array.</returns>
    /// <exception cref="InvalidOperationException">The owning scope is open on another thread.</exception>
    public NDArray MoveToOuterScope() => OwningScope?.MoveToOuter(this) ?? this;

    /// <summary>
    /// Takes this array out of the scope that owns it, if any, so that no scope disposes it; the
    /// caller disposes it. <see cref="NDArrayScope.Detach{T}(T)"/>.
    /// </summary>
    /// <returns>This array.</returns>
    /// <exception cref="InvalidOperationException">The owning scope is open on another thread.</exception>
    public NDArray DetachFromScope() => OwningScope?.Detach(this) ?? this;
}
