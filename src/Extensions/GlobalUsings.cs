// The native layer's classes are reached through aliases, as in ArrayBridge.Interop.
global using CPython = ArrayBridge.Native.Interop.Python;
global using NumPyC = ArrayBridge.Native.Interop.NumPy;
global using BorrowedReference = ArrayBridge.Native.BorrowedReference;
global using NewReference = ArrayBridge.Native.NewReference;
global using StolenReference = ArrayBridge.Native.StolenReference;
