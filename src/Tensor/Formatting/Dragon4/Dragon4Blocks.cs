using System.Runtime.CompilerServices;

namespace ArrayBridge;

/// <summary>The inline, bounds-checked block storage of a <see cref="Dragon4BigInt"/>.</summary>
[InlineArray(Dragon4BigInt.Capacity)]
internal struct Dragon4Blocks
{
    private uint _element0;
}
