namespace PainCare.Domain.Alliance;

/// <summary>Alert: possible rupture or risk, worth attention. Prompt: an invitation to ask or compare differently.</summary>
public enum FlagSeverity
{
    Alert,
    Prompt,
}

/// <summary>A rule that fired for a session, with the figures it used (<see cref="Inputs"/>) and a readable explanation.</summary>
public sealed record AllianceFlag(
    int Session,
    string Rule,
    FlagSeverity Severity,
    string Detail,
    IReadOnlyDictionary<string, double> Inputs);

/// <summary>A rating that could not be used (it is left out of every rule).</summary>
public sealed record RatingProblem(int Session, InstrumentRater Rater, string Message);

/// <summary>
/// Everything the flagger found for one series. <see cref="Flags"/> lists every rule that fired at every session (the
/// reflection module's triggers); <see cref="Episodes"/> folds them into one flag per episode, which is what a clinician sees.
/// </summary>
public sealed record AllianceAnalysis(
    IReadOnlyList<AllianceFlag> Flags,
    IReadOnlyList<RatingProblem> Problems,
    IReadOnlyList<ScoredSession> Sessions)
{
    public IReadOnlyList<FlagEpisode> Episodes { get; init; } = [];
}

/// <summary>Rule ids, stable for storage and for the reflection module's structured triggers.</summary>
public static class AllianceRules
{
    public const string BelowCutOff = "below-cut-off";
    public const string ReliableDrop = "reliable-drop";
    public const string BelowUsualRange = "below-usual-range";
    public const string SustainedDecline = "sustained-decline";
    public const string RaterGap = "rater-gap";
    public const string MissedAfterLow = "missed-after-low";
    public const string Ceiling = "ceiling";

    public static FlagSeverity SeverityOf(string rule) =>
        rule is RaterGap or Ceiling ? FlagSeverity.Prompt : FlagSeverity.Alert;
}

/// <summary>Tunable figures for the flagger.</summary>
public sealed record AllianceFlagOptions
{
    /// <summary>Overrides the instrument's rater-gap threshold. With neither set, 20% of the total's range is used.</summary>
    public double? RaterGapThreshold { get; init; }

    /// <summary>Rated sessions in a row, each worse than the one before, that count as a sustained decline.</summary>
    public int SustainedDeclineSessions { get; init; } = 3;

    /// <summary>Rated sessions in a row with every item at the favourable end of the scale.</summary>
    public int CeilingSessions { get; init; } = 3;

    /// <summary>Earlier rated sessions needed before the patient's own variation stands in for a missing reliable-change figure.</summary>
    public int MinimumEarlierSessionsForOwnSd { get; init; } = 3;

    /// <summary>How many of the patient's own standard deviations below their earlier average count as unusual.</summary>
    public double OwnSdMultiple { get; init; } = 2;

    public double RaterGapFor(InstrumentDefinition instrument) =>
        RaterGapThreshold ?? instrument.RaterGapThreshold ?? 0.2 * (instrument.TotalMax - instrument.TotalMin);
}
