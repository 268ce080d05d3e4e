namespace ArrayBridge;

public unsafe partial class NDArray
{
    /// <summary>Element-wise sqrt(x1² + x2²) without undue overflow (<c>np.hypot</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Hypot(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Hypot.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise the angle of the point (x2, x1), quadrant-aware (<c>np.arctan2</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Arctan2(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Arctan2.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise x1 with the sign of x2 (<c>np.copysign</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Copysign(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Copysign.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise log(exp(x1) + exp(x2)) without undue overflow (<c>np.logaddexp</c>), broadcasting the operands.</summary>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Add(Operand, Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray LogAddExp(Operand x1, Operand x2, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.LogAddExp.Call(x1, x2, @out, where, dtype, casting, order);

    /// <summary>Element-wise the square root (<c>np.sqrt</c>). Negative reals give NaN.</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Sqrt(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Sqrt.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the cube root (<c>np.cbrt</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Cbrt(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Cbrt.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise e to the x (<c>np.exp</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Exp(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Exp.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise 2 to the x (<c>np.exp2</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Exp2(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Exp2.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise exp(x) - 1, accurate near 0 (<c>np.expm1</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Expm1(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Expm1.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the natural logarithm (<c>np.log</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Log(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Log.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the base-2 logarithm (<c>np.log2</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Log2(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Log2.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the base-10 logarithm (<c>np.log10</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Log10(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Log10.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise log(1 + x), accurate near 0 (<c>np.log1p</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Log1p(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Log1p.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the sine (<c>np.sin</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Sin(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Sin.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the cosine (<c>np.cos</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Cos(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Cos.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the tangent (<c>np.tan</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Tan(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Tan.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the inverse sine (<c>np.arcsin</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Arcsin(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Arcsin.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the inverse cosine (<c>np.arccos</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Arccos(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Arccos.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the inverse tangent (<c>np.arctan</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Arctan(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Arctan.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the hyperbolic sine (<c>np.sinh</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Sinh(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Sinh.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the hyperbolic cosine (<c>np.cosh</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Cosh(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Cosh.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the hyperbolic tangent (<c>np.tanh</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Tanh(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Tanh.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the inverse hyperbolic sine (<c>np.arcsinh</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Arcsinh(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Arcsinh.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the inverse hyperbolic cosine (<c>np.arccosh</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Arccosh(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Arccosh.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the inverse hyperbolic tangent (<c>np.arctanh</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Arctanh(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Arctanh.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the largest integer not above x (<c>np.floor</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Floor(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Floor.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise the smallest integer not below x (<c>np.ceil</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Ceil(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Ceil.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise x rounded toward zero (<c>np.trunc</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Trunc(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Trunc.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise x rounded to the nearest integer, ties to even (<c>np.rint</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Rint(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Rint.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise degrees to radians (<c>np.deg2rad</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Deg2Rad(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Deg2Rad.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise radians to degrees (<c>np.rad2deg</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Rad2Deg(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Rad2Deg.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise whether x is NaN (a bool result) (<c>np.isnan</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray IsNaN(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.IsNaN.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise whether x is ±infinity (a bool result) (<c>np.isinf</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray IsInf(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.IsInf.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise whether x is neither infinite nor NaN (a bool result) (<c>np.isfinite</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray IsFinite(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.IsFinite.Call(x, @out, where, dtype, casting, order);

    /// <summary>Element-wise whether the sign bit of x is set, -0.0 and negative NaNs included (a bool result) (<c>np.signbit</c>).</summary>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/param"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/returns"/>
    /// <inheritdoc cref="Negative(Operand, NDArray?, NDArray?, DType?, Casting, ArrayOrder)" path="/exception"/>
    public static NDArray Signbit(Operand x, NDArray? @out = null, NDArray? where = null, DType? dtype = null, Casting casting = Casting.SameKind, ArrayOrder order = ArrayOrder.K) =>
        Ufuncs.Signbit.Call(x, @out, where, dtype, casting, order);
}
