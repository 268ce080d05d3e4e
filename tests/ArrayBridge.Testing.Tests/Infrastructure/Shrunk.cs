namespace ArrayBridge.Testing.Tests;

/// <summary>
/// Runs a property with a fixed seed and returns the value FsCheck shrank a failure to: the last
/// value the property failed on (shrinking adopts each failing candidate and stops when every
/// simpler candidate passes, so the last failure is the reported one).
/// </summary>
internal static class Shrunk
{
    public static FsCheck.Replay Seed(ulong seed) => new(new Rnd(seed, 0x9E3779B97F4A7C15UL), null);

    public static T Of<T>(Arbitrary<T> arbitrary, Action<T> property, ulong seed, int maxTest = 500)
    {
        T? last = default;
        int failures = 0;
        Property prop = Prop.ForAll(arbitrary, value =>
        {
            try
            {
                property(value);
            }
            catch (Exception e) when (e is ArrayAssertionException or Xunit.Sdk.XunitException)
            {
                last = value;
                failures++;
                throw;
            }
        });

        Exception? reported = Record.Exception(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithReplay(Seed(seed)), prop));
        Assert.NotNull(reported);
        Assert.True(failures > 0, "the property never failed");
        Assert.Contains("Shrunk", reported.Message, StringComparison.Ordinal);
        return last!;
    }
}
