using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Components;

namespace PainCare.Web.Features.Sessions;

/// <summary>
/// Light Markdown for narratives (emphasis, lists, headings, quotes). Raw HTML is escaped, never passed through; links keep
/// only http, https and mailto targets; images become plain links so a note can never fetch anything by itself.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseSoftlineBreakAsHardlineBreak()
        .UseReferralLinks("noopener", "noreferrer", "nofollow")
        .Build();

    public static MarkupString ToHtml(string text)
    {
        var document = Markdown.Parse(text, _pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.IsImage = false;
            if (!IsSafe(link.Url))
            {
                link.Url = string.Empty;
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafe(autolink.Url))
            {
                autolink.Url = string.Empty;
            }
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return new MarkupString(writer.ToString());
    }

    private static bool IsSafe(string? url) =>
        url is not null
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https" or "mailto";
}
