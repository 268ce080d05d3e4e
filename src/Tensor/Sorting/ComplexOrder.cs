using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>NumPy's complex <c>LT</c> over the order keys of the parts.</summary>
internal static class ComplexOrder
{
    /// <summary>
    /// Orders by class first (no NaN, NaN imaginary only, NaN real only, both NaN), then by the
    /// parts that are not NaN: exactly NumPy's <c>CLT</c> case analysis.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Less(ulong aRe, ulong aIm, ulong bRe, ulong bIm, ulong nanKey)
    {
        int aClass = (aRe == nanKey ? 2 : 0) | (aIm == nanKey ? 1 : 0);
        int bClass = (bRe == nanKey ? 2 : 0) | (bIm == nanKey ? 1 : 0);
        if (aClass != bClass)
            return aClass < bClass;
        return aRe < bRe || (aRe == bRe && aIm < bIm);
    }
}
