namespace ArrayBridge.Extensions;

/// <summary>
/// Releases the GIL while the function body runs (after its arguments are converted, before its result
/// is), so other Python threads run meanwhile. The body must not touch Python objects; NDArray
/// arguments and results are plain memory and may be used.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class ReleaseGilAttribute : Attribute
{
}
