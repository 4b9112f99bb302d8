namespace PainCare.Domain.Alliance;

/// <summary>Who completes an instrument.</summary>
public enum InstrumentRater
{
    Patient,
    Clinician,
}

/// <summary>How item scores combine into a total or subscale score.</summary>
public enum ScoringRule
{
    Sum,
    Mean,
}

/// <summary>One item: its wording and the labels for some or all scale points.</summary>
public sealed record InstrumentItem(string Text, IReadOnlyDictionary<int, string> Anchors);

/// <summary>
/// A rating instrument held as data (see docs/instruments.md for the JSON fields).
/// Subscales map a name to 1-based item numbers.
/// </summary>
public sealed record InstrumentDefinition(
    string Id,
    string Name,
    string Version,
    InstrumentRater Rater,
    int ScaleMin,
    int ScaleMax,
    ScoringRule Scoring,
    IReadOnlyList<InstrumentItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Subscales,
    double? CutOff,
    double? ReliableChange,
    string LicenceNote,
    bool PlaceholderText)
{
    /// <summary>False for symptom measures such as pain, where a rising score means things got worse.</summary>
    public bool HigherIsBetter { get; init; } = true;

    /// <summary>Id of the paired version for the other rater (patient ↔ clinician), if any.</summary>
    public string? Counterpart { get; init; }

    /// <summary>Patient-versus-clinician total gap that counts as a gap worth raising; null uses the flagger's default.</summary>
    public double? RaterGapThreshold { get; init; }

    /// <summary>Where the structure, cut-off or change figure comes from.</summary>
    public string? Source { get; init; }

    /// <summary>A line shown on the form's footer and carried in every export (e.g. "not a validated measure").</summary>
    public string? Notice { get; init; }

    /// <summary>Who licenses the wording to the clinic (a licensed form the clinic loaded); shown on the form's footer.</summary>
    public string? LicenceHolder { get; init; }

    /// <summary>The licence's terms as the clinic recorded them; shown on the form's footer beside the holder.</summary>
    public string? LicenceTerms { get; init; }

    /// <summary>Published test-retest reliability (r) and the normative SD it goes with; together they give a reliable-change index.</summary>
    public double? Reliability { get; init; }

    /// <summary>The standard deviation of totals in the sample the reliability was published for.</summary>
    public double? NormativeSd { get; init; }

    /// <summary>
    /// The smallest change in the total worth calling a change when judged against the patient's own variation; null uses
    /// a tenth of the total's range.
    /// </summary>
    public double? MinimumChange { get; init; }

    /// <summary>Lowest possible total under the scoring rule.</summary>
    public double TotalMin => Scoring == ScoringRule.Sum ? (double)ScaleMin * Items.Count : ScaleMin;

    /// <summary>Highest possible total under the scoring rule.</summary>
    public double TotalMax => Scoring == ScoringRule.Sum ? (double)ScaleMax * Items.Count : ScaleMax;

    /// <summary>The scale point at the favourable end (the maximum unless higher is worse).</summary>
    public int BestScalePoint => HigherIsBetter ? ScaleMax : ScaleMin;

    /// <summary>How much worse <paramref name="current"/> is than <paramref name="previous"/>; negative when it improved.</summary>
    public double Decline(double previous, double current) => HigherIsBetter ? previous - current : current - previous;

    /// <summary>
    /// The worsening that counts as reliable: the file's figure, else the Jacobson-Truax index from a published reliability
    /// (1.96 × SD × √(2(1 − r)); Jacobson NS, Truax P 1991, J Consult Clin Psychol 59:12-19); null when neither is known.
    /// </summary>
    public double? ReliableChangeFigure => ReliableChange
        ?? (Reliability is { } r && NormativeSd is { } sd ? 1.96 * sd * Math.Sqrt(2 * (1 - r)) : null);

    /// <summary>The floor under a change judged against the patient's own variation.</summary>
    public double MinimumChangeFigure => MinimumChange ?? 0.1 * (TotalMax - TotalMin);

    /// <summary>Whether a patient may be shown this form: never while any wording is a placeholder.</summary>
    public FormReadiness Readiness => PlaceholderText || Items.Any(i => LooksLikePlaceholder(i.Text) || i.Anchors.Values.Any(LooksLikePlaceholder))
        ? FormReadiness.PlaceholderWording
        : FormReadiness.Ready;

    private static bool LooksLikePlaceholder(string text) =>
        text.StartsWith('[') && text.EndsWith(']');

    /// <summary>Whether a total is on the unfavourable side of the cut-off.</summary>
    public bool IsBeyondCutOff(double total) =>
        CutOff is { } cutOff && (HigherIsBetter ? total < cutOff : total > cutOff);
}
