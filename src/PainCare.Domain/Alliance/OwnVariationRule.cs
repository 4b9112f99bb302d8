namespace PainCare.Domain.Alliance;

/// <summary>
/// For forms with no published reliability (PainCare's own check-in among them): a rating is flagged only when it falls
/// further below the patient's own earlier average than their ratings usually vary (more than 2 SD, given enough earlier
/// ratings to estimate it), and by at least the form's minimum change, so a near-constant series cannot flag a one-point wobble.
/// </summary>
internal static class OwnVariationRule
{
    private const double Tolerance = 1e-9;

    public static void Evaluate(InstrumentDefinition instrument, AllianceFlagOptions options, int number, double total, List<ScoredSession> earlier, List<AllianceFlag> flags)
    {
        if (earlier.Count < options.MinimumEarlierSessionsForOwnSd)
        {
            return;
        }

        var totals = earlier.Select(s => s.Patient!.Total).ToList();
        var mean = totals.Average();
        var sd = Math.Sqrt(totals.Sum(v => (v - mean) * (v - mean)) / (totals.Count - 1));
        var threshold = Math.Max(options.OwnSdMultiple * sd, instrument.MinimumChangeFigure);
        var decline = instrument.Decline(mean, total);
        if (decline <= threshold + Tolerance)
        {
            return;
        }

        var F = AllianceFlagRules.F;
        AllianceFlagRules.Add(flags, number, AllianceRules.BelowUsualRange,
            $"this rating ({F(total)}) is {F(decline)} {(instrument.HigherIsBetter ? "below" : "above")} the patient's average of {F(mean)} over their {totals.Count} earlier ratings, "
            + $"more than their usual variation allows (twice their spread of {F(sd)}, and at least {F(instrument.MinimumChangeFigure)}); "
            + $"{instrument.Name} has no published reliability, so the patient is compared with themselves",
            ("total", total), ("ownMean", mean), ("ownSd", sd), ("decline", decline), ("threshold", threshold), ("earlierSessions", totals.Count));
    }
}
