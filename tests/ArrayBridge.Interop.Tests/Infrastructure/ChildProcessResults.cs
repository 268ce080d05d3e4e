using System.Text.Json;

namespace ArrayBridge.Tests;

/// <summary>The values the interpreter-probing child modes print, decoded.</summary>
internal static class ChildProcessResults
{
    extension(ChildProcess.Result result)
    {
        /// <summary>The child's <c>sys.path</c>, printed as a JSON array under <c>path</c>.</summary>
        public string[] Path => JsonSerializer.Deserialize(result["path"], TestJson.Default.StringArray)!;
    }
}
