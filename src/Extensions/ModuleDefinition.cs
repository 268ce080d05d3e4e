using System.ComponentModel;
using System.Runtime.InteropServices;
using ArrayBridge.Interop;

namespace ArrayBridge.Extensions;

/// <summary>
/// A Python extension module's definition in native memory that lives as long as the process (the
/// <c>PyModuleDef</c>, its <c>PyMethodDef</c> table and every name and docstring, as CPython requires
/// of a single-phase module), and the module's <c>DotNetError</c> exception type. Generated
/// <c>PyInit_&lt;name&gt;</c> functions build one with <see cref="Begin"/> and
/// <see cref="AddFunction"/> and return <see cref="Create"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ModuleDefinition
{
    /// <summary><c>sizeof(PyModuleDef)</c>: <c>PyModuleDef_Base</c> (object head, m_init, m_index, m_copy) and eight fields.</summary>
    private const int ModuleDefSize = 13 * 8;

    /// <summary><c>sizeof(PyMethodDef)</c>: name, function, flags, doc.</summary>
    private const int MethodDefSize = 4 * 8;

    /// <summary><c>METH_FASTCALL | METH_KEYWORDS</c>: the vectorcall convention with keyword names.</summary>
    private const int FastCallKeywords = 0x0080 | 0x0002;

    private readonly List<(string Name, nint Entry, string Doc)> _functions = [];
    private readonly string? _doc;
    private void* _def;
    private nint _error;

    private ModuleDefinition(string name, string? doc)
    {
        Name = name;
        _doc = doc;
    }

    /// <summary>The module's import name.</summary>
    public string Name { get; }

    /// <summary>The module's <c>DotNetError</c> type (a <c>RuntimeError</c> subclass), or 0 before <see cref="Create"/>.</summary>
    public nint ErrorType => _error;

    /// <summary>
    /// Attaches ArrayBridge to the interpreter importing the module (<see cref="Python.Attach"/>: its
    /// libpython is already in the process) and starts a definition.
    /// </summary>
    /// <param name="name">The module's import name.</param>
    /// <param name="doc">The module docstring, or null.</param>
    /// <exception cref="InvalidOperationException">No initialized interpreter is in the process.</exception>
    public static ModuleDefinition Begin(string name, string? doc)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Python.Attach();
        return new ModuleDefinition(name, doc);
    }

    /// <summary>
    /// Adds a function whose entry point has CPython's <c>METH_FASTCALL | METH_KEYWORDS</c> signature,
    /// and returns its signature for the entry point's argument binding.
    /// </summary>
    /// <param name="name">The Python name.</param>
    /// <param name="entry">The <c>[UnmanagedCallersOnly]</c> entry point.</param>
    /// <param name="doc">The docstring, starting with the text signature (<c>name(a, b=1)\n--\n\n</c>).</param>
    /// <param name="parameters">The parameter names, in order.</param>
    /// <param name="required">How many leading parameters have no default.</param>
    public FunctionSignature AddFunction(string name, delegate* unmanaged<nint, nint*, nint, nint, nint> entry, string doc, string[] parameters, int required)
    {
        if (_def is not null)
        {
            ThrowHelper.ThrowInvalidOperation($"module '{Name}' was already created; functions are added before Create().");
        }

        _functions.Add((name, (nint)entry, doc));
        return new FunctionSignature($"{Name}.{name}", parameters, required);
    }

    /// <summary>
    /// The module object (a new reference), or 0 with a Python error set: <c>PyModule_Create2</c> over
    /// the definition, which is built on the first call, plus <c>DotNetError</c>.
    /// </summary>
    public nint Create()
    {
        if (_def is null)
        {
            _def = BuildDefinition();
        }

        using NewReference module = CPython.PyModule_Create2(_def, CPython.PYTHON_API_VERSION);
        if (module.IsNull)
        {
            return 0;
        }

        if (_error == 0)
        {
            byte* qualified = AllocText($"{Name}.DotNetError");
            // Kept for the process's lifetime: the module's functions raise it after the module is gone.
            _error = CPython.PyErr_NewException(qualified, CPython.PyExc_RuntimeError, BorrowedReference.Null).DangerousMoveToPointer();
            if (_error == 0)
            {
                return 0;
            }
        }

        if (CPython.PyModule_AddObjectRef(module, AllocText("DotNetError"), BorrowedReference.DangerousFromPointer(_error)) < 0)
        {
            return 0;
        }

        return module.DangerousMoveToPointer();
    }

    /// <summary>Sets <c>ImportError</c> for a failed initialization and returns 0; never throws.</summary>
    /// <param name="name">The module's import name.</param>
    /// <param name="e">What failed.</param>
    public static nint FailImport(string name, Exception e)
    {
        try
        {
            if (CPython.IsBound)
            {
                PyApi.SetError(CPython.PyExc_ImportError, $"initializing the .NET extension module '{name}' failed: {e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
            }
        }
        catch (Exception)
        {
            // Python then raises SystemError (NULL without an error set): still no crash.
        }

        return 0;
    }

    private void* BuildDefinition()
    {
        byte* methods = (byte*)NativeMemory.AllocZeroed((nuint)((_functions.Count + 1) * MethodDefSize));
        for (int i = 0; i < _functions.Count; i++)
        {
            nint* entry = (nint*)(methods + (i * MethodDefSize));
            entry[0] = (nint)AllocText(_functions[i].Name);
            entry[1] = _functions[i].Entry;
            entry[2] = FastCallKeywords;
            entry[3] = (nint)AllocText(_functions[i].Doc);
        }

        nint* def = (nint*)NativeMemory.AllocZeroed(ModuleDefSize);
        def[0] = 1; // PyModuleDef_HEAD_INIT: ob_refcnt 1, ob_type NULL, m_init/m_index/m_copy 0
        def[5] = (nint)AllocText(Name); // m_name
        def[6] = _doc is null ? 0 : (nint)AllocText(_doc); // m_doc
        def[7] = -1; // m_size: module state in globals, no sub-interpreter support
        def[8] = (nint)methods; // m_methods
        return def;
    }

    /// <summary>NUL-terminated UTF-8 in native memory that is never freed (CPython keeps pointers into it).</summary>
    internal static byte* AllocText(string value)
    {
        byte[] bytes = ArrayBridge.Native.Interop.Utf8Z(value, nameof(value));
        byte* p = (byte*)NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>(p, bytes.Length));
        return p;
    }
}
