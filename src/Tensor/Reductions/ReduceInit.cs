namespace ArrayBridge;

/// <summary>How a reduction's accumulators start.</summary>
internal enum ReduceInit
{
    /// <summary>From the operation's identity.</summary>
    Identity,

    /// <summary>From the <c>initial</c> value the caller gave.</summary>
    Initial,

    /// <summary>From the first element along the reduced axes (operations without an identity).</summary>
    First,

    /// <summary>Not at all: the accumulators hold an earlier slab's partial results.</summary>
    None,
}
