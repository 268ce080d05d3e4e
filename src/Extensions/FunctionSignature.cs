using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ArrayBridge.Extensions;

/// <summary>
/// A module function's parameters, and the binding of a vectorcall's positional arguments and
/// keyword names to them with CPython's checks and wording: at most as many arguments as
/// parameters, no unknown keyword, no parameter given twice, every required one given.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class FunctionSignature
{
    private readonly string[] _parameters;
    private readonly nint[] _interned;
    private readonly int _required;

    internal FunctionSignature(string qualifiedName, string[] parameters, int required)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if ((uint)required > (uint)parameters.Length)
        {
            ThrowHelper.ThrowArgument($"{required} required parameters of {parameters.Length}", nameof(required));
        }

        QualifiedName = qualifiedName;
        _parameters = parameters;
        _required = required;
        _interned = new nint[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            // Interned names let the usual keyword (an interned literal at the call site) match by pointer.
            _interned[i] = CPython.PyUnicode_InternFromString(ModuleDefinition.AllocText(parameters[i])).DangerousMoveToPointer(); // kept as long as the signature
            if (_interned[i] == 0)
            {
                ThrowHelper.ThrowInvalidOperation($"interning the parameter name '{parameters[i]}' failed");
            }
        }
    }

    /// <summary>The module-qualified name used in error messages, e.g. <c>fastmath.scale</c>.</summary>
    public string QualifiedName { get; }

    /// <summary>How many parameters there are.</summary>
    public int Count => _parameters.Length;

    /// <summary>The name of parameter <paramref name="index"/>.</summary>
    public string ParameterName(int index) => _parameters[index];

    /// <summary>
    /// Puts each argument (borrowed) in <paramref name="slots"/> by parameter position, 0 for one not
    /// given. Returns false with a <c>TypeError</c> set when the call does not fit the signature.
    /// </summary>
    /// <param name="args">The positional arguments followed by the keyword arguments' values.</param>
    /// <param name="nargs">How many positional arguments.</param>
    /// <param name="kwnames">The tuple of keyword names, or 0.</param>
    /// <param name="slots">At least <see cref="Count"/> entries.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Bind(nint* args, nint nargs, nint kwnames, nint* slots)
    {
        // The common call: positional arguments only, as many as the signature allows.
        if (kwnames == 0 && nargs >= _required && nargs <= _parameters.Length)
        {
            int i = 0;
            for (; i < nargs; i++)
            {
                slots[i] = args[i];
            }

            for (; i < _parameters.Length; i++)
            {
                slots[i] = 0;
            }

            return true;
        }

        return BindSlow(args, nargs, kwnames, slots);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool BindSlow(nint* args, nint nargs, nint kwnames, nint* slots)
    {
        int n = _parameters.Length;
        nint given = nargs;
        if (nargs > n)
        {
            return TooMany(nargs + (kwnames == 0 ? 0 : CPython.PyTuple_Size(BorrowedReference.DangerousFromPointer(kwnames))));
        }

        for (int i = 0; i < nargs; i++)
        {
            slots[i] = args[i];
        }

        for (nint i = nargs; i < n; i++)
        {
            slots[i] = 0;
        }

        if (kwnames != 0)
        {
            BorrowedReference keywords = BorrowedReference.DangerousFromPointer(kwnames);
            nint nkw = CPython.PyTuple_Size(keywords);
            given += nkw;
            if (given > n)
            {
                return TooMany(given);
            }

            nint* names = CPython.PyTuple_ITEMS(keywords);
            for (int k = 0; k < nkw; k++)
            {
                int j = IndexOf(names[k]);
                if (j < 0)
                {
                    return Fail($"{QualifiedName}() got an unexpected keyword argument '{PyApi.ReadString(BorrowedReference.DangerousFromPointer(names[k]))}'");
                }

                if (slots[j] != 0)
                {
                    return Fail($"{QualifiedName}() got multiple values for argument '{_parameters[j]}'");
                }

                slots[j] = args[nargs + k];
            }
        }

        for (int j = (int)nargs; j < _required; j++)
        {
            if (slots[j] == 0)
            {
                return Fail($"{QualifiedName}() missing required argument '{_parameters[j]}' (pos {j + 1})");
            }
        }

        return true;
    }

    private int IndexOf(nint name)
    {
        for (int j = 0; j < _interned.Length; j++)
        {
            if (_interned[j] == name)
            {
                return j;
            }
        }

        for (int j = 0; j < _interned.Length; j++)
        {
            if (CPython.PyUnicode_Compare(BorrowedReference.DangerousFromPointer(_interned[j]), BorrowedReference.DangerousFromPointer(name)) == 0)
            {
                return j;
            }
        }

        return -1;
    }

    private bool TooMany(nint given) =>
        Fail(_parameters.Length == 0
            ? $"{QualifiedName}() takes no arguments ({given} given)"
            : $"{QualifiedName}() takes at most {_parameters.Length} argument{(_parameters.Length == 1 ? "" : "s")} ({given} given)");

    private static bool Fail(string message)
    {
        PyApi.SetError(CPython.PyExc_TypeError, message);
        return false;
    }
}
