using System.Diagnostics;
using Microsoft.Playwright;

namespace PainCare.Load;

/// <summary>
/// One clinician in one browser context, driving the app the way the scale issue describes: open the caseload, a
/// trend, the patient, their draft session, then type a sentence and save, one action every think interval. Round trips
/// are timed from the click (or Ctrl+S) to the moment the page shows the result and is usable. Unlike the browser tests,
/// it finds elements by id and CSS rather than by role: computing every element's accessible role and name on each
/// step costs the load generator more CPU than the server spends on the action.
/// </summary>
public sealed class SimulatedClinician(IBrowserContext context, string email, string password, ActionLog log)
{
    private static readonly string[] _cycle = ["caseload", "trend", "patient", "session", "type"];
    private static readonly string[] _sentences =
    [
        " She said the stairs at work felt less daunting this week.",
        " He paused before bending, then tried it slowly with my hand nearby.",
        " We agreed the walking programme could stay at ten minutes.",
        " Her shoulders dropped when we talked about the garden.",
    ];

    private IPage _page = null!;
    private int _next;
    private string? _sessionUrl;

    public string? LastError { get; private set; }

    public async Task SignInAsync()
    {
        _page = await context.NewPageAsync();
        await _page.GotoAsync("account/sign-in");
        await _page.GetByLabel("Email").FillAsync(email);
        await _page.GetByLabel("Password").FillAsync(password);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await _page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
    }

    /// <summary>Acts once every <paramref name="think"/> until cancelled; a slow action delays the next one.</summary>
    public async Task RunAsync(TimeSpan think, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * think.TotalMilliseconds), cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                var due = DateTime.UtcNow + think;
                await ActOnceAsync();
                var wait = due - DateTime.UtcNow;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>
    /// Keeps a parked clinician signed in: the app ends a session after 15 idle minutes (ADR 0009), so an idle clinician
    /// adds a line to their note every <paramref name="interval"/>, as someone leaving a note open between patients would.
    /// </summary>
    public async Task TouchEveryAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * interval.TotalMilliseconds), cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (_page.Url != _sessionUrl)
                {
                    await ParkAsync();
                }

                _next = Array.IndexOf(_cycle, "type");
                await ActOnceAsync();
                await Task.Delay(interval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            LastError = ex.Message;
        }
    }

    /// <summary>Leaves the clinician idle on their draft session, so the page holds a live circuit.</summary>
    public async Task ParkAsync()
    {
        while (_sessionUrl is null)
        {
            await ActOnceAsync();
        }

        await _page.GotoAsync(_sessionUrl);
        await WaitAsync(EditorReady);
    }

    private ILocator Narrative => _page.Locator("#narrative");

    private async Task ActOnceAsync()
    {
        var action = _cycle[_next];
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        try
        {
            clock = await PerformAsync(action) ?? clock;
            log.Add(new ActionRecord(started, action, clock.Elapsed.TotalMilliseconds, Error: null));
            _next = (_next + 1) % _cycle.Length;
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            var error = _page.Url.Contains("/account/sign-in", StringComparison.Ordinal) ? $"{action}: signed out" : $"{action}: {Kind(ex)}";
            LastError = ex.Message;
            log.Add(new ActionRecord(started, action, clock.Elapsed.TotalMilliseconds, error));
            await RecoverAsync();
        }
    }

    /// <summary>Does the action; returns a clock started later than the action when only part of it is the round trip.</summary>
    private async Task<Stopwatch?> PerformAsync(string action)
    {
        switch (action)
        {
            case "caseload":
                await ClickAndWaitAsync("nav a[href='caseload']", "() => document.querySelector('#caseload-filter')?.disabled === false");
                return null;
            case "trend":
                await ClickAndWaitAsync("a.trend-link", "() => document.querySelector('h1')?.textContent.includes('Alliance and pain')");
                return null;
            case "patient":
                await ClickAndWaitAsync(".breadcrumb a", "() => document.querySelector(\"a[href$='/sessions/new']\") !== null");
                return null;
            case "session":
                await ClickAndWaitAsync("tr:has(td:text-is('Draft')) a", EditorReady);
                _sessionUrl ??= _page.Url;
                return null;
            default:
                await Narrative.PressAsync("Control+End");
                await _page.Keyboard.InsertTextAsync(_sentences[Random.Shared.Next(_sentences.Length)]);
                await WaitAsync("() => document.querySelector('.save-status')?.dataset.state === 'unsaved'");
                var save = Stopwatch.StartNew();
                await Narrative.PressAsync("Control+S");
                await WaitAsync("() => document.querySelector('.save-status')?.dataset.state === 'saved'");
                return save;
        }
    }

    private const string EditorReady =
        "() => document.querySelector('#narrative')?.readOnly === false && document.querySelector('.save-status')?.dataset.state === 'saved'";

    // Forced clicks skip Playwright's actionability checks, and the condition is polled in the page on every animation
    // frame: Playwright's own assertions retry at 100, 250, 500 and 1,000 ms, which would round every timing up.
    private async Task ClickAndWaitAsync(string selector, string condition)
    {
        await _page.Locator(selector).First.ClickAsync(new() { Force = true });
        await WaitAsync(condition);
    }

    private Task WaitAsync(string condition) =>
        _page.WaitForFunctionAsync(condition, null, new() { PollingInterval = null, Timeout = 15_000 });

    private async Task RecoverAsync()
    {
        _next = 0;
        try
        {
            if (_page.Url.Contains("/account/sign-in", StringComparison.Ordinal))
            {
                await SignInAsync();
            }
            else
            {
                await _page.GotoAsync("caseload");
            }
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            LastError = ex.Message;
        }
    }

    private static string Kind(Exception ex) =>
        ex is TimeoutException || ex.Message.Contains("Timeout", StringComparison.Ordinal) ? "timed out" : "failed";
}
