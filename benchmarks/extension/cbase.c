/* The C baseline of the C# extension module benchmarks: the same functions as fastmath's noop,
 * scale and total, written as a plain CPython extension (METH_FASTCALL | METH_KEYWORDS, PyArray_FROM_OTF,
 * a new array, a loop). Built with gcc by benchmarks/extension/bench.py. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>

static PyObject *noop(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 0 || kwnames != NULL) {
        PyErr_SetString(PyExc_TypeError, "cbase.noop() takes no arguments");
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *scale(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    static const char *const names[] = {"x", "factor"};
    PyObject *slots[2] = {NULL, NULL};
    if (nargs > 2) {
        PyErr_SetString(PyExc_TypeError, "cbase.scale() takes at most 2 arguments");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nargs; i++) slots[i] = args[i];
    if (kwnames != NULL) {
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(kwnames); k++) {
            PyObject *name = PyTuple_GET_ITEM(kwnames, k);
            int j = PyUnicode_CompareWithASCIIString(name, names[0]) == 0 ? 0
                  : PyUnicode_CompareWithASCIIString(name, names[1]) == 0 ? 1 : -1;
            if (j < 0 || slots[j] != NULL) {
                PyErr_SetString(PyExc_TypeError, "cbase.scale() bad keyword");
                return NULL;
            }
            slots[j] = args[nargs + k];
        }
    }
    if (slots[0] == NULL) {
        PyErr_SetString(PyExc_TypeError, "cbase.scale() missing required argument 'x' (pos 1)");
        return NULL;
    }
    double factor = 2.0;
    if (slots[1] != NULL) {
        factor = PyFloat_AsDouble(slots[1]);
        if (factor == -1.0 && PyErr_Occurred()) return NULL;
    }
    PyArrayObject *x = (PyArrayObject *)PyArray_FROM_OTF(slots[0], NPY_DOUBLE, NPY_ARRAY_IN_ARRAY);
    if (x == NULL) return NULL;
    PyArrayObject *result = (PyArrayObject *)PyArray_SimpleNew(PyArray_NDIM(x), PyArray_DIMS(x), NPY_DOUBLE);
    if (result == NULL) {
        Py_DECREF(x);
        return NULL;
    }
    const double *s = (const double *)PyArray_DATA(x);
    double *t = (double *)PyArray_DATA(result);
    npy_intp n = PyArray_SIZE(x);
    for (npy_intp i = 0; i < n; i++) t[i] = s[i] * factor;
    Py_DECREF(x);
    return (PyObject *)result;
}

static PyObject *total(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    if (nargs != 1 || kwnames != NULL) {
        PyErr_SetString(PyExc_TypeError, "cbase.total() takes exactly one argument");
        return NULL;
    }
    PyArrayObject *x = (PyArrayObject *)PyArray_FROM_OTF(args[0], NPY_DOUBLE, NPY_ARRAY_IN_ARRAY);
    if (x == NULL) return NULL;
    const double *s = (const double *)PyArray_DATA(x);
    npy_intp n = PyArray_SIZE(x);
    double sum = 0.0;
    for (npy_intp i = 0; i < n; i++) sum += s[i];
    Py_DECREF(x);
    return PyFloat_FromDouble(sum);
}

static PyMethodDef methods[] = {
    {"noop", (PyCFunction)(void (*)(void))noop, METH_FASTCALL | METH_KEYWORDS, "Does nothing."},
    {"scale", (PyCFunction)(void (*)(void))scale, METH_FASTCALL | METH_KEYWORDS, "Scales x by factor into a new array."},
    {"total", (PyCFunction)(void (*)(void))total, METH_FASTCALL | METH_KEYWORDS, "The sum of x's elements."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "cbase", "C baseline of fastmath.", -1, methods};

PyMODINIT_FUNC PyInit_cbase(void)
{
    import_array();
    return PyModule_Create(&module);
}
