"""Uses fastmath, the C# extension module of this folder, from Debian's python3.

    ./build.sh module examples/ExtensionModule
    /usr/bin/python3 examples/ExtensionModule/demo.py
"""
import pathlib
import sys
import threading

import numpy as np

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "bin" / "module"))
import fastmath  # noqa: E402  (the published fastmath.cpython-3xx-x86_64-linux-gnu.so)

prices = np.cumsum(np.random.default_rng(0).standard_normal(10)) + 100
print("scale:", fastmath.scale(prices[:3], factor=0.5))
print("ema:", fastmath.ema(prices, alpha=0.3).round(2))
print("stencil1d:", fastmath.stencil1d(prices, (1.0, -2.0, 1.0)).round(2))

grid = np.fromfunction(lambda i, j: (i - 3.0) ** 2 + (j - 3.0) ** 2, (7, 7))
print("laplacian2d (GIL released):\n", fastmath.laplacian2d(grid))

# Any layout and castable dtype: the in-out argument is worked on as a contiguous float64 copy
# that is written back into the float32, strided view.
values = np.arange(8, dtype=np.float32)
fastmath.scale_in_place(values[::2], 10.0)
print("scale_in_place on a strided float32 view:", values)

try:
    fastmath.ema(np.zeros((2, 2)), 0.5)
except ValueError as e:
    print("ValueError:", str(e).splitlines()[0])

# Four Python threads run the GIL-releasing kernel at once.
threads = [threading.Thread(target=fastmath.laplacian2d, args=(np.ones((500, 500)),)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("signature:", fastmath.scale.__text_signature__, "-", fastmath.scale.__doc__)
