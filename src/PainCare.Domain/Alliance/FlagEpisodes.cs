namespace PainCare.Domain.Alliance;

/// <summary>
/// Folds per-session flags into episodes, so one worsening shows as one flag however many rules and sessions it spans.
/// Alerts share one episode; it stays open until a patient rating is back within the instrument's change figure of the
/// best of the ratings before the episode (and not beyond any cut-off). Each prompt rule forms episodes of consecutive
/// rated sessions on which it fired.
/// </summary>
public static class FlagEpisodes
{
    private const int BaselineRatings = 3;

    public static IReadOnlyList<FlagEpisode> Group(InstrumentDefinition instrument, IReadOnlyList<ScoredSession> sessions, IReadOnlyList<AllianceFlag> flags)
    {
        var episodes = new List<FlagEpisode>();
        var recovery = instrument.ReliableChangeFigure ?? instrument.MinimumChangeFigure;
        List<AllianceFlag>? alert = null;
        double? baseline = null;
        var prompts = new Dictionary<string, List<AllianceFlag>>(StringComparer.Ordinal);
        var rated = new List<double>();
        foreach (var session in sessions)
        {
            var here = flags.Where(f => f.Session == session.Number).ToList();
            if (session.Patient is { } patient)
            {
                if (alert is not null && Recovered(instrument, baseline, patient.Total, recovery))
                {
                    episodes.Add(Close(alert, session.Number, open: false));
                    alert = null;
                }

                foreach (var rule in prompts.Keys.Where(r => here.All(f => f.Rule != r)).ToList())
                {
                    episodes.Add(Close(prompts[rule], prompts[rule][^1].Session, open: false));
                    prompts.Remove(rule);
                }
            }

            var alerts = here.Where(f => f.Severity == FlagSeverity.Alert).ToList();
            if (alerts.Count > 0)
            {
                if (alert is null)
                {
                    alert = [];
                    baseline = rated.Count == 0 ? null : rated.TakeLast(BaselineRatings).Aggregate((a, b) => instrument.Decline(a, b) > 0 ? a : b);
                }

                alert.AddRange(alerts);
            }

            foreach (var prompt in here.Where(f => f.Severity == FlagSeverity.Prompt))
            {
                (prompts.TryGetValue(prompt.Rule, out var run) ? run : prompts[prompt.Rule] = []).Add(prompt);
            }

            if (session.Patient is { } scored)
            {
                rated.Add(scored.Total);
            }
        }

        if (alert is not null)
        {
            episodes.Add(Close(alert, alert[^1].Session, open: true));
        }

        episodes.AddRange(prompts.Values.Select(run => Close(run, run[^1].Session, open: true)));
        return [.. episodes.OrderBy(e => e.FirstSession).ThenBy(e => e.Severity)];
    }

    private static bool Recovered(InstrumentDefinition instrument, double? baseline, double total, double recovery) =>
        !instrument.IsBeyondCutOff(total) && (baseline is not { } before || instrument.Decline(before, total) < recovery);

    private static FlagEpisode Close(List<AllianceFlag> flags, int lastSession, bool open) =>
        new(flags[0], flags, flags[0].Session, Math.Max(lastSession, flags[^1].Session), open);
}
