// The native layer's classes are reached through aliases: inside namespace ArrayBridge.Interop the
// simple name "Interop" means this namespace, not ArrayBridge.Native.Interop.
global using CPython = ArrayBridge.Native.Interop.Python;
global using Libc = ArrayBridge.Native.Interop.Libc;
global using NumPyC = ArrayBridge.Native.Interop.NumPy;
global using DLPackC = ArrayBridge.Native.Interop.DLPack;

// Ownership of Python object pointers is a type: new (owned), borrowed, or stolen (handed over).
global using BorrowedReference = ArrayBridge.Native.BorrowedReference;
global using NewReference = ArrayBridge.Native.NewReference;
global using StolenReference = ArrayBridge.Native.StolenReference;
