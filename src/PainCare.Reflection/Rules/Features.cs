using PainCare.Reflection.Model;

namespace PainCare.Reflection.Rules;

/// <summary>Names of the features that do not come from a lexicon group.</summary>
internal static class Features
{
    /// <summary>The narrative holds at least one word; absence rules need something to be absent from.</summary>
    public const string Text = "text";

    /// <summary>Words quoted from the patient (quotations attributed to the clinician do not count).</summary>
    public const string PatientQuote = "quote:patient";

    public static string Observation(ObservationKind kind) => $"observation:{kind}";

    public static string Alliance(AllianceSignal signal) => $"alliance:{signal}";

    public static string Attended(Attendance attendance) => $"attendance:{attendance}";

    public static IReadOnlySet<string> Structured { get; } = new HashSet<string>(
        new[] { Text, PatientQuote }
            .Concat(Enum.GetValues<ObservationKind>().Select(Observation))
            .Concat(Enum.GetValues<AllianceSignal>().Select(Alliance))
            .Concat(Enum.GetValues<Attendance>().Select(Attended)),
        StringComparer.Ordinal);
}
