Console.WriteLine("== ArrayBridge: the NDArray memory model ==");
TensorTour.Run();
Console.WriteLine();
Console.WriteLine("== ArrayBridge: zero-copy NumPy ==");
NumPyTour.Run();
