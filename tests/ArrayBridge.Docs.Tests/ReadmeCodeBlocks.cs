namespace ArrayBridge.Docs.Tests;

/// <summary>README.md's code blocks by language, for the tests that run them.</summary>
internal static class ReadmeCodeBlocks
{
    public static IEnumerable<string> Python() =>
        MarkdownFiles.CodeBlocks("README.md").Where(b => b.Info is "python" or "py").Select(b => b.Text);
}
