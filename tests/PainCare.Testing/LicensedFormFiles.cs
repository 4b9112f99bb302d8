namespace PainCare.Testing;

/// <summary>
/// Definition files as a clinic holding a licence would import them. The wording is invented for tests: no licensed
/// instrument's items are reproduced.
/// </summary>
public static class LicensedFormFiles
{
    public const string PatientId = "clinic-bond-patient";
    public const string ClinicianId = "clinic-bond-clinician";

    /// <summary>A four-item patient form, ready to show; <paramref name="version"/> tells two imports of it apart.</summary>
    public static string Patient(string version = "licensed-1", string? counterpart = null) => $$"""
        {
          "id": "{{PatientId}}",
          "name": "Clinic bond form (patient)",
          "version": "{{version}}",
          "rater": "patient",
          {{(counterpart is null ? string.Empty : $"\"counterpart\": \"{counterpart}\",")}}
          "placeholderText": false,
          "licenceNote": "Wording supplied by the clinic under its licence.",
          "scale": { "min": 1, "max": 5 },
          "scoring": "mean",
          "items": [
            { "text": "Invented test question one, {{version}}?", "anchors": { "1": "Never", "5": "Always" } },
            { "text": "Invented test question two?", "anchors": { "1": "Never", "5": "Always" } },
            { "text": "Invented test question three?", "anchors": { "1": "Never", "5": "Always" } },
            { "text": "Invented test question four?", "anchors": { "1": "Never", "5": "Always" } }
          ]
        }
        """;

    /// <summary>The clinician's side, pointing at <see cref="PatientId"/> as its counterpart.</summary>
    public static string Clinician() => $$"""
        {
          "id": "{{ClinicianId}}",
          "name": "Clinic bond form (clinician)",
          "version": "licensed-1",
          "rater": "clinician",
          "counterpart": "{{PatientId}}",
          "placeholderText": false,
          "licenceNote": "Wording supplied by the clinic under its licence.",
          "scale": { "min": 1, "max": 5 },
          "scoring": "mean",
          "items": [
            { "text": "Invented clinician question one?" },
            { "text": "Invented clinician question two?" },
            { "text": "Invented clinician question three?" },
            { "text": "Invented clinician question four?" }
          ]
        }
        """;

    /// <summary>A form still waiting for its wording.</summary>
    public static string Placeholder() => Patient().Replace("\"placeholderText\": false", "\"placeholderText\": true", StringComparison.Ordinal);
}
