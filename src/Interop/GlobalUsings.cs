// The native layer's classes are reached through aliases: inside namespace ArrayBridge.Interop the
// simple name "Interop" means this namespace, not ArrayBridge.Native.Interop.
global using CPython = ArrayBridge.Native.Interop.Python;
global using Libc = ArrayBridge.Native.Interop.Libc;
global using NumPyC = ArrayBridge.Native.Interop.NumPy;
global using DLPackC = ArrayBridge.Native.Interop.DLPack;
