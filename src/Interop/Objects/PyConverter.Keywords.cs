namespace ArrayBridge.Interop;

internal static unsafe partial class PyConverter
{
    /// <summary>A new <c>tuple</c> of positional arguments from a span (the dynamic binder's arguments, say).</summary>
    internal static NewReference ToArgsTuple(ReadOnlySpan<object?> args)
    {
        using NewReference tuple = Check(CPython.PyTuple_New(args.Length));
        for (int i = 0; i < args.Length; i++)
        {
            SetTupleItem(tuple, i, ToPython(args[i], 1).Steal());
        }

        return tuple.Move();
    }

    /// <summary>A new reference to a <c>dict</c> of keyword arguments, or NULL when there are none.</summary>
    /// <exception cref="ArgumentException">A name is null or empty, or appears twice (Python's "got multiple values for keyword argument").</exception>
    internal static NewReference ToKwargsDict(ReadOnlySpan<KeywordArgument> kwargs)
    {
        if (kwargs.IsEmpty)
        {
            return default;
        }

        CheckKeywordNames(kwargs);
        using NewReference dict = Check(CPython.PyDict_New());
        foreach (KeywordArgument kw in kwargs)
        {
            SetDictItem(dict, kw.Name, kw.Value, 1);
        }

        return dict.Move();
    }

    /// <summary>A new <c>dict</c> of the trailing named arguments of a dynamic call, or NULL when there are none.</summary>
    internal static NewReference ToKwargsDict(ReadOnlySpan<string> names, ReadOnlySpan<object?> values)
    {
        if (names.IsEmpty)
        {
            return default;
        }

        using NewReference dict = Check(CPython.PyDict_New());
        for (int i = 0; i < names.Length; i++)
        {
            SetDictItem(dict, names[i], values[i], 1);
        }

        return dict.Move();
    }

    // Quadratic, but a call has a handful of keywords; a hash set would allocate on every call.
    private static void CheckKeywordNames(ReadOnlySpan<KeywordArgument> kwargs)
    {
        for (int i = 0; i < kwargs.Length; i++)
        {
            string name = kwargs[i].Name;
            if (string.IsNullOrEmpty(name))
            {
                ThrowHelper.ThrowKeywordNameMissing(i);
            }

            for (int j = 0; j < i; j++)
            {
                if (string.Equals(kwargs[j].Name, name, StringComparison.Ordinal))
                {
                    ThrowHelper.ThrowDuplicateKeyword(name);
                }
            }
        }
    }
}
