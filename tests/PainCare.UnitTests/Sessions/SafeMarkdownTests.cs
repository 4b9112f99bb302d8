using PainCare.Web.Features.Sessions;

namespace PainCare.UnitTests.Sessions;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img")]
    [InlineData("<b onclick=\"x()\">bold</b>", "&lt;b onclick")]
    public void RawHtml_IsEscaped_NeverPassedThrough(string narrative, string expected)
    {
        var html = SafeMarkdown.ToHtml(narrative).Value;

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick=", html.Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&lt;b onclick=", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void UnsafeLinkTargets_AreDropped(string narrative)
    {
        var html = SafeMarkdown.ToHtml(narrative).Value;

        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_BecomeLinks_SoANoteNeverFetchesAnything()
    {
        var html = SafeMarkdown.ToHtml("![pixel](https://tracker.example/p.png)").Value;

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://tracker.example/p.png\"", html, StringComparison.Ordinal);
        Assert.Contains("noopener", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LightMarkdown_IsRendered()
    {
        var html = SafeMarkdown.ToHtml("She said *quietly*:\n\n> I didn't think anyone would ask.\n\n- walked in slowly\n- held her breath").Value;

        Assert.Contains("<em>quietly</em>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<li>held her breath</li>", html, StringComparison.Ordinal);
    }
}
