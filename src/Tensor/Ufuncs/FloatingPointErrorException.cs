namespace ArrayBridge;

/// <summary>
/// A floating-point error in a category whose mode is <see cref="FloatingPointErrorMode.Raise"/>;
/// NumPy's <c>FloatingPointError</c>, with NumPy's message, such as
/// "divide by zero encountered in divide".
/// </summary>
public sealed class FloatingPointErrorException : ArithmeticException
{
    /// <summary>Creates the exception for one error category.</summary>
    /// <param name="message">The message, in NumPy's words: "{category} encountered in {ufunc}".</param>
    /// <param name="flag">The category that was raised: exactly one of the four flags.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="flag"/> is not exactly one category.</exception>
    public FloatingPointErrorException(string message, FloatingPointFlags flag)
        : base(message)
    {
        FloatingPointStatus.CheckSingle(flag);
        Flag = flag;
    }

    /// <summary>The error category that caused the exception.</summary>
    public FloatingPointFlags Flag { get; }
}
