Console.WriteLine("== ArrayBridge: the NDArray memory model ==");
TensorTour.Run();
