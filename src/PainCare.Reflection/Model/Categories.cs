namespace PainCare.Reflection.Model;

/// <summary>The eight taxonomy ids (shared/docs/reflection-taxonomy.md), in display order.</summary>
public static class Categories
{
    public const string SafetyCue = "safety-cue";
    public const string Attunement = "attunement";
    public const string Rupture = "rupture";
    public const string Connection = "connection";
    public const string TraumaInformed = "trauma-informed";
    public const string MinuteParticulars = "minute-particulars";
    public const string PersonFocus = "person-focus";
    public const string SharedDecision = "shared-decision";

    public static IReadOnlyList<string> All { get; } =
    [
        SafetyCue, Attunement, Rupture, Connection, TraumaInformed, MinuteParticulars, PersonFocus, SharedDecision,
    ];
}
