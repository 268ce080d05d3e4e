System.Console.WriteLine("ArrayBridge QuickStart");
