using System.Text;
using System.Text.RegularExpressions;

namespace ArrayBridge.Docs.Tests;

/// <summary>
/// Reads the documentation's C# blocks and the code regions they quote. A page's <c>```csharp</c>
/// block must be preceded, on the line right above its fence, by
/// <c>&lt;!-- snippet: path/from/repo/root.cs#name --&gt;</c>, and its text must equal the region
/// between <c>// &lt;snippet:name&gt;</c> and <c>// &lt;/snippet&gt;</c> in that file, dedented.
/// </summary>
internal static partial class SnippetMarkdown
{
    /// <summary>The repository's root: the first directory above the test binaries that holds ArrayBridge.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The documentation pages: docs/*.md, whatever pages exist.</summary>
    public static IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal);

    /// <summary>Every problem with a page's C# blocks: a block without a marker, a marker without a block, a missing file or region, or text that differs.</summary>
    public static List<string> Check(string page)
    {
        var problems = new List<string>();
        string[] lines = File.ReadAllLines(page);
        string name = Path.GetRelativePath(RepositoryRoot, page);
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            Match marker = MarkerPattern().Match(line);
            bool isFence = line.TrimStart().StartsWith("```", StringComparison.Ordinal);
            if (isFence && IsCSharpFence(line))
            {
                int end = FindFenceEnd(lines, i);
                string block = string.Join('\n', lines[(i + 1)..end]);
                Match previous = i > 0 ? MarkerPattern().Match(lines[i - 1]) : Match.Empty;
                if (!previous.Success)
                {
                    problems.Add($"{name}:{i + 1}: a ```csharp block without a <!-- snippet: file#name --> line right above it");
                }
                else
                {
                    string? expected = ReadRegion(previous.Groups["path"].Value, previous.Groups["name"].Value, out string? error);
                    if (expected is null)
                    {
                        problems.Add($"{name}:{i}: {error}");
                    }
                    else if (expected != block)
                    {
                        problems.Add($"{name}:{i + 1}: the block differs from {previous.Groups["path"].Value}#{previous.Groups["name"].Value}; it should read:\n{expected}");
                    }
                }

                i = end;
            }
            else if (isFence)
            {
                i = FindFenceEnd(lines, i);
            }
            else if (marker.Success && (i + 1 >= lines.Length || !IsCSharpFence(lines[i + 1])))
            {
                problems.Add($"{name}:{i + 1}: a snippet marker not followed by a ```csharp block");
            }
        }

        return problems;
    }

    /// <summary>How many snippet markers a page has.</summary>
    public static int MarkerCount(string page) => File.ReadLines(page).Count(l => MarkerPattern().IsMatch(l));

    /// <summary>The dedented text of region <paramref name="region"/> of a repository file, or null with the reason.</summary>
    public static string? ReadRegion(string path, string region, out string? error)
    {
        string file = Path.GetFullPath(Path.Combine(RepositoryRoot, path));
        if (!file.StartsWith(RepositoryRoot, StringComparison.Ordinal) || !File.Exists(file))
        {
            error = $"{path} does not exist in the repository";
            return null;
        }

        string[] lines = File.ReadAllLines(file);
        string open = $"// <snippet:{region}>";
        int start = Array.FindIndex(lines, l => l.Trim() == open);
        if (start < 0)
        {
            error = $"{path} has no region {open}";
            return null;
        }

        int end = Array.FindIndex(lines, start + 1, l => l.Trim() == "// </snippet>");
        if (end < 0)
        {
            error = $"{path}: region {region} is not closed by // </snippet>";
            return null;
        }

        if (Array.FindIndex(lines, end + 1, l => l.Trim() == open) >= 0)
        {
            error = $"{path} has region {region} twice";
            return null;
        }

        error = null;
        return Dedent(lines[(start + 1)..end]);
    }

    /// <summary>Removes the indentation common to the non-blank lines; blank lines become empty.</summary>
    public static string Dedent(IReadOnlyList<string> lines)
    {
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        var text = new StringBuilder();
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }

            string line = lines[i].TrimEnd();
            text.Append(line.Length >= indent ? line[indent..] : line.TrimStart());
        }

        return text.ToString();
    }

    private static bool IsCSharpFence(string line) => line.Trim() is "```csharp" or "```cs" or "```c#";

    private static int FindFenceEnd(string[] lines, int open)
    {
        for (int j = open + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim() == "```")
            {
                return j;
            }
        }

        return lines.Length;
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArrayBridge.sln")))
            {
                return dir.FullName + Path.DirectorySeparatorChar;
            }
        }

        throw new InvalidOperationException($"No ArrayBridge.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"^\s*<!--\s*snippet:\s*(?<path>[^#\s]+)#(?<name>[\w.-]+)\s*-->\s*$")]
    private static partial Regex MarkerPattern();
}
