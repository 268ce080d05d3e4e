using System.Text.RegularExpressions;

namespace ArrayBridge.Docs.Tests;

/// <summary>
/// README.md and docs/*.md point only at what exists: every relative link or image names a file or
/// folder of the repository (and a heading of it, when it has an anchor), and every
/// <c>./build.sh verb</c> they show is a verb build.sh dispatches and lists in its usage.
/// </summary>
public partial class MarkdownLinkAndCommandTests
{
    public static TheoryData<string> Files => new(MarkdownFiles.All());

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_relative_link_and_image_names_an_existing_file_and_heading(string file)
    {
        List<string> problems = BrokenLinks(file);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_build_sh_verb_shown_is_dispatched_and_in_the_usage(string file)
    {
        string text = File.ReadAllText(Path.Combine(SnippetMarkdown.RepositoryRoot, file));
        (HashSet<string> dispatched, HashSet<string> usage) = BuildVerbs();
        string[] shown = [.. BuildCommand().Matches(text).Select(m => m.Groups["verb"].Value).Distinct()];
        string[] unknown = [.. shown.Where(v => !dispatched.Contains(v) || !usage.Contains(v))];
        Assert.True(unknown.Length == 0,
            $"{file} shows ./build.sh {string.Join(", ", unknown)}, which build.sh does not dispatch and list (dispatched: {string.Join(' ', dispatched)}; usage: {string.Join(' ', usage)})");
    }

    [Fact]
    public void Build_sh_usage_lists_exactly_the_dispatched_verbs()
    {
        (HashSet<string> dispatched, HashSet<string> usage) = BuildVerbs();
        Assert.NotEmpty(dispatched);
        Assert.Equal(dispatched.Order(StringComparer.Ordinal), usage.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_link_checker_finds_missing_files_and_headings()
    {
        // Two levels below the root, so "../../README.md" is the repository's README.
        string dir = Directory.CreateDirectory(Path.Combine(SnippetMarkdown.RepositoryRoot, "artifacts", $"docs-link-check-{Guid.NewGuid():N}")).FullName;
        try
        {
            string page = Path.Combine(dir, "page.md");
            File.WriteAllLines(page,
            [
                "# Title", "## A `code` heading: yes", "## Twice", "## Twice",
                "[ok](#title) [ok](#a-code-heading-yes) [ok](#twice-1) [ok](../../README.md#quick-start) [web](https://example.com/x.md)",
                "[bad](#nowhere) [bad](no-such-file.md) ![bad](img/none.png) [bad](../../README.md#no-such-heading)",
                "`[not a link](missing.md)`", "```", "[not a link](missing.md)", "```",
                "<img src=\"missing.png\">",
            ]);
            List<string> problems = BrokenLinks(Path.GetRelativePath(SnippetMarkdown.RepositoryRoot, page));
            Assert.Equal(5, problems.Count);
            Assert.Contains("#nowhere", problems[0]);
            Assert.Contains("no-such-file.md", problems[1]);
            Assert.Contains("img/none.png", problems[2]);
            Assert.Contains("#no-such-heading", problems[3]);
            Assert.Contains("missing.png", problems[4]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("Temporaries and NDArray.Scope()", "temporaries-and-ndarrayscope")]
    [InlineData("Python objects: keywords, operators, `dynamic`, scopes", "python-objects-keywords-operators-dynamic-scopes")]
    [InlineData("Files: Save, Load and memory maps", "files-save-load-and-memory-maps")]
    [InlineData("Coming from pythonnet / attaching", "coming-from-pythonnet--attaching")]
    public void Slugs_are_githubs(string heading, string slug) => Assert.Equal(slug, MarkdownFiles.Slug(heading));

    private static List<string> BrokenLinks(string file)
    {
        string root = SnippetMarkdown.RepositoryRoot;
        string directory = Path.GetDirectoryName(Path.Combine(root, file))!;
        var problems = new List<string>();
        foreach (MarkdownFiles.Link link in MarkdownFiles.Links(file))
        {
            if (Uri.TryCreate(link.Target, UriKind.Absolute, out Uri? absolute) && absolute.Scheme is "http" or "https" or "mailto")
            {
                continue;
            }

            int hash = link.Target.IndexOf('#');
            string path = Uri.UnescapeDataString(hash < 0 ? link.Target : link.Target[..hash]);
            string? anchor = hash < 0 ? null : link.Target[(hash + 1)..];
            string target = path.Length == 0 ? Path.Combine(root, file) : Path.GetFullPath(Path.Combine(directory, path));
            string where = $"{file}:{link.Line}: ({link.Target})";
            if (!target.StartsWith(root, StringComparison.Ordinal) || (!File.Exists(target) && !Directory.Exists(target)))
            {
                problems.Add($"{where} names a file or folder the repository does not have");
            }
            else if (anchor is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !MarkdownFiles.Anchors(Path.GetRelativePath(root, target)).Contains(anchor))
            {
                problems.Add($"{where}: {Path.GetRelativePath(root, target)} has no heading with the anchor #{anchor}");
            }
        }

        return problems;
    }

    /// <summary>The verbs of build.sh's <c>case "$verb" in</c> arms, and those of its usage line.</summary>
    private static (HashSet<string> Dispatched, HashSet<string> Usage) BuildVerbs()
    {
        string script = File.ReadAllText(Path.Combine(SnippetMarkdown.RepositoryRoot, "build.sh"));
        int start = script.IndexOf("case \"$verb\" in", StringComparison.Ordinal);
        int end = script.IndexOf("esac", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "build.sh has no case \"$verb\" in ... esac dispatch");
        var dispatched = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match arm in CaseArm().Matches(script[start..end]))
        {
            dispatched.UnionWith(arm.Groups["verbs"].Value.Split('|'));
        }

        Match usage = UsageLine().Match(script);
        Assert.True(usage.Success, "build.sh prints no 'usage: ./build.sh ...' line");
        var listed = new HashSet<string>(VerbWord().Matches(usage.Groups["verbs"].Value).Select(m => m.Value), StringComparer.Ordinal);
        return (dispatched, listed);
    }

    [GeneratedRegex(@"\./build\.sh\s+(?<verb>[a-z][a-z-]*)")]
    private static partial Regex BuildCommand();

    [GeneratedRegex(@"^\s*(?<verbs>[a-z][a-z-]*(?:\|[a-z][a-z-]*)*)\)", RegexOptions.Multiline)]
    private static partial Regex CaseArm();

    [GeneratedRegex(@"usage: \./build\.sh (?<verbs>[^""\n]*)")]
    private static partial Regex UsageLine();

    [GeneratedRegex(@"(?<![\[\w-])[a-z][a-z-]*(?![\]\w-])")]
    private static partial Regex VerbWord();
}
