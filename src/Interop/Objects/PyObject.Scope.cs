namespace ArrayBridge.Interop;

public sealed unsafe partial class PyObject
{
    /// <summary>The scope that will release this object when it ends, or null; only touched on the scope's thread.</summary>
    internal PyObjectScope? OwningScope { get; set; }

    /// <summary>The object's slot in <see cref="OwningScope"/>.</summary>
    internal int ScopeSlot { get; set; }

    /// <summary>
    /// Takes the object out of the <see cref="Python.Scope"/> that owns it, so that no scope releases
    /// it: the caller disposes it (or leaves it to the finalizer). Does nothing for an object no
    /// scope owns. Library code that keeps an object past the call that made it (a cache, an owner
    /// of memory) calls this.
    /// </summary>
    /// <returns>This object.</returns>
    /// <exception cref="InvalidOperationException">Called on a thread other than the owning scope's.</exception>
    public PyObject Keep()
    {
        OwningScope?.Release(this);
        return this;
    }
}
