namespace ArrayBridge.Native;

internal static unsafe partial class Interop
{
    internal static unsafe partial class Python
    {
        // ---- The number protocol and rich comparison: Python's operators, with its dispatch to
        // __add__/__radd__ etc. (NumPy arrays, Python ints of any size, user classes alike). ----

        /// <summary><c>Py_LT</c>: the <c>op</c> of <see cref="PyObject_RichCompare"/> for <c>&lt;</c>.</summary>
        internal const int Py_LT = 0;

        /// <summary><c>Py_LE</c>: <c>&lt;=</c>.</summary>
        internal const int Py_LE = 1;

        /// <summary><c>Py_EQ</c>: <c>==</c>.</summary>
        internal const int Py_EQ = 2;

        /// <summary><c>Py_NE</c>: <c>!=</c>.</summary>
        internal const int Py_NE = 3;

        /// <summary><c>Py_GT</c>: <c>&gt;</c>.</summary>
        internal const int Py_GT = 4;

        /// <summary><c>Py_GE</c>: <c>&gt;=</c>.</summary>
        internal const int Py_GE = 5;

        /// <summary><c>PyObject *PyObject_RichCompare(PyObject *, PyObject *, int op)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, int, NewReference> PyObject_RichCompare;

        /// <summary><c>PyNumber_Add</c>: <c>a + b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Add;

        /// <summary><c>PyNumber_Subtract</c>: <c>a - b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Subtract;

        /// <summary><c>PyNumber_Multiply</c>: <c>a * b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Multiply;

        /// <summary><c>PyNumber_TrueDivide</c>: <c>a / b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_TrueDivide;

        /// <summary><c>PyNumber_FloorDivide</c>: <c>a // b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_FloorDivide;

        /// <summary><c>PyNumber_Remainder</c>: <c>a % b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Remainder;

        /// <summary><c>PyNumber_Power(a, b, c)</c>: <c>pow(a, b, c)</c>; <c>c</c> is <c>None</c> for <c>a ** b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, NewReference> PyNumber_Power;

        /// <summary><c>PyNumber_MatrixMultiply</c>: <c>a @ b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_MatrixMultiply;

        /// <summary><c>PyNumber_And</c>: <c>a &amp; b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_And;

        /// <summary><c>PyNumber_Or</c>: <c>a | b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Or;

        /// <summary><c>PyNumber_Xor</c>: <c>a ^ b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Xor;

        /// <summary><c>PyNumber_Lshift</c>: <c>a &lt;&lt; b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Lshift;

        /// <summary><c>PyNumber_Rshift</c>: <c>a &gt;&gt; b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_Rshift;

        /// <summary><c>PyNumber_InPlaceAdd</c>: <c>a += b</c> (in place where the type supports it, as NumPy arrays do).</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_InPlaceAdd;

        /// <summary><c>PyNumber_InPlaceSubtract</c>: <c>a -= b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_InPlaceSubtract;

        /// <summary><c>PyNumber_InPlaceMultiply</c>: <c>a *= b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_InPlaceMultiply;

        /// <summary><c>PyNumber_InPlaceTrueDivide</c>: <c>a /= b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_InPlaceTrueDivide;

        /// <summary><c>PyNumber_InPlaceRemainder</c>: <c>a %= b</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference> PyNumber_InPlaceRemainder;

        /// <summary><c>PyNumber_Negative</c>: <c>-a</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyNumber_Negative;

        /// <summary><c>PyNumber_Positive</c>: <c>+a</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyNumber_Positive;

        /// <summary><c>PyNumber_Invert</c>: <c>~a</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyNumber_Invert;

        /// <summary><c>PyNumber_Absolute</c>: <c>abs(a)</c>.</summary>
        internal static delegate* unmanaged<BorrowedReference, NewReference> PyNumber_Absolute;

        private static void BindNumbers(ref Binder b)
        {
            PyObject_RichCompare = (delegate* unmanaged<BorrowedReference, BorrowedReference, int, NewReference>)b.Required("PyObject_RichCompare");
            PyNumber_Add = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Add");
            PyNumber_Subtract = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Subtract");
            PyNumber_Multiply = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Multiply");
            PyNumber_TrueDivide = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_TrueDivide");
            PyNumber_FloorDivide = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_FloorDivide");
            PyNumber_Remainder = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Remainder");
            PyNumber_Power = (delegate* unmanaged<BorrowedReference, BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Power");
            PyNumber_MatrixMultiply = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_MatrixMultiply");
            PyNumber_And = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_And");
            PyNumber_Or = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Or");
            PyNumber_Xor = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Xor");
            PyNumber_Lshift = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Lshift");
            PyNumber_Rshift = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_Rshift");
            PyNumber_InPlaceAdd = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_InPlaceAdd");
            PyNumber_InPlaceSubtract = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_InPlaceSubtract");
            PyNumber_InPlaceMultiply = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_InPlaceMultiply");
            PyNumber_InPlaceTrueDivide = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_InPlaceTrueDivide");
            PyNumber_InPlaceRemainder = (delegate* unmanaged<BorrowedReference, BorrowedReference, NewReference>)b.Required("PyNumber_InPlaceRemainder");
            PyNumber_Negative = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyNumber_Negative");
            PyNumber_Positive = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyNumber_Positive");
            PyNumber_Invert = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyNumber_Invert");
            PyNumber_Absolute = (delegate* unmanaged<BorrowedReference, NewReference>)b.Required("PyNumber_Absolute");
        }
    }
}
