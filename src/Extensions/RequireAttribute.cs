namespace ArrayBridge.Extensions;

/// <summary>
/// The <c>requirements</c> of an array parameter's conversion, as <c>PyArray_FROM_OTF(obj, dtype,
/// requirements)</c> takes them: <see cref="ArrayFlags.CContiguous"/>, <see cref="ArrayFlags.Aligned"/>,
/// <see cref="ArrayFlags.Writeable"/> (an output: the argument must be a writeable array of the dtype),
/// <see cref="ArrayFlags.WritebackIfCopy"/> (an in-out argument of any layout or castable dtype: the
/// function works on a conforming copy that is written back when it returns),
/// <see cref="ArrayFlags.ForceCast"/> (allow unsafe casts), <see cref="ArrayFlags.EnsureCopy"/>.
/// Without it an array parameter accepts any array-like whose dtype casts safely, in any layout.
/// </summary>
/// <param name="flags">The NumPy requirement flags.</param>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
public sealed class RequireAttribute(ArrayFlags flags) : Attribute
{
    /// <summary>The requirement flags.</summary>
    public ArrayFlags Flags { get; } = flags;
}
