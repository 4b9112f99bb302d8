using PainCare.Domain.Alliance;

namespace PainCare.Web.Features.Alliance;

public static class FlagText
{
    public static string Label(string rule) => rule switch
    {
        AllianceRules.BelowCutOff => "Below cut-off",
        AllianceRules.ReliableDrop => "Reliable drop",
        AllianceRules.BelowUsualRange => "Below this patient's usual range",
        AllianceRules.SustainedDecline => "Sustained decline",
        AllianceRules.RaterGap => "Patient and clinician ratings differ",
        AllianceRules.MissedAfterLow => "Missed after a low or falling score",
        AllianceRules.Ceiling => "At the ceiling: ask differently",
        _ => rule,
    };

    /// <summary>"Session 4" or "Sessions 4-6", with "(open)" while the episode has not recovered.</summary>
    public static string Sessions(FlagEpisode episode) =>
        (episode.FirstSession == episode.LastSession ? $"Session {episode.FirstSession}" : $"Sessions {episode.FirstSession}-{episode.LastSession}")
        + (episode.Open ? " (open)" : string.Empty);

    /// <summary>What else happened in the same episode, e.g. "; then: missed after a low or falling score (2)".</summary>
    public static string Followed(FlagEpisode episode)
    {
        var later = episode.Flags.Skip(1).GroupBy(f => f.Rule).Select(g => g.Count() == 1 ? Label(g.Key) : $"{Label(g.Key)} ({g.Count()})").ToList();
        return later.Count == 0 ? string.Empty : "; then: " + string.Join(", ", later).ToLowerInvariant();
    }
}
