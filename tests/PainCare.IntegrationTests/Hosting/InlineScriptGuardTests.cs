using System.Text.RegularExpressions;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Hosting;

/// <summary>
/// The Content-Security-Policy allows scripts only from files (docs/decisions/0041-security-headers.md). This finds, before
/// a browser does, markup that the policy would silently block.
/// </summary>
public sealed partial class InlineScriptGuardTests
{
    [Fact]
    public void WebMarkup_HasNoInlineScriptsEventHandlerAttributesOrJavascriptUrls()
    {
        var markup = Directory.EnumerateFiles(RepositoryPaths.WebProjectDirectory, "*.*", SearchOption.AllDirectories)
            .Where(path => Path.GetExtension(path) is ".razor" or ".html" or ".cshtml")
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(markup, path => path.EndsWith("App.razor", StringComparison.Ordinal));

        var offences = markup
            .SelectMany(path => Offence().Matches(File.ReadAllText(path)).Select(m => $"{Path.GetRelativePath(RepositoryPaths.Root, path)}: {m.Value.Trim()}"))
            .ToList();

        Assert.True(offences.Count == 0, "Inline script the CSP would block (move it to a file under wwwroot):\n" + string.Join('\n', offences));
    }

    // A <script> without src, a lower-case HTML on… attribute (Blazor's @onclick follows an @, and component parameters
    // such as OnValidSubmit are capitalised), or a javascript: URL.
    [GeneratedRegex("""(?i:<script(?![^>]*\ssrc=)[^>]*>)|\son[a-z]+\s*=\s*["']|(?i:javascript:)""")]
    private static partial Regex Offence();
}
