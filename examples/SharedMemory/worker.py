"""The Python side of examples/SharedMemory: maps the .NET process's shared array and works on it in place.

Usage: python3 worker.py NAME ROWS COLS ROW_START ROW_STOP

Maps the float64 (ROWS, COLS) C-order array in the named POSIX shared memory segment, replaces
rows [ROW_START, ROW_STOP) with their running sums along each row and prints one line per row it
did. No copy is made either way: the .NET side reads the result in the same pages.
"""
import sys

import numpy as np
from multiprocessing import resource_tracker, shared_memory


def main() -> None:
    name = sys.argv[1]
    rows, cols, start, stop = (int(x) for x in sys.argv[2:6])
    shm = shared_memory.SharedMemory(name)
    # The .NET process created the segment and owns its name. Python 3.8-3.12 registers every segment
    # it opens with its resource tracker, which would unlink it when this worker exits; give that up.
    # (On Python 3.13+, SharedMemory(name, track=False) does the same.)
    resource_tracker.unregister(shm._name, "shared_memory")
    try:
        a = np.ndarray((rows, cols), dtype=np.float64, buffer=shm.buf)
        np.cumsum(a[start:stop], axis=1, out=a[start:stop])
        print(f"worker rows {start}-{stop - 1}: done, last value {a[stop - 1, -1]}", flush=True)
        del a  # release the view before closing the mapping, or close() raises BufferError
    finally:
        shm.close()  # unmaps here; never unlink: the name is the .NET side's


if __name__ == "__main__":
    main()
