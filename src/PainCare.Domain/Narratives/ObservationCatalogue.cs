namespace PainCare.Domain.Narratives;

/// <summary>The aspects offered for each observation kind, in the clinic's words.</summary>
public static class ObservationCatalogue
{
    public static IReadOnlyDictionary<ObservationKind, IReadOnlyList<string>> Aspects { get; } = new Dictionary<ObservationKind, IReadOnlyList<string>>
    {
        [ObservationKind.MinuteParticular] = ["posture", "gaze", "voice", "pace", "pauses", "gestures", "movement quality"],
        [ObservationKind.SafetyCue] = ["recoil", "guarding", "bracing", "breath holding", "sweating", "freezing", "dissociation", "tears"],
        [ObservationKind.OwnWords] = [],
        [ObservationKind.Connection] = [],
        [ObservationKind.Strain] = [],
    };

    public static string Label(ObservationKind kind) => kind switch
    {
        ObservationKind.MinuteParticular => "Minute particular",
        ObservationKind.SafetyCue => "Safety cue",
        ObservationKind.OwnWords => "Patient's own words",
        ObservationKind.Connection => "Moment of connection",
        ObservationKind.Strain => "Moment of strain",
        _ => kind.ToString(),
    };

    public static bool IsValidAspect(ObservationKind kind, string? aspect) =>
        Aspects[kind].Count == 0 ? string.IsNullOrEmpty(aspect) : aspect is not null && Aspects[kind].Contains(aspect);
}
