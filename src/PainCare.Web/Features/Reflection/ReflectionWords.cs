namespace PainCare.Web.Features.Reflection;

/// <summary>Reflection categories and evidence in the clinic's words, wherever a prompt is shown.</summary>
public static class ReflectionWords
{
    public static string Category(string category) => category switch
    {
        "safety-cue" => "Safety cue",
        "attunement" => "Attunement",
        "rupture" => "Strain in the relationship",
        "connection" => "A moment of meeting",
        "trauma-informed" => "Trauma-informed care",
        "minute-particulars" => "Minute particulars",
        "person-focus" => "The person",
        "shared-decision" => "Shared decisions",
        _ => "Reflection",
    };

    // Evidence data names features such as "person.hopes"; shown to the clinician as plain words.
    public static string Evidence(string data) =>
        data.Replace("none found:", "nothing yet in the narrative about", StringComparison.Ordinal).Replace('.', ' ').Replace('-', ' ').Replace(':', ' ');
}
