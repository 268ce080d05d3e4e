namespace ArrayBridge.Interop;

/// <summary>A rich comparison, with CPython's values (<c>Py_LT</c> ... <c>Py_GE</c>) for <c>PyObject_RichCompare</c>.</summary>
public enum PyComparison
{
    /// <summary><c>&lt;</c> (<c>Py_LT</c>).</summary>
    LessThan = 0,

    /// <summary><c>&lt;=</c> (<c>Py_LE</c>).</summary>
    LessThanOrEqual = 1,

    /// <summary><c>==</c> (<c>Py_EQ</c>).</summary>
    Equal = 2,

    /// <summary><c>!=</c> (<c>Py_NE</c>).</summary>
    NotEqual = 3,

    /// <summary><c>&gt;</c> (<c>Py_GT</c>).</summary>
    GreaterThan = 4,

    /// <summary><c>&gt;=</c> (<c>Py_GE</c>).</summary>
    GreaterThanOrEqual = 5,
}
