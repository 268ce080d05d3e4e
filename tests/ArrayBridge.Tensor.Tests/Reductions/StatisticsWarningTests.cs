namespace ArrayBridge.Tests;

/// <summary>
/// The RuntimeWarnings NumPy's statistics issue with <c>warnings.warn</c> reach
/// <see cref="NDArray.FloatingPointWarning"/> with NumPy's text, once per call, and only when the
/// condition holds (a clean input warns nothing).
/// </summary>
public class StatisticsWarningTests
{
    public static TheoryData<string, string> Warnings => new()
    {
        { "median of an empty array", "Mean of empty slice." },
        { "nanmedian of an all-NaN row", "All-NaN slice encountered" },
        { "nanmin of an all-NaN row", "All-NaN slice encountered" },
        { "nanmax of an all-NaN row", "All-NaN slice encountered" },
        { "nanmean of an all-NaN row", "Mean of empty slice" },
        { "nanvar of a one-value row with ddof 1", "Degrees of freedom <= 0 for slice." },
        { "nanstd of an all-NaN row", "Degrees of freedom <= 0 for slice." },
    };

    [Theory]
    [MemberData(nameof(Warnings))]
    public void Each_condition_warns_with_numpys_text(string call, string message)
    {
        using NDArray rows = NDArray.FromArray(new[,] { { double.NaN, double.NaN }, { 1.0, double.NaN } });
        using NDArray empty = NDArray.Zeros<double>(0);
        Func<NDArray> run = call switch
        {
            "median of an empty array" => () => NDArray.Median(empty),
            "nanmedian of an all-NaN row" => () => NDArray.NanMedian(rows, 1),
            "nanmin of an all-NaN row" => () => NDArray.NanMin(rows, 1),
            "nanmax of an all-NaN row" => () => NDArray.NanMax(rows, 1),
            "nanmean of an all-NaN row" => () => NDArray.NanMean(rows, 1),
            "nanvar of a one-value row with ddof 1" => () => NDArray.NanVar(rows, 1, ddof: 1),
            _ => () => NDArray.NanStd(rows, 1),
        };
        Assert.Equal([message], Recorded(run));

        // The same call on clean data warns nothing.
        using NDArray clean = NDArray.FromArray(new[,] { { 1.0, 2.0 }, { 3.0, 4.0 } });
        Func<NDArray> quiet = call.StartsWith("median", StringComparison.Ordinal) ? () => NDArray.Median(clean) : call switch
        {
            "nanmedian of an all-NaN row" => () => NDArray.NanMedian(clean, 1),
            "nanmin of an all-NaN row" => () => NDArray.NanMin(clean, 1),
            "nanmax of an all-NaN row" => () => NDArray.NanMax(clean, 1),
            "nanmean of an all-NaN row" => () => NDArray.NanMean(clean, 1),
            "nanvar of a one-value row with ddof 1" => () => NDArray.NanVar(clean, 1, ddof: 1),
            _ => () => NDArray.NanStd(clean, 1),
        };
        Assert.Empty(Recorded(quiet));
    }

    private static List<string> Recorded(Func<NDArray> run)
    {
        var messages = new List<string>();
        int thread = Environment.CurrentManagedThreadId;
        EventHandler<FloatingPointWarningEventArgs> handler = (_, e) =>
        {
            // The event is process-wide; other tests may warn on their threads at the same time.
            if (Environment.CurrentManagedThreadId == thread)
                messages.Add(e.Message);
        };
        NDArray.FloatingPointWarning += handler;
        try
        {
            run().Dispose();
        }
        finally
        {
            NDArray.FloatingPointWarning -= handler;
        }

        return messages;
    }
}
