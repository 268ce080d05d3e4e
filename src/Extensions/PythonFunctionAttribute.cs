namespace ArrayBridge.Extensions;

/// <summary>
/// Exposes a public static method of a <see cref="PythonModuleAttribute"/> class as a module function.
/// Its Python name is the method name in snake_case (<c>MovingAverage</c> → <c>moving_average</c>)
/// unless <see cref="Name"/> gives one; its docstring is the XML doc summary.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PythonFunctionAttribute : Attribute
{
    /// <summary>Exposes the method under its snake_case name.</summary>
    public PythonFunctionAttribute()
    {
    }

    /// <summary>Exposes the method under <paramref name="name"/>.</summary>
    /// <param name="name">The Python name of the function.</param>
    public PythonFunctionAttribute(string name) => Name = name;

    /// <summary>The Python name given, or null for the snake_case form of the method name.</summary>
    public string? Name { get; }
}
