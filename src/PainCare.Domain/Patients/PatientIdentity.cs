namespace PainCare.Domain.Patients;

/// <summary>
/// Every field that identifies a patient, kept apart from clinical content so that de-identification,
/// exports and audit know exactly which values must never leave the record.
/// </summary>
public sealed class PatientIdentity
{
    public Guid PatientId { get; set; }

    public required string GivenName { get; set; }

    public required string FamilyName { get; set; }

    public string? PreferredName { get; set; }

    public DateOnly DateOfBirth { get; set; }

    /// <summary>NHS, Medicare or other national health number, as entered.</summary>
    public string? HealthcareNumber { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>Names of relatives or carers mentioned in the record.</summary>
    public List<string> RelativesNames { get; set; } = [];

    public string DisplayName => DisplayNameOf(GivenName, FamilyName, PreferredName);

    /// <summary>
    /// The one rule for naming a patient on screen: the preferred name when there is one, else the given name, then the
    /// family name. Static so that a query can project the three columns and name the patient in its final step.
    /// </summary>
    public static string DisplayNameOf(string givenName, string familyName, string? preferredName) =>
        $"{CallNameOf(givenName, preferredName)} {familyName}";

    /// <summary>What to call the patient to their face (the hand-over screen): the first part of the display name.</summary>
    public static string CallNameOf(string givenName, string? preferredName) =>
        string.IsNullOrWhiteSpace(preferredName) ? givenName : preferredName;

    /// <summary>Every identifying string, for scrubbers and leak checks.</summary>
    public IEnumerable<string> KnownIdentifiers()
    {
        yield return GivenName;
        yield return FamilyName;
        if (PreferredName is { Length: > 0 })
        {
            yield return PreferredName;
        }

        // The date of birth is an identifier too; scrubbers find it in any written form from this one.
        if (DateOfBirth != default)
        {
            yield return DateOfBirth.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        }

        foreach (var value in new[] { HealthcareNumber, Phone, Email, Address })
        {
            if (value is { Length: > 0 })
            {
                yield return value;
            }
        }

        foreach (var relative in RelativesNames)
        {
            yield return relative;
        }
    }
}
