using System.Text.Json;
using Microsoft.Playwright;
using PainCare.Testing;

namespace PainCare.BrowserTests;

/// <summary>Runs axe-core (npm package, installed by ./paincare test) in the page and returns serious and critical violations.</summary>
public static class Axe
{
    private static readonly Lazy<string> _script = new(() => File.ReadAllText(
        Path.Combine(RepositoryPaths.Root, "tests", "PainCare.BrowserTests", "node_modules", "axe-core", "axe.min.js")));

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page)
    {
        // A dialog fading in is half transparent, and axe then measures a contrast nobody sees once it has settled: wait
        // for every finite animation or transition to end (spinners loop forever and are left running).
        await page.WaitForFunctionAsync("""
            () => document.getAnimations().every(a => a.playState !== 'running' || a.effect === null
                || !isFinite(a.effect.getComputedTiming().endTime))
            """, null, new() { Timeout = 10_000 });
        // Evaluated through the DevTools protocol rather than a <script> tag, so the page's CSP stays on while axe runs.
        await page.EvaluateAsync(_script.Value);
        var json = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { resultTypes: ['violations'] });
              return result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(', '));
            }
            """);
        return json.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
