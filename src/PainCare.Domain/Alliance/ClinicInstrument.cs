namespace PainCare.Domain.Alliance;

/// <summary>Where an imported instrument stands: loaded for preview only, in the clinic's catalogue, or taken out of it.</summary>
public enum ClinicInstrumentStatus
{
    Imported,
    Enabled,
    Disabled,
}

/// <summary>Why an import, enable, disable or choice of form was refused; pages branch on this, never on message text.</summary>
public enum InstrumentRefusal
{
    NotFound,

    /// <summary>Some item or answer label is still a placeholder: the form may never reach a patient.</summary>
    PlaceholderWording,

    /// <summary>Already in the state asked for (a second click of the same button).</summary>
    Unchanged,

    /// <summary>The catalogue would not hold together (a counterpart missing or mismatched); the reason names the field.</summary>
    Inconsistent,

    /// <summary>Only a patient-rated form (or a pair with one) can be the form patients rate sessions with.</summary>
    NotAPatientForm,

    /// <summary>The file is not a valid instrument definition, or the licence details are missing or too long.</summary>
    Invalid,

    /// <summary>Someone else changed the same import first.</summary>
    Conflict,
}

/// <summary>
/// A licensed instrument definition an administrator imported. The file's text is kept exactly as imported and read by
/// the same reader as at start-up, so what was validated and previewed is what patients see. The licence holder and
/// terms are the clinic's record of its licence, shown on the form's footer.
/// </summary>
public sealed class ClinicInstrument
{
    public const int MaxDefinitionLength = 256 * 1024;
    public const int MaxFileNameLength = 200;
    public const int MaxLicenceHolderLength = 200;
    public const int MaxLicenceTermsLength = 2000;

    public Guid Id { get; set; }

    public required string InstrumentId { get; set; }

    public required string Name { get; set; }

    /// <summary>The definition's own version (e.g. "licensed-2026"), not the row's concurrency token.</summary>
    public required string InstrumentVersion { get; set; }

    public InstrumentRater Rater { get; set; }

    public required string FileName { get; set; }

    public required string Definition { get; set; }

    public required string LicenceHolder { get; set; }

    public required string LicenceTerms { get; set; }

    public required string ImportedById { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public ClinicInstrumentStatus Status { get; set; }

    public string? ChangedById { get; set; }

    public DateTimeOffset? ChangedAt { get; set; }

    /// <summary>Optimistic concurrency token: the data layer adds one on every save, and a save over a changed value is refused.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// A new import, validated as at start-up. Throws <see cref="InstrumentDefinitionException"/> naming the field when
    /// the file or the licence details are not acceptable.
    /// </summary>
    public static ClinicInstrument Import(string fileName, string json, string licenceHolder, string licenceTerms, string importedBy, DateTimeOffset at)
    {
        fileName = Path.GetFileName(fileName.Trim());
        if (fileName.Length is 0 or > MaxFileNameLength)
        {
            throw new InstrumentDefinitionException("(upload)", "file name", $"must be 1 to {MaxFileNameLength} characters");
        }

        if (json.Length > MaxDefinitionLength)
        {
            throw new InstrumentDefinitionException(fileName, "(file)", $"larger than {MaxDefinitionLength / 1024} KB; an instrument definition is a few KB");
        }

        var holder = Required(licenceHolder, "licence holder", MaxLicenceHolderLength, fileName);
        var terms = Required(licenceTerms, "licence terms", MaxLicenceTermsLength, fileName);
        var definition = InstrumentJsonReader.Parse(json, fileName);
        return new ClinicInstrument
        {
            Id = Guid.CreateVersion7(),
            InstrumentId = definition.Id,
            Name = definition.Name,
            InstrumentVersion = definition.Version,
            Rater = definition.Rater,
            FileName = fileName,
            Definition = json,
            LicenceHolder = holder,
            LicenceTerms = terms,
            ImportedById = importedBy,
            ImportedAt = at,
            Status = ClinicInstrumentStatus.Imported,
        };
    }

    /// <summary>The definition as patients would see it, with the clinic's licence record on it.</summary>
    public InstrumentDefinition Read() =>
        InstrumentJsonReader.Parse(Definition, FileName) with { LicenceHolder = LicenceHolder, LicenceTerms = LicenceTerms };

    /// <summary>Puts the form in the clinic's catalogue; never one whose wording is still a placeholder.</summary>
    public InstrumentRefusal? Enable(string by, DateTimeOffset at)
    {
        if (Status == ClinicInstrumentStatus.Enabled)
        {
            return InstrumentRefusal.Unchanged;
        }

        if (Read().Readiness != FormReadiness.Ready)
        {
            return InstrumentRefusal.PlaceholderWording;
        }

        (Status, ChangedById, ChangedAt) = (ClinicInstrumentStatus.Enabled, by, at);
        return null;
    }

    /// <summary>Takes the form out of the catalogue. Ratings already made with it are kept.</summary>
    public InstrumentRefusal? Disable(string by, DateTimeOffset at)
    {
        if (Status != ClinicInstrumentStatus.Enabled)
        {
            return InstrumentRefusal.Unchanged;
        }

        (Status, ChangedById, ChangedAt) = (ClinicInstrumentStatus.Disabled, by, at);
        return null;
    }

    /// <summary>
    /// The shipped (and folder) definitions with the clinic's enabled imports over them: an import replaces a shipped
    /// definition with the same id. Throws <see cref="InstrumentDefinitionException"/> when the whole does not hold together.
    /// </summary>
    public static InstrumentCatalogue Combine(InstrumentCatalogue shipped, IEnumerable<ClinicInstrument> enabled) =>
        shipped.CombineWith(InstrumentCatalogue.FromDefinitions(enabled.Select(i => ($"{i.FileName} (imported)", i.Read()))));

    private static string Required(string value, string field, int maxLength, string fileName)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 || trimmed.Length > maxLength
            ? throw new InstrumentDefinitionException(fileName, field, $"is required, at most {maxLength} characters")
            : trimmed;
    }
}
