namespace ArrayBridge.Interop;

public static unsafe partial class Python
{
    /// <summary>
    /// Run before <c>Py_FinalizeEx</c>, on the finalizing thread. <c>threading._shutdown</c> (3.8 to
    /// 3.12) handles the lock of <c>threading</c>'s main thread (whichever thread imported
    /// <c>threading</c> first) in one of two ways. When it runs on that thread, or on 3.8 always, it
    /// asserts the lock is held and releases it; the lock is free if that thread's state was already
    /// deleted (the thread ended), so it is taken back. Otherwise it waits for the lock like for any
    /// non-daemon thread, and the lock would be released only when that thread's state is deleted,
    /// after the wait: so it is released now. Python 3.13 and later keep no such lock.
    /// </summary>
    private const string ThreadingShutdownSource = """
        import sys
        threading = sys.modules.get('threading')
        main = getattr(threading, '_main_thread', None)
        lock = getattr(main, '_tstate_lock', None)
        if lock is not None and not main._is_stopped:
            if main.ident == threading.get_ident() or sys.version_info < (3, 9):
                if not lock.locked():
                    lock.acquire()
            elif lock.locked():
                lock.release()
        """;

    /// <summary>
    /// Finalizes the interpreter (<c>Py_FinalizeEx</c>). Final: afterwards every operation throws
    /// <see cref="ObjectDisposedException"/>, and Python cannot be started again in this process.
    /// Call it only when no other thread is using Python; any thread may call it, whether or not it
    /// is the one that started Python (and whether or not that one still runs). Never called
    /// automatically. Calling it before <see cref="Initialize"/> also rules out any later start.
    /// </summary>
    /// <remarks>
    /// On an interpreter ArrayBridge attached to (<see cref="IsAttached"/>) it only detaches: it
    /// never finalizes what it did not start. Queued releases run, and ArrayBridge returns to "not
    /// initialized" (a later <see cref="Attach"/> attaches again). Dispose ArrayBridge's objects
    /// first: a <see cref="PyObject"/> disposed while detached leaks its reference rather than
    /// releasing it into an interpreter ArrayBridge no longer tracks.
    /// </remarks>
    /// <remarks>
    /// From Python 3.13, finalization runs on the thread state that start-up created, moved to the
    /// calling thread if needed, as CPython then requires. <c>threading</c>'s record of its main thread is
    /// reconciled with the finalizing thread first, so <c>threading._shutdown</c> does not wait for a
    /// thread that is not finishing. Like the <c>python</c> program, finalization still waits for
    /// non-daemon threads that Python code started with <c>threading.Thread</c>.
    /// </remarks>
    /// <exception cref="InvalidOperationException">
    /// The calling thread is inside a <see cref="Gil"/> scope, or a thread is inside an
    /// <see cref="AllowThreads"/> scope (it would re-take the GIL of a finalized interpreter).
    /// </exception>
    public static void Shutdown()
    {
        lock (s_lock)
        {
            if (s_state != Running)
            {
                if (s_state != NotStarted || !CPython.IsBound || CPython.Py_IsInitialized() == 0)
                {
                    s_state = ShutDown;
                }

                // Otherwise ArrayBridge is detached from a host's interpreter: nothing to do, and a
                // later Attach may attach again.
                return;
            }

            if (t_gilDepth > 0)
            {
                ThrowHelper.ThrowInvalidOperation("Python.Shutdown was called inside a Python.Gil() scope; dispose the scope first.");
            }

            if (s_attached)
            {
                Detach();
                return;
            }

            int gil = -1;
            nint startup = s_startupThreadState!.Handle;
            if (CPython.IsAtLeast(13) && CPython.PyGILState_GetThisThreadState() != startup)
            {
                // From 3.13 Py_FinalizeEx finalizes with the start-up state (runtime->main_tstate)
                // whichever thread calls it, and frees the caller's own current state as one of the
                // others. So that state must be the current one. It is not current anywhere: no
                // scope is open on this thread, and other threads must not be using Python.
                CPython.PyEval_RestoreThread(startup);
            }
            else
            {
                // Before 3.13 Py_FinalizeEx finalizes with the current state, which may then be this
                // thread's own, consistent with PyGILState for code that runs during finalization.
                gil = CPython.PyGILState_Ensure();
            }

            int openAllowThreads = Volatile.Read(ref s_openAllowThreads);
            if (openAllowThreads > 0)
            {
                if (gil < 0)
                {
                    CPython.PyEval_SaveThread();
                }
                else
                {
                    CPython.PyGILState_Release(gil);
                }

                ThrowHelper.ThrowInvalidOperation($"Python.Shutdown was called while {openAllowThreads} Python.AllowThreads() scope(s) are open; their threads would re-take the GIL of a finalized interpreter. Dispose them first.");
            }

            PythonReleaseQueue.Drain();
            ReconcileThreadingMainThread();
            Volatile.Write(ref s_state, ShutDown); // from here on, Dispose and finalizers leave Python alone
            NumPyC.Reset();
            CPython.Py_FinalizeEx();
            PythonReleaseQueue.Discard();
        }
    }

    /// <summary>Runs <see cref="ThreadingShutdownSource"/> with the GIL held; a failure is ignored.</summary>
    private static void ReconcileThreadingMainThread()
    {
        using NewReference globals = CPython.PyDict_New();
        if (globals.IsNull)
        {
            CPython.PyErr_Clear();
            return;
        }

        byte[] source = Utf8Text.NullTerminated(ThreadingShutdownSource, nameof(ThreadingShutdownSource));
        NewReference result;
        fixed (byte* p = source)
        {
            result = CPython.PyRun_StringFlags(p, CPython.Py_file_input, globals, globals, null);
        }

        if (result.IsNull)
        {
            // Finalization must go on: at worst threading._shutdown behaves as it would have.
            CPython.PyErr_Clear();
        }

        result.Dispose();
    }
}
