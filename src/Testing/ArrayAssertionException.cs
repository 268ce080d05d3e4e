namespace ArrayBridge.Testing;

/// <summary>An array comparison or a layout check failed; the message says how, in np.testing's words.</summary>
public sealed class ArrayAssertionException : Exception
{
    /// <summary>An assertion failure without a message.</summary>
    public ArrayAssertionException()
    {
    }

    /// <summary>An assertion failure with <paramref name="message"/>.</summary>
    public ArrayAssertionException(string message)
        : base(message)
    {
    }

    /// <summary>An assertion failure with <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public ArrayAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
