"""Threads, the GIL and fork."""
import os
import signal
import threading
import time

import numpy as np

import fastmath
import references


def test_eight_threads_call_at_once():
    rng = np.random.default_rng(8)
    inputs = [rng.standard_normal(100 + i) for i in range(8)]
    barrier = threading.Barrier(8)
    failures = []

    def work(x):
        barrier.wait()
        expected_ema = references.ema(x, 0.3)
        for _ in range(2000):
            if not np.array_equal(fastmath.scale(x, 2.0), x * 2.0):
                failures.append("scale")
            if not np.allclose(fastmath.ema(x, 0.3), expected_ema, rtol=0, atol=1e-12):
                failures.append("ema")
            try:
                fastmath.fail("argument")
            except ValueError:
                pass

    threads = [threading.Thread(target=work, args=(x,)) for x in inputs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def test_release_gil_kernel_runs_while_python_threads_work():
    # The kernel waits, with the GIL released, for a counter only Python code can advance; were the
    # GIL held, the Python loop below could not run until the kernel timed out and returned False.
    # The timeout bounds that failure only: a loaded machine may starve this thread for seconds.
    counters = np.zeros(2, dtype=np.int64)
    result = []
    kernel = threading.Thread(target=lambda: result.append(fastmath.wait_for_counter(counters, 1000, timeout=300.0)))
    kernel.start()
    while counters[1] == 0:  # the kernel has started, and holds no GIL
        pass
    python_steps = 0
    while kernel.is_alive() and python_steps < 1000:
        counters[0] += 1
        python_steps += 1
    kernel.join()
    assert result == [True]
    assert python_steps == 1000


def test_release_gil_kernel_matches_numpy_while_threads_call():
    grid = np.random.default_rng(2).standard_normal((64, 64))
    expected = references.laplacian2d(grid)
    outputs = []

    def work():
        for _ in range(50):
            outputs.append(np.allclose(fastmath.laplacian2d(grid), expected, rtol=0, atol=1e-12))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outputs == [True] * 200


def test_ordinary_calls_work_in_a_forked_child():
    # Only ordinary calls: a GC forced in a forked child can hang (the runtime's other threads do
    # not exist there), see docs/extension-modules.md.
    x = np.arange(10.0)
    fastmath.scale(x)  # the module is warm in the parent
    # A collection starting in the child would wait for runtime threads that fork did not copy; with a
    # fresh allocation budget the child's few small allocations cannot start one.
    fastmath.collect_garbage()
    pid = os.fork()
    if pid == 0:
        ok = np.array_equal(fastmath.scale(x, 3.0), x * 3.0) and fastmath.hypot((3.0, 4.0)) == 5.0
        try:
            fastmath.fail("argument")
            ok = False
        except ValueError:
            pass
        os._exit(0 if ok else 1)
    # A bound on a hang, not a time: the child does a few calls, but may wait long for a core.
    deadline = time.monotonic() + 300
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise AssertionError("the forked child did not finish within 300 s")
        time.sleep(0.01)
    assert os.waitstatus_to_exitcode(status) == 0
