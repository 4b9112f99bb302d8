namespace PainCare.Domain.Alliance;

/// <summary>
/// One episode: the first flag (<see cref="Headline"/>) and every flag that followed while the episode lasted, e.g. a
/// drop and the missed sessions after it. <see cref="Open"/> until the patient's ratings recover (alerts) or the
/// pattern stops (prompts).
/// </summary>
public sealed record FlagEpisode(AllianceFlag Headline, IReadOnlyList<AllianceFlag> Flags, int FirstSession, int LastSession, bool Open)
{
    public FlagSeverity Severity => Headline.Severity;

    /// <summary>Distinct rules in the order they first fired.</summary>
    public IReadOnlyList<string> Rules => [.. Flags.Select(f => f.Rule).Distinct()];
}
