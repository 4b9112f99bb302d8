using Microsoft.Playwright;

namespace PainCare.Load;

/// <summary>The simulated clinicians, signed in a few per second and each acting on its own loop.</summary>
public sealed class LoadFleet(IBrowser browser, Uri baseAddress, IReadOnlyList<string> emails, string password, ActionLog log, TimeSpan think)
{
    private readonly List<(SimulatedClinician Clinician, Task Loop)> _running = [];
    private CancellationTokenSource _stop = new();

    public int Count => _running.Count;

    public int SignInFailures { get; private set; }

    public async Task GrowToAsync(int count, int signInsPerSecond, bool act = true)
    {
        if (count > emails.Count)
        {
            throw new InvalidOperationException($"Only {emails.Count} clinician accounts are seeded; raise --scale.");
        }

        while (_running.Count < count)
        {
            var batch = Enumerable.Range(_running.Count, Math.Min(signInsPerSecond, count - _running.Count)).ToList();
            var pacing = Task.Delay(TimeSpan.FromSeconds(1));
            var started = await Task.WhenAll(batch.Select(index => StartOneAsync(index, act)));
            _running.AddRange(started);
            await pacing;
        }
    }

    /// <summary>Stops every loop and leaves each clinician idle on a live circuit (their draft session).</summary>
    public async Task ParkAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running.Select(r => r.Loop));
        using var gate = new SemaphoreSlim(8);
        await Task.WhenAll(_running.Select(async r =>
        {
            await gate.WaitAsync();
            try
            {
                await r.Clinician.ParkAsync();
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>Sets parked clinicians acting again.</summary>
    public void Resume()
    {
        _stop = new CancellationTokenSource();
        for (var i = 0; i < _running.Count; i++)
        {
            _running[i] = (_running[i].Clinician, _running[i].Clinician.RunAsync(think, _stop.Token));
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running.Select(r => r.Loop));
    }

    private async Task<(SimulatedClinician, Task)> StartOneAsync(int index, bool act)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        // Style recalculation against Radzen's 750 KB stylesheet is most of a simulated browser's CPU, and it is the
        // client's cost, not the server's: the fleet's pages go unstyled so one machine can drive more of them.
        await context.RouteAsync("**/*.css", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/css", Body = string.Empty }));
        var clinician = new SimulatedClinician(context, emails[index], password, log);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await clinician.SignInAsync();
                break;
            }
            catch (Exception ex) when ((ex is PlaywrightException or TimeoutException) && attempt < 3)
            {
                SignInFailures++;
            }
        }

        if (!act)
        {
            await clinician.ParkAsync();
            return (clinician, clinician.TouchEveryAsync(TimeSpan.FromMinutes(5), _stop.Token));
        }

        return (clinician, clinician.RunAsync(think, _stop.Token));
    }
}
