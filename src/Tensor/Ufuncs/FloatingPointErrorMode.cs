namespace ArrayBridge;

/// <summary>
/// What happens when a ufunc meets a floating-point error of one category: the values NumPy's
/// <c>np.seterr</c> and <c>np.errstate</c> accept for <c>divide</c>, <c>over</c>, <c>under</c> and
/// <c>invalid</c>. NumPy also has <c>'print'</c> and <c>'log'</c>; subscribe to
/// <see cref="NDArray.FloatingPointWarning"/> or use <see cref="Call"/> for those.
/// </summary>
public enum FloatingPointErrorMode
{
    /// <summary>Nothing happens (<c>'ignore'</c>).</summary>
    Ignore = 0,
    /// <summary>
    /// The <see cref="NDArray.FloatingPointWarning"/> event is raised with NumPy's message
    /// (<c>'warn'</c>, which issues a <c>RuntimeWarning</c>). Nothing happens if no handler is subscribed.
    /// </summary>
    Warn = 1,
    /// <summary>A <see cref="FloatingPointErrorException"/> is thrown (<c>'raise'</c>, which raises <c>FloatingPointError</c>).</summary>
    Raise = 2,
    /// <summary>The state's callback is invoked (<c>'call'</c>, which calls the function set by <c>np.seterrcall</c>).</summary>
    Call = 3,
}
