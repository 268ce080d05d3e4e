using FsCheck;
using FsCheck.Fluent;

namespace ArrayBridge.Testing;

/// <summary>
/// FsCheck generators for numeric arrays, modelled on <c>hypothesis.extra.numpy</c>: dtypes,
/// shapes, broadcastable shapes, reshape targets, axis arguments, element values, basic indices and
/// arrays in every layout. Each <c>Gen</c> has an <c>Arbitrary</c> twin whose shrinker moves toward
/// simpler cases (fewer dimensions, shorter sides, C-contiguous native layouts, values nearer zero),
/// for <c>Prop.ForAll</c>; <see cref="ArrayArbitraries"/> registers the defaults for
/// FsCheck.Xunit's <c>[Property]</c>.
/// </summary>
/// <remarks>
/// Arrays are generated as <see cref="ArraySpec"/> recipes, never as <see cref="NDArray"/>s, because
/// FsCheck does not dispose generated values: a property materializes the recipe and disposes it.
/// <code language="csharp">
/// Check.QuickThrowOnFailure(Prop.ForAll(ArrayGen.ArrayArbitrary(new ArrayOptions { DTypes = DTypeFamily.Floating }), spec =>
/// {
///     using NDArrayScope scope = NDArray.Scope(); // owns the array, its base and every temporary
///     NDArray a = spec.Create();
///     ArrayAssert.AssertArrayEqual(a * 1, a);
/// }));
/// </code>
/// </remarks>
public static partial class ArrayGen
{
    /// <summary>Seeds for the plain-<see cref="System.Random"/> parts of the generators (FsCheck's replay fixes them).</summary>
    private static Gen<int> Seeds => Gen.Choose(0, int.MaxValue);

    /// <summary>
    /// Arrays of any layout under <paramref name="options"/> (hypothesis's <c>arrays</c>): each
    /// recipe is built to show one <see cref="LayoutClass"/>, with swapped byte order, an unaligned
    /// start and the read-only flag drawn on top.
    /// </summary>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static Gen<ArraySpec> Arrays(ArrayOptions? options = null)
    {
        ArrayOptions o = options ?? ArrayOptions.Default;
        o.Validate();
        IReadOnlyList<DType> dtypes = DTypeList(o);
        return Seeds.Select(seed => SpecBuilder.Build(new Random(seed), o, dtypes, null));
    }

    /// <summary>
    /// Arrays of exactly <paramref name="dtype"/> and view shape <paramref name="shape"/>, in any
    /// layout that shape can take (hypothesis's <c>arrays(dtype, shape)</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A negative side, or inconsistent options.</exception>
    public static Gen<ArraySpec> Arrays(DType dtype, nint[] shape, ArrayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Any(n => n < 0))
        {
            ThrowHelper.ThrowArgument($"negative dimensions are not allowed: {ArraySpec.FormatShape(shape)}", nameof(shape));
        }

        ArrayOptions o = (options ?? ArrayOptions.Default) with { ExactDTypes = [dtype] };
        o.Validate();
        nint[] copy = (nint[])shape.Clone();
        return Seeds.Select(seed => SpecBuilder.Build(new Random(seed), o, [dtype], copy));
    }

    /// <summary><see cref="Arrays(ArrayOptions?)"/> with <see cref="ArraySpec.Shrink"/> as its shrinker.</summary>
    public static Arbitrary<ArraySpec> ArrayArbitrary(ArrayOptions? options = null) => Arb.From(Arrays(options), s => s.Shrink());

    /// <summary><see cref="Arrays(DType, nint[], ArrayOptions?)"/> with a shrinker that keeps the dtype and the view shape.</summary>
    public static Arbitrary<ArraySpec> ArrayArbitrary(DType dtype, nint[] shape, ArrayOptions? options = null)
    {
        nint[] fixedShape = (nint[])shape.Clone();
        return Arb.From(Arrays(dtype, shape, options), s => s.Shrink().Where(c => c.DType == dtype && ViewShapeIs(c, fixedShape)));
    }

    private static bool ViewShapeIs(ArraySpec spec, nint[] shape)
    {
        nint[] view = spec.BroadcastTo ?? (spec.Index.Length > 0 ? BasicIndex.Apply(spec.BaseShape, spec.Index) ?? [] : spec.BaseShape);
        return view.AsSpan().SequenceEqual(shape);
    }
}
