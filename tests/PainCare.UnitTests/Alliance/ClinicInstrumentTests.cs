using PainCare.Domain.Alliance;
using PainCare.Testing;

namespace PainCare.UnitTests.Alliance;

public sealed class ClinicInstrumentTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Import_KeepsTheFileAsGiven_AndTheLicenceRecordReachesTheDefinition()
    {
        var json = LicensedFormFiles.Patient();

        var import = ClinicInstrument.Import("/uploads/bond.json", json, " Example Licensing Ltd ", "Licence 42, single clinic", "admin", _at);
        var definition = import.Read();

        Assert.Equal(("bond.json", json, ClinicInstrumentStatus.Imported), (import.FileName, import.Definition, import.Status));
        Assert.Equal((LicensedFormFiles.PatientId, "licensed-1", InstrumentRater.Patient), (import.InstrumentId, import.InstrumentVersion, import.Rater));
        Assert.Equal(("Example Licensing Ltd", "Licence 42, single clinic"), (definition.LicenceHolder, definition.LicenceTerms));
    }

    [Theory]
    [InlineData("", "terms", "licence holder")]
    [InlineData("holder", "  ", "licence terms")]
    public void Import_WithoutLicenceDetails_IsRefusedNamingTheMissingOne(string holder, string terms, string field)
    {
        var refused = Assert.Throws<InstrumentDefinitionException>(() => ClinicInstrument.Import("bond.json", LicensedFormFiles.Patient(), holder, terms, "admin", _at));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Import_InvalidFile_IsRefusedByTheStartUpReader()
    {
        var withTypo = LicensedFormFiles.Patient().Replace("\"scoring\"", "\"scorring\"", StringComparison.Ordinal);

        var refused = Assert.Throws<InstrumentDefinitionException>(() => ClinicInstrument.Import("bond.json", withTypo, "holder", "terms", "admin", _at));

        Assert.Equal(("bond.json", "scorring", "unknown field"), (refused.FileName, refused.Field, refused.Reason));
    }

    [Fact]
    public void Enable_PlaceholderWording_IsRefused_AndTheImportStaysOutOfTheCatalogue()
    {
        var import = ClinicInstrument.Import("bond.json", LicensedFormFiles.Placeholder(), "holder", "terms", "admin", _at);

        Assert.Equal(InstrumentRefusal.PlaceholderWording, import.Enable("admin", _at));
        Assert.Equal(ClinicInstrumentStatus.Imported, import.Status);
    }

    [Fact]
    public void EnableThenDisable_ChangesStateOnce_AndASecondClickChangesNothing()
    {
        var import = ClinicInstrument.Import("bond.json", LicensedFormFiles.Patient(), "holder", "terms", "admin", _at);

        Assert.Null(import.Enable("admin", _at));
        Assert.Equal(InstrumentRefusal.Unchanged, import.Enable("admin", _at));
        Assert.Null(import.Disable("other-admin", _at.AddMinutes(1)));
        Assert.Equal(InstrumentRefusal.Unchanged, import.Disable("other-admin", _at));
        Assert.Equal((ClinicInstrumentStatus.Disabled, "other-admin"), (import.Status, import.ChangedById));
    }

    [Fact]
    public void Combine_AnImportReplacesTheShippedFormWithItsId_AndAMissingCounterpartIsRefused()
    {
        var shipped = InstrumentCatalogue.LoadDefaults();
        var licensed = ClinicInstrument.Import("wai.json", LicensedFormFiles.Patient().Replace(LicensedFormFiles.PatientId, "peg-3", StringComparison.Ordinal), "holder", "terms", "admin", _at);
        var orphan = ClinicInstrument.Import("clinician.json", LicensedFormFiles.Clinician(), "holder", "terms", "admin", _at);

        var combined = ClinicInstrument.Combine(shipped, [licensed]);
        var refused = Assert.Throws<InstrumentDefinitionException>(() => ClinicInstrument.Combine(shipped, [orphan]));

        Assert.Equal(("licensed-1", 4), (combined.Find("peg-3")!.Version, combined.Find("peg-3")!.Items.Count));
        Assert.Equal("counterpart", refused.Field);
    }

    [Fact]
    public void RatingForm_IsTheChoiceWhileUsable_ElseTheSettings_ElseTheCheckIn()
    {
        var shipped = InstrumentCatalogue.LoadDefaults();

        Assert.Equal("peg-3", RatingFormChoice.InUse(shipped, "peg-3", "pain-nrs"));
        Assert.Equal("pain-nrs", RatingFormChoice.InUse(shipped, "wai-sr-patient", "pain-nrs"));
        Assert.Equal("pain-nrs", RatingFormChoice.InUse(shipped, "no-such-form", "pain-nrs"));
        Assert.Equal(InstrumentCatalogue.CheckInId, RatingFormChoice.InUse(shipped, null, null));
        Assert.Equal(InstrumentRefusal.PlaceholderWording, RatingFormChoice.Check(shipped, "wai-sr-patient"));
        Assert.Equal(InstrumentRefusal.NotFound, RatingFormChoice.Check(shipped, "no-such-form"));
    }
}
