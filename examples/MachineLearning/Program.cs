using ArrayBridge;
using ArrayBridge.Interop;

// ArrayBridge arrays in scikit-learn and PyTorch, zero-copy both ways. Every step prints the
// addresses on both sides: equal addresses mean the data was never copied.
Python.Initialize();
Console.WriteLine($"Python {Python.Version} at {Python.Executable}");
using PyObject np = Python.Import("numpy");

// ---- 1. Features and labels built in C# ----
const int Samples = 200, Features = 3;
var rng = new Random(42);
using NDArray<double> x = NDArray.Zeros<double>(Samples, Features);
using NDArray<double> y = NDArray.Zeros<double>(Samples);
double[] trueWeights = [2.0, -1.0, 0.5];
for (nint i = 0; i < Samples; i++)
{
    double target = 4.0;
    for (nint j = 0; j < Features; j++)
    {
        x[i, j] = (rng.NextDouble() * 10) - 5;
        target += trueWeights[j] * x[i, j];
    }

    y[i] = target + ((rng.NextDouble() - 0.5) * 0.1);
}

Console.WriteLine();
Console.WriteLine($"== C# features {x.Shape[0]}x{x.Shape[1]} at 0x{x.DataPointer:x}, labels at 0x{y.DataPointer:x}");

// One Python object per array: it speaks the buffer protocol, __array_interface__ and DLPack.
using PyObject px = PythonArrays.Export(x);
using PyObject py = PythonArrays.Export(y);
using PyObject seen = np.Invoke("asarray", px);
Console.WriteLine($"np.asarray(features) reads 0x{seen.GetAttr("ctypes").GetAttr("data").As<long>():x} ({Same(x.DataPointer, seen)})");

// ---- 2. scikit-learn fits on the C# memory ----
using PyObject sklearnUtils = Python.Import("sklearn.utils");
using PyObject validated = sklearnUtils.Invoke("check_array", [px], new Dictionary<string, object?> { ["dtype"] = null, ["copy"] = false });
Console.WriteLine($"sklearn check_array(features) -> 0x{validated.GetAttr("ctypes").GetAttr("data").As<long>():x} ({Same(x.DataPointer, validated)})");

using PyObject linearModel = Python.Import("sklearn.linear_model");
using PyObject model = linearModel.Invoke("LinearRegression").Invoke("fit", px, py);
using NDArray coef = PythonArrays.Import(model.GetAttr("coef_"));
Console.WriteLine($"LinearRegression coef_ {coef} (true {string.Join(", ", trueWeights)}), intercept_ {model.GetAttr("intercept_").As<double>():F3} (true 4)");

// Predictions come back as a NumPy array, viewed in C# where NumPy allocated them.
using PyObject predictions = model.Invoke("predict", px);
using NDArray<double> predicted = PythonArrays.Import<double>(predictions);
Console.WriteLine($"predictions: NumPy 0x{predictions.GetAttr("ctypes").GetAttr("data").As<long>():x}, C# view 0x{predicted.DataPointer:x} ({Same(predicted.DataPointer, predictions)}); first {predicted.At(0):F3} vs label {y.At(0):F3}");

// C# operators read NumPy's memory where it is: the residuals of scikit-learn's predictions.
using NDArray<double> residual = predicted - y;
Console.WriteLine($"largest |prediction - label| = {residual.ToArray<double>().Max(Math.Abs):F3} (the labels' noise is uniform in ±0.05)");

using PyObject cluster = Python.Import("sklearn.cluster");
using PyObject kmeans = cluster.Invoke("KMeans", [], new Dictionary<string, object?> { ["n_clusters"] = 2, ["n_init"] = 1, ["random_state"] = 0 }).Invoke("fit", px);
using NDArray<int> labels = PythonArrays.Import<int>(kmeans.GetAttr("labels_"));
Console.WriteLine($"KMeans labels_ viewed at 0x{labels.DataPointer:x}: {labels.ToArray<int>().Count(l => l == 0)} and {labels.ToArray<int>().Count(l => l == 1)} points");

// ---- 3. A small PyTorch model runs on the C# tensor through DLPack ----
using PyObject torch = Python.Import("torch");
using PyObject tx = torch.Invoke("from_dlpack", px);
Console.WriteLine();
Console.WriteLine($"torch.from_dlpack(features).data_ptr() = 0x{tx.Invoke("data_ptr").As<long>():x} ({Same(x.DataPointer, tx.Invoke("data_ptr").As<long>())})");

// The model's parameters are C# arrays too: torch trains them in place.
using NDArray<double> weight = NDArray.Zeros<double>(1, Features);
using NDArray<double> bias = NDArray.Zeros<double>(1);
using PyObject scope = Python.Eval("{}");
scope.SetItem("torch", torch);
scope.SetItem("X", tx);
scope.SetItem("Y", torch.Invoke("from_dlpack", py));
scope.SetItem("W", torch.Invoke("from_dlpack", PythonArrays.Export(weight)).Invoke("requires_grad_"));
scope.SetItem("B", torch.Invoke("from_dlpack", PythonArrays.Export(bias)).Invoke("requires_grad_"));
Python.Exec("""
    def step(lr):
        pred = torch.nn.functional.linear(X, W, B).squeeze(1)
        loss = ((pred - Y) ** 2).mean()
        W.grad = None; B.grad = None
        loss.backward()
        with torch.no_grad():
            W.sub_(lr * W.grad)  # in place: the C# arrays are updated
            B.sub_(lr * B.grad)
        return loss.item()
    """, scope);
using PyObject step = scope["step"];
double loss = 0;
for (int epoch = 0; epoch < 300; epoch++)
{
    using PyObject l = step.Call(0.02);
    loss = l.As<double>();
}

Console.WriteLine($"after 300 steps of gradient descent in torch: loss {loss:F5}; C# weight now [{string.Join(", ", weight.ToArray<double>().Select(w => w.ToString("F3")))}], bias {bias.At(0):F3}");
using PyObject w = scope["W"];
Console.WriteLine($"torch parameter W at 0x{w.Invoke("data_ptr").As<long>():x}, C# weight at 0x{weight.DataPointer:x} ({Same(weight.DataPointer, w.Invoke("data_ptr").As<long>())})");

// ---- 4. Predictions and gradients back in C# ----
using PyObject forward = Python.Eval("torch.nn.functional.linear(X, W, B).detach()", scope);
using NDArray torchPredictions = PythonArrays.Import(forward);
Console.WriteLine($"torch forward pass {Layout(torchPredictions)} viewed at 0x{torchPredictions.DataPointer:x} ({Same(torchPredictions.DataPointer, forward.Invoke("data_ptr").As<long>())})");
using PyObject gradient = Python.Eval("W.grad", scope);
using NDArray grad = PythonArrays.Import(gradient);
Console.WriteLine($"dLoss/dW {grad} viewed at 0x{grad.DataPointer:x} ({Same(grad.DataPointer, gradient.Invoke("data_ptr").As<long>())})");

static string Same(nint dotnet, object other)
{
    long address = other switch
    {
        PyObject p => p.GetAttr("ctypes").GetAttr("data").As<long>(),
        long l => l,
        _ => 0,
    };
    return address == dotnet ? "same memory, not copied" : "COPIED";
}

static string Layout(NDArray a) => $"{a.DType} ({string.Join(", ", a.Shape.ToArray())})";
