namespace ArrayBridge.Extensions;

/// <summary>
/// Makes a <c>static partial</c> class a Python extension module: the ArrayBridge.Extensions source
/// generator emits its <c>PyInit_&lt;name&gt;</c> export, one vectorcall entry point per
/// <see cref="PythonFunctionAttribute"/> method, the method table and a <c>.pyi</c> stub.
/// </summary>
/// <param name="name">The module's import name (a Python identifier), e.g. <c>"fastmath"</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PythonModuleAttribute(string name) : Attribute
{
    /// <summary>The module's import name.</summary>
    public string Name { get; } = name;
}
