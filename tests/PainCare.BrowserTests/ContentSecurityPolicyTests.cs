using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PainCare.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ClinicianSignsInAndFiltersTheCaseload_WithoutAnyContentSecurityPolicyViolation()
    {
        var page = await fixture.NewPageAsync();
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) => console.Enqueue($"{message.Type}: {message.Text}");
        var violations = await WatchViolationsAsync(page);

        await page.GotoAsync("account/sign-in");
        await page.GetByLabel("Email").FillAsync("sam.okafor@paincare.test");
        await page.GetByLabel("Password").FillAsync(PainCare.Testing.AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        var count = page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = PatientCount() });
        await Assertions.Expect(count).ToHaveTextAsync(PatientCount());
        // The filter only answers over the live circuit, so this proves the websocket got through connect-src.
        await page.GetByLabel("Filter by name").FillAsync("Leonie");
        await Assertions.Expect(count).ToHaveTextAsync(OnePatient());
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear filter" }).ClickAsync();
        await Assertions.Expect(count).Not.ToHaveTextAsync(OnePatient());

        Assert.Empty(violations);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("Refused to", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task InlineScript_IsBlockedByThePolicy()
    {
        var page = await fixture.NewPageAsync();
        var violations = await WatchViolationsAsync(page);
        await page.GotoAsync("account/sign-in");
        var ran = true;

        // Adding an inline script through the DOM is what an injected payload would do; the page's own CSP must stop it.
        var report = await page.RunAndWaitForConsoleMessageAsync(
            async () => ran = await page.EvaluateAsync<bool>("""
                () => {
                    window.inlineRan = false;
                    const script = document.createElement('script');
                    script.textContent = 'window.inlineRan = true;';
                    document.body.appendChild(script);
                    return window.inlineRan;
                }
                """),
            new() { Predicate = m => m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) });

        Assert.False(ran);
        Assert.Contains("script-src", report.Text, StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (violations.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Contains(violations, v => v.StartsWith("script-src", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    /// <summary>Every securitypolicyviolation event the page fires, including ones Chromium does not print; survives navigations.</summary>
    private static async Task<ConcurrentQueue<string>> WatchViolationsAsync(IPage page)
    {
        var violations = new ConcurrentQueue<string>();
        await page.ExposeFunctionAsync("paincareReportViolation", (string violation) => violations.Enqueue(violation));
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => window.paincareReportViolation(e.effectiveDirective + ' blocked ' + e.blockedURI));");
        return violations;
    }

    [GeneratedRegex(@"^\d+ of \d+ patients$")]
    private static partial Regex PatientCount();

    [GeneratedRegex(@"^1 of \d+ patients$")]
    private static partial Regex OnePatient();
}
