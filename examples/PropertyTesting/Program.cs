using ArrayBridge.Examples;
using ArrayBridge.Testing;
using FsCheck;
using FsCheck.Fluent;

// The distribution of the default array generator, as FsCheck's Classify reports it.
Console.WriteLine("== What ArrayGen.Arrays() generates (1000 arrays) ==");
Check.One(Config.Quick.WithMaxTest(1000).WithReplay(Replay(7)), Prop.ForAll(ArrayGen.ArrayArbitrary(), spec =>
{
    using MaterializedArray m = spec.Materialize();
    return Enum.GetValues<LayoutClass>().Where(c => c is not (LayoutClass.None or LayoutClass.All))
        .Aggregate(Prop.ToProperty(true), (p, c) => p.Classify(m.Classes.HasFlag(c), c.ToString()));
}));

// Each class on its own (an array may be in several), over 10,000 arrays.
Console.WriteLine();
Console.WriteLine("== Share of 10,000 arrays in each layout class ==");
var counts = new Dictionary<LayoutClass, int>();
foreach (ArraySpec spec in ArrayGen.Arrays().Sample(10_000, new Rnd(20261127UL, 0x9E3779B97F4A7C15UL), 10))
{
    using MaterializedArray m = spec.Materialize();
    foreach (LayoutClass c in Enum.GetValues<LayoutClass>().Where(c => c is not (LayoutClass.None or LayoutClass.All) && m.Classes.HasFlag(c)))
    {
        counts[c] = counts.GetValueOrDefault(c) + 1;
    }
}

foreach ((LayoutClass c, int n) in counts.OrderByDescending(p => p.Value))
{
    Console.WriteLine($"{c,-20} {n / 100.0,5:F1}%");
}

Console.WriteLine();
Console.WriteLine("== Softmax invariants ==");
Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(Replay(1)), SoftmaxProperties.RowsAreDistributions());
Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(Replay(2)), SoftmaxProperties.ShiftInvariant());

Console.WriteLine();
Console.WriteLine("== Softmax against NumPy ==");
Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(Replay(3)), SoftmaxProperties.AgreesWithNumPy(Softmax.Compute));

Console.WriteLine();
Console.WriteLine("== A planted layout bug, caught and shrunk ==");
try
{
    Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithReplay(Replay(3)), SoftmaxProperties.AgreesWithNumPy(Softmax.ComputeWithLayoutBug));
    Console.WriteLine("not caught");
    return 1;
}
catch (Exception e)
{
    Console.WriteLine(e.Message);
}

return 0;

static FsCheck.Replay Replay(ulong seed) => new(new Rnd(seed, 0x9E3779B97F4A7C15UL), null);
