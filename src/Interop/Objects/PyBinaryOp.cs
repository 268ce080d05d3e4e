namespace ArrayBridge.Interop;

/// <summary>The binary operators the dynamic binder dispatches by value rather than by function pointer.</summary>
internal enum PyBinaryOp
{
    Add,
    Subtract,
    Multiply,
    TrueDivide,
    InPlaceAdd,
    InPlaceSubtract,
    InPlaceMultiply,
    InPlaceTrueDivide,
    InPlaceRemainder,
}
