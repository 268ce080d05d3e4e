namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        /// <summary>
        /// <c>PyThreadState *PyGILState_GetThisThreadState(void)</c>: the thread state that
        /// <c>PyGILState_Ensure</c> uses on the calling thread, or 0; needs no GIL.
        /// </summary>
        internal static delegate* unmanaged<nint> PyGILState_GetThisThreadState;

        /// <summary>
        /// <c>void PyThreadState_Clear(PyThreadState *)</c>: releases everything the state holds (its
        /// dict, <c>threading.local</c> data, exception state). Needs the GIL; the state must not be current.
        /// </summary>
        internal static delegate* unmanaged<nint, void> PyThreadState_Clear;

        /// <summary>
        /// <c>void PyThreadState_Delete(PyThreadState *)</c>: unlinks and frees a cleared state that is
        /// not current. From 3.12 it also forgets the calling thread's <c>PyGILState</c> state when the
        /// deleted one was its own thread's (as it always is), whichever thread calls it.
        /// </summary>
        internal static delegate* unmanaged<nint, void> PyThreadState_Delete;

        /// <summary><c>PyInterpreterState *PyInterpreterState_Main(void)</c>: the main interpreter.</summary>
        internal static delegate* unmanaged<nint> PyInterpreterState_Main;

        /// <summary>
        /// <c>PyThreadState *PyThreadState_New(PyInterpreterState *)</c>: a new thread state for the
        /// calling thread, not current. Needs no GIL. From 3.12 it becomes the thread's
        /// <c>PyGILState</c> state when the thread has none, or when it is first made current.
        /// </summary>
        internal static delegate* unmanaged<nint, nint> PyThreadState_New;

        /// <summary>
        /// <c>PyThreadState *PyThreadState_Swap(PyThreadState *)</c>: makes another state current on
        /// the calling thread, which keeps the GIL; returns the previous one.
        /// </summary>
        internal static delegate* unmanaged<nint, nint> PyThreadState_Swap;

        /// <summary>
        /// <c>void PyThreadState_DeleteCurrent(void)</c>: deletes the current, cleared thread state
        /// and releases the GIL.
        /// </summary>
        internal static delegate* unmanaged<void> PyThreadState_DeleteCurrent;

        /// <summary><c>PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *)</c>: the first of the interpreter's thread states.</summary>
        internal static delegate* unmanaged<nint, nint> PyInterpreterState_ThreadHead;

        /// <summary><c>PyThreadState *PyThreadState_Next(PyThreadState *)</c>: the next thread state of the same interpreter, or 0.</summary>
        internal static delegate* unmanaged<nint, nint> PyThreadState_Next;

        private static void BindThreadStates(ref Binder b)
        {
            PyGILState_GetThisThreadState = (delegate* unmanaged<nint>)b.Required("PyGILState_GetThisThreadState");
            PyThreadState_Clear = (delegate* unmanaged<nint, void>)b.Required("PyThreadState_Clear");
            PyThreadState_Delete = (delegate* unmanaged<nint, void>)b.Required("PyThreadState_Delete");
            PyInterpreterState_Main = (delegate* unmanaged<nint>)b.Required("PyInterpreterState_Main");
            PyThreadState_New = (delegate* unmanaged<nint, nint>)b.Required("PyThreadState_New");
            PyThreadState_Swap = (delegate* unmanaged<nint, nint>)b.Required("PyThreadState_Swap");
            PyThreadState_DeleteCurrent = (delegate* unmanaged<void>)b.Required("PyThreadState_DeleteCurrent");
            PyInterpreterState_ThreadHead = (delegate* unmanaged<nint, nint>)b.Required("PyInterpreterState_ThreadHead");
            PyThreadState_Next = (delegate* unmanaged<nint, nint>)b.Required("PyThreadState_Next");
        }
    }
}
