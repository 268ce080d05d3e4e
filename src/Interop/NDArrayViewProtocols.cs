namespace ArrayBridge.Interop;

/// <summary>The array protocols an <c>arraybridge.NDArrayView</c> speaks beyond owning memory.</summary>
internal static unsafe class NDArrayViewProtocols
{
    /// <summary>Adds the protocol slots to the type's slot table.</summary>
    public static void AddSlots(CPython.PyType_Slot* slots, ref int count)
    {
    }
}
