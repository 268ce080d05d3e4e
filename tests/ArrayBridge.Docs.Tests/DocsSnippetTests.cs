using System.Text.RegularExpressions;

namespace ArrayBridge.Docs.Tests;

/// <summary>
/// Every C# block of README.md and of every page in docs/ is a compiled, tested region of a
/// repository file (the snippet tests in Snippets/ and the examples they run), and the README
/// links every page.
/// </summary>
public partial class DocsSnippetTests
{
    public static TheoryData<string> Pages => new(SnippetMarkdown.Pages().Select(p => Path.GetFileName(p)));

    /// <summary>README.md and every docs/*.md page.</summary>
    public static TheoryData<string> MarkdownFilesWithCode => new(MarkdownFiles.All());

    [Theory]
    [MemberData(nameof(MarkdownFilesWithCode))]
    public void Every_csharp_block_is_a_marked_region_of_compiled_code(string file)
    {
        List<string> problems = SnippetMarkdown.Check(Path.Combine(SnippetMarkdown.RepositoryRoot, file));
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    /// <summary>The packages' READMEs (nuget.org's page of each package) hold to the same rule.</summary>
    public static TheoryData<string> PackageReadmes => new(
        Directory.EnumerateFiles(Path.Combine(SnippetMarkdown.RepositoryRoot, "src"), "README.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(SnippetMarkdown.RepositoryRoot, p)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(PackageReadmes))]
    public void Every_csharp_block_of_a_package_readme_is_compiled_code_and_no_link_is_relative(string readme)
    {
        string path = Path.Combine(SnippetMarkdown.RepositoryRoot, readme);
        List<string> problems = SnippetMarkdown.Check(path);
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        // nuget.org shows the README without the repository around it: a relative link would break.
        string text = File.ReadAllText(path);
        Assert.DoesNotMatch(@"\]\((?!https?://)[^)]*\)", text);
    }

    /// <summary>A package README's links into the repository (its docs pages, examples) name files that exist.</summary>
    [Theory]
    [MemberData(nameof(PackageReadmes))]
    public void Every_repository_link_of_a_package_readme_names_an_existing_file(string readme)
    {
        string text = File.ReadAllText(Path.Combine(SnippetMarkdown.RepositoryRoot, readme));
        string[] targets = [.. RepositoryLink().Matches(text).Select(m => m.Groups["path"].Value)];
        string[] missing = [.. targets.Where(t => !File.Exists(Path.Combine(SnippetMarkdown.RepositoryRoot, t)) && !Directory.Exists(Path.Combine(SnippetMarkdown.RepositoryRoot, t)))];
        Assert.True(missing.Length == 0, $"{readme} links files the repository does not have: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_readme_links_every_page_and_every_page_shows_code(string page)
    {
        string readme = File.ReadAllText(Path.Combine(SnippetMarkdown.RepositoryRoot, "README.md"));
        Assert.Contains($"(docs/{page})", readme, StringComparison.Ordinal);
        Assert.True(SnippetMarkdown.MarkerCount(Path.Combine(SnippetMarkdown.RepositoryRoot, "docs", page)) > 0, $"docs/{page} has no compiled snippet");
    }

    [Fact]
    public void The_checker_finds_unmarked_blocks_stale_text_and_missing_regions()
    {
        string dir = Directory.CreateTempSubdirectory("arraybridge-docs-checker-").FullName;
        string page = Path.Combine(dir, "page.md");
        File.WriteAllText(page, string.Join('\n',
            "```csharp", "int unmarked = 1;", "```",
            "<!-- snippet: tests/ArrayBridge.Docs.Tests/Snippets/NDArraySnippets.cs#create -->", "```csharp", "stale text", "```",
            "<!-- snippet: tests/ArrayBridge.Docs.Tests/Snippets/NDArraySnippets.cs#no-such-region -->", "```csharp", "", "```",
            "<!-- snippet: no/such/file.cs#x -->", "```csharp", "", "```",
            "<!-- snippet: tests/ArrayBridge.Docs.Tests/Snippets/NDArraySnippets.cs#create -->", "no block", ""));
        List<string> problems = SnippetMarkdown.Check(page);
        Directory.Delete(dir, recursive: true);
        Assert.Equal(5, problems.Count);
        Assert.Contains("without a <!-- snippet", problems[0]);
        Assert.Contains("differs from", problems[1]);
        Assert.Contains("has no region", problems[2]);
        Assert.Contains("does not exist", problems[3]);
        Assert.Contains("not followed by", problems[4]);
    }

    [Fact]
    public void Dedent_removes_the_common_indentation_only()
    {
        Assert.Equal("a\n  b\n\nc", SnippetMarkdown.Dedent(["    a", "      b", "", "    c  "]));
    }

    [GeneratedRegex(@"https://github\.com/arraybridge/arraybridge/(?:blob|tree)/main/(?<path>[^\s)#?]+)")]
    private static partial Regex RepositoryLink();
}
