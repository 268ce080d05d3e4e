namespace ArrayBridge;

/// <summary>
/// One typed inner loop of a ufunc (an entry of NumPy's <c>ufunc.types</c>, such as <c>'dd-&gt;d'</c>):
/// the element type of each input and of the output, and the function that runs a 1-d strided run.
/// </summary>
/// <remarks>
/// The function has NumPy's <c>PyUFuncGenericFunction</c> shape: <c>args</c> holds one pointer per
/// operand (inputs, then the output), <c>strides</c> one byte stride per operand, and
/// <c>count</c> is the run's length. Operands arrive in the loop's types and native byte order;
/// the engine buffers whatever is not. A pointer may be unaligned.
/// </remarks>
internal readonly unsafe struct UfuncLoop
{
    /// <summary>The element type of each input, then of the output.</summary>
    public readonly ScalarType[] Types;

    /// <summary>The inner loop.</summary>
    public readonly delegate*<byte**, nint*, nint, void> Function;

    /// <summary><see cref="Types"/> as native-order dtypes, made once for the hot path.</summary>
    public readonly DType[] DTypes;

    public UfuncLoop(ScalarType[] types, delegate*<byte**, nint*, nint, void> function)
    {
        Types = types;
        Function = function;
        DTypes = Array.ConvertAll(types, static t => DType.Create(t));
    }

    /// <summary>The loop's output type.</summary>
    public ScalarType Output => Types[^1];

    /// <summary>The loop's output dtype, native order.</summary>
    public DType OutputDType => DTypes[^1];

    /// <summary>NumPy's notation for the loop, e.g. <c>dd-&gt;d</c>.</summary>
    public override string ToString()
    {
        var chars = new char[Types.Length + 2];
        int n = 0;
        for (int i = 0; i < Types.Length; i++)
        {
            if (i == Types.Length - 1)
            {
                chars[n++] = '-';
                chars[n++] = '>';
            }

            chars[n++] = DType.Create(Types[i]).Char;
        }

        return new string(chars);
    }
}
