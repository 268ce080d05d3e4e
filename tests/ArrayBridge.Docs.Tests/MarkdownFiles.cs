using System.Text;
using System.Text.RegularExpressions;

namespace ArrayBridge.Docs.Tests;

/// <summary>
/// The repository's Markdown as the checks read it: README.md and docs/*.md, their fenced code
/// blocks, their links and images (outside code), and their headings' GitHub anchors.
/// </summary>
internal static partial class MarkdownFiles
{
    /// <summary>README.md and every docs/*.md page, relative to the repository root.</summary>
    public static IEnumerable<string> All() =>
        new[] { "README.md" }.Concat(SnippetMarkdown.Pages().Select(p => Path.GetRelativePath(SnippetMarkdown.RepositoryRoot, p)));

    /// <summary>A fenced code block: the info string after the fence (e.g. "python"), its first line number and its text.</summary>
    public sealed record CodeBlock(string Info, int Line, string Text);

    /// <summary>A link or image target outside code, with the line it is on.</summary>
    public sealed record Link(int Line, string Target);

    public static List<CodeBlock> CodeBlocks(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(SnippetMarkdown.RepositoryRoot, file));
        var blocks = new List<CodeBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].Trim();
            if (!trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            int end = i + 1;
            while (end < lines.Length && lines[end].Trim() != "```")
            {
                end++;
            }

            blocks.Add(new CodeBlock(trimmed[3..].Trim(), i + 1, SnippetMarkdown.Dedent(lines[(i + 1)..Math.Min(end, lines.Length)])));
            i = end;
        }

        return blocks;
    }

    /// <summary>The text of a file with its fenced blocks and inline code spans blanked, line breaks kept.</summary>
    public static string[] ProseLines(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(SnippetMarkdown.RepositoryRoot, file));
        var prose = new string[lines.Length];
        bool inFence = false;
        for (int i = 0; i < lines.Length; i++)
        {
            bool fence = lines[i].Trim().StartsWith("```", StringComparison.Ordinal);
            prose[i] = inFence || fence ? "" : InlineCode().Replace(lines[i], "");
            if (fence)
            {
                inFence = !inFence;
            }
        }

        return prose;
    }

    /// <summary>Every link and image target outside code: <c>[text](target)</c>, <c>![alt](target "title")</c>, <c>&lt;img src="target"&gt;</c>.</summary>
    public static List<Link> Links(string file)
    {
        string[] prose = ProseLines(file);
        var links = new List<Link>();
        for (int i = 0; i < prose.Length; i++)
        {
            foreach (Match m in InlineLink().Matches(prose[i]))
            {
                links.Add(new Link(i + 1, m.Groups["target"].Value));
            }

            foreach (Match m in HtmlImage().Matches(prose[i]))
            {
                links.Add(new Link(i + 1, m.Groups["target"].Value));
            }
        }

        return links;
    }

    /// <summary>The anchors GitHub gives a file's headings (lower case, punctuation dropped, spaces to '-', repeats numbered -1, -2, ...).</summary>
    public static HashSet<string> Anchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in ProseLinesKeepingCode(file))
        {
            Match heading = Heading().Match(line);
            if (!heading.Success)
            {
                continue;
            }

            string slug = Slug(heading.Groups["text"].Value);
            int count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>GitHub's heading slug: markup and punctuation other than '-' and '_' removed, lower case, each space a '-'.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (char c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }

    // Headings keep their inline code text (GitHub slugs it), so only fences are blanked here.
    private static IEnumerable<string> ProseLinesKeepingCode(string file)
    {
        bool inFence = false;
        foreach (string line in File.ReadLines(Path.Combine(SnippetMarkdown.RepositoryRoot, file)))
        {
            bool fence = line.Trim().StartsWith("```", StringComparison.Ordinal);
            if (fence)
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"<img\s[^>]*src=""(?<target>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
