"""How the module's runtime starts in a process that already runs threads (python3 after NumPy has
started OpenBLAS's): the membarrier registration that would wait for an RCU grace period is declined
(src/Extensions/build/native/arraybridge_syscall_wrap.c), and the runtime's other barrier works."""
import os
import subprocess
import sys

from conftest import MODULE_DIR

# Run in a child: the registration happens once per process, at the module's first import.
CHILD = r"""
import ctypes, os, sys, threading
sys.path.insert(0, {module_dir!r})
stop = threading.Event()
workers = [threading.Thread(target=stop.wait) for _ in range(3)]  # a process with threads, as after NumPy
for w in workers:
    w.start()
import numpy as np
import fastmath

libc = ctypes.CDLL(None, use_errno=True)
SYS_membarrier, PRIVATE_EXPEDITED = 324, 1 << 3
# Only a process registered for it may issue the private expedited barrier (EPERM otherwise).
status = libc.syscall(SYS_membarrier, PRIVATE_EXPEDITED, 0)
print("registered", status == 0, "errno", ctypes.get_errno() if status != 0 else 0)

# The runtime's process-wide barrier runs at every GC's suspension: collections from several
# threads while others call into the module.
x = np.arange(1000.0)
failures = []
def work():
    for _ in range(200):
        if not np.array_equal(fastmath.scale(x, 3.0), x * 3.0):
            failures.append(1)
        fastmath.collect_garbage()
callers = [threading.Thread(target=work) for _ in range(4)]
for c in callers:
    c.start()
for c in callers:
    c.join()
stop.set()
print("failures", len(failures))
"""


def run_child(**environment):
    env = dict(os.environ)
    env.pop("ARRAYBRIDGE_MODULE_MEMBARRIER", None)
    env.update(environment)
    done = subprocess.run([sys.executable, "-c", CHILD.format(module_dir=str(MODULE_DIR))], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return dict(line.split(" ", 1) for line in done.stdout.splitlines())


def test_the_membarrier_registration_is_declined_and_collections_still_work():
    result = run_child()
    assert result["registered"] == "False errno 1", result  # EPERM: never registered
    assert result["failures"] == "0"


def test_the_environment_can_let_the_runtime_register():
    result = run_child(ARRAYBRIDGE_MODULE_MEMBARRIER="register")
    assert result["registered"] == "True errno 0", result
    assert result["failures"] == "0"
