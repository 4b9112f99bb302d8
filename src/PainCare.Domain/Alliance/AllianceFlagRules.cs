using System.Globalization;

namespace PainCare.Domain.Alliance;

/// <summary>The rules, each judged at one session against the sessions before it.</summary>
internal sealed class AllianceFlagRules(InstrumentDefinition instrument, AllianceFlagOptions options)
{
    // Totals under mean scoring are fractions; a tolerance keeps 1.0000000002 from counting as "greater than 1".
    private const double Tolerance = 1e-9;

    private string Side => instrument.HigherIsBetter ? "below" : "above (higher is worse)";

    public void Evaluate(IReadOnlyList<ScoredSession> sessions, int index, List<AllianceFlag> flags)
    {
        var session = sessions[index];
        var earlier = sessions.Take(index).Where(s => s.Patient is not null).ToList();
        if (session.Patient is { } patient)
        {
            BelowCutOff(session.Number, patient.Total, flags);
            ReliableDrop(session.Number, patient.Total, earlier, flags);
            SustainedDecline(session.Number, patient.Total, earlier, flags);
            Ceiling(session, earlier, flags);
            if (session.Clinician is { } clinician)
            {
                RaterGap(session.Number, patient.Total, clinician.Total, flags);
            }
        }

        if (session.Attendance != SessionAttendance.Attended)
        {
            MissedAfterLow(session, earlier, flags);
        }
    }

    private void BelowCutOff(int number, double total, List<AllianceFlag> flags)
    {
        if (instrument.IsBeyondCutOff(total))
        {
            Add(flags, number, AllianceRules.BelowCutOff, $"patient total {F(total)} is {Side} the {instrument.Name} cut-off {F(instrument.CutOff!.Value)}",
                ("total", total), ("cutOff", instrument.CutOff.Value));
        }
    }

    private void ReliableDrop(int number, double total, List<ScoredSession> earlier, List<AllianceFlag> flags)
    {
        if (earlier.Count == 0)
        {
            return;
        }

        var previous = earlier[^1].Patient!.Total;
        var decline = instrument.Decline(previous, total);
        if (instrument.ReliableChangeFigure is { } reliableChange)
        {
            if (decline > reliableChange + Tolerance)
            {
                Add(flags, number, AllianceRules.ReliableDrop,
                    $"the patient's total went from {F(previous)} at session {earlier[^1].Number} to {F(total)}, {F(decline)} worse: more than the {F(reliableChange)} that counts as a reliable change for {instrument.Name}{PainChange.Annotation(instrument, previous, total)}",
                    ("previous", previous), ("total", total), ("decline", decline), ("reliableChange", reliableChange));
            }

            return;
        }

        OwnVariationRule.Evaluate(instrument, options, number, total, earlier, flags);
    }

    private void SustainedDecline(int number, double total, List<ScoredSession> earlier, List<AllianceFlag> flags)
    {
        var run = new List<double> { total };
        for (var i = earlier.Count - 1; i >= 0 && instrument.Decline(earlier[i].Patient!.Total, run[0]) > Tolerance; i--)
        {
            run.Insert(0, earlier[i].Patient!.Total);
        }

        // Small steps down (one answer a point lower each time) are not a decline worth an alert until they add up.
        if (run.Count >= options.SustainedDeclineSessions && instrument.Decline(run[0], total) >= instrument.MinimumChangeFigure - Tolerance)
        {
            Add(flags, number, AllianceRules.SustainedDecline,
                $"the patient's total was lower at each of {run.Count} rated sessions in a row ({string.Join(" -> ", run.Select(F))}), {F(instrument.Decline(run[0], total))} lower in all",
                ("sessions", run.Count), ("first", run[0]), ("total", total));
        }
    }

    private void Ceiling(ScoredSession session, List<ScoredSession> earlier, List<AllianceFlag> flags)
    {
        // A symptom measure at its best end (no pain) is good news, not a form that has stopped discriminating.
        if (!instrument.HigherIsBetter)
        {
            return;
        }

        var run = 0;
        foreach (var s in earlier.Append(session).Reverse())
        {
            if (!s.PatientItems!.All(v => v == instrument.BestScalePoint))
            {
                break;
            }

            run++;
        }

        if (run >= options.CeilingSessions)
        {
            Add(flags, session.Number, AllianceRules.Ceiling,
                $"every item at the scale maximum {instrument.BestScalePoint} for {run} rated sessions running; the form may no longer discriminate, so consider asking about the relationship in another way",
                ("sessions", run), ("scalePoint", instrument.BestScalePoint));
        }
    }

    private void RaterGap(int number, double patient, double clinician, List<AllianceFlag> flags)
    {
        var threshold = options.RaterGapFor(instrument);
        var gap = Math.Abs(patient - clinician);
        if (gap > threshold + Tolerance)
        {
            var higher = patient > clinician ? "patient" : "clinician";
            Add(flags, number, AllianceRules.RaterGap,
                $"patient total {F(patient)} and clinician total {F(clinician)} differ by {F(gap)} (the {higher} rated higher), more than the threshold {F(threshold)}; compare perspectives",
                ("patient", patient), ("clinician", clinician), ("gap", gap), ("threshold", threshold));
        }
    }

    private void MissedAfterLow(ScoredSession session, List<ScoredSession> earlier, List<AllianceFlag> flags)
    {
        if (earlier.Count == 0)
        {
            return;
        }

        var last = earlier[^1];
        var lastTotal = last.Patient!.Total;
        var what = session.Attendance == SessionAttendance.Cancelled ? "session cancelled" : "patient did not attend";
        if (instrument.IsBeyondCutOff(lastTotal))
        {
            Add(flags, session.Number, AllianceRules.MissedAfterLow,
                $"{what} after a patient total of {F(lastTotal)} at session {last.Number}, {Side} the cut-off {F(instrument.CutOff!.Value)}",
                ("lastTotal", lastTotal), ("lastSession", last.Number), ("cutOff", instrument.CutOff.Value));
        }
        else if (earlier.Count >= 2 && instrument.Decline(earlier[^2].Patient!.Total, lastTotal) > Tolerance)
        {
            var before = earlier[^2].Patient!.Total;
            Add(flags, session.Number, AllianceRules.MissedAfterLow,
                $"{what} after the patient total fell from {F(before)} to {F(lastTotal)} at session {last.Number}",
                ("lastTotal", lastTotal), ("lastSession", last.Number), ("previousTotal", before));
        }
    }

    internal static void Add(List<AllianceFlag> flags, int session, string rule, string detail, params (string Name, double Value)[] inputs) =>
        flags.Add(new AllianceFlag(session, rule, AllianceRules.SeverityOf(rule), detail, inputs.ToDictionary(i => i.Name, i => i.Value, StringComparer.Ordinal)));

    internal static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
