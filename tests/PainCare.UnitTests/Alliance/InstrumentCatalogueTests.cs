using PainCare.Domain.Alliance;
using PainCare.Testing;

namespace PainCare.UnitTests.Alliance;

public sealed class InstrumentCatalogueTests
{
    private static readonly InstrumentCatalogue _defaults = InstrumentCatalogue.LoadDefaults();

    [Fact]
    public void Defaults_ShipCheckInPairWorkingAlliancePairPegAndPainNrsOnly() =>
        Assert.Equal(["pain-nrs", "paincare-checkin", "paincare-checkin-clinician", "peg-3", "wai-sr-clinician", "wai-sr-patient"], _defaults.Instruments.Select(i => i.Id));

    [Theory]
    [InlineData("wai-sr-patient", InstrumentRater.Patient, "wai-sr-clinician")]
    [InlineData("wai-sr-clinician", InstrumentRater.Clinician, "wai-sr-patient")]
    public void WorkingAllianceForms_HaveWaiSrStructureWithPlaceholderWording(string id, InstrumentRater rater, string counterpart)
    {
        var form = _defaults.Find(id)!;

        Assert.Equal(rater, form.Rater);
        Assert.Equal(counterpart, form.Counterpart);
        Assert.Equal((1, 5, 12), (form.ScaleMin, form.ScaleMax, form.Items.Count));
        Assert.Equal(["bond", "goal", "task"], form.Subscales.Keys.Order(StringComparer.Ordinal));
        Assert.All(form.Subscales.Values, items => Assert.Equal(4, items.Count));
        Assert.Equal(Enumerable.Range(1, 12), form.Subscales.Values.SelectMany(i => i).Order());
        Assert.True(form.PlaceholderText);
        Assert.All(form.Items, item => Assert.Contains("clinic to supply licensed wording", item.Text, StringComparison.Ordinal));
        Assert.Contains("not shipped", form.LicenceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Peg_IsThreeItemsZeroToTenScoredAsMeanWithHigherWorse()
    {
        var peg = _defaults.Find("peg-3")!;

        Assert.Equal((0, 10, 3, ScoringRule.Mean), (peg.ScaleMin, peg.ScaleMax, peg.Items.Count, peg.Scoring));
        Assert.False(peg.HigherIsBetter);
        Assert.False(peg.PlaceholderText);
        Assert.Contains("Krebs", peg.LicenceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void PainNrs_IsOneItemZeroToTen()
    {
        var nrs = _defaults.Find("pain-nrs")!;

        Assert.Equal((0, 10, 1), (nrs.ScaleMin, nrs.ScaleMax, nrs.Items.Count));
        Assert.False(nrs.HigherIsBetter);
    }

    [Theory]
    [InlineData("wai-sr-patient")]
    [InlineData("wai-sr-clinician")]
    public void FindPair_EitherWorkingAllianceId_ReturnsPatientAndClinicianVersions(string id)
    {
        var pair = _defaults.FindPair(id)!.Value;

        Assert.Equal("wai-sr-patient", pair.Patient.Id);
        Assert.Equal("wai-sr-clinician", pair.Clinician!.Id);
    }

    [Fact]
    public void FindPair_PatientOnlyInstrument_HasNoClinicianVersion() =>
        Assert.Null(_defaults.FindPair("peg-3")!.Value.Clinician);

    [Fact]
    public void FindPair_UnknownId_ReturnsNull() => Assert.Null(_defaults.FindPair("srs"));

    [Fact]
    public void ShippedFilesOnDisk_LoadLikeTheEmbeddedDefaults()
    {
        var directory = Path.Combine(RepositoryPaths.Root, "src", "PainCare.Domain", "Alliance", "Instruments");

        var fromDisk = InstrumentCatalogue.LoadFromDirectory(directory);

        Assert.Equal(_defaults.Instruments.Select(i => (i.Id, i.Version)), fromDisk.Instruments.Select(i => (i.Id, i.Version)));
    }

    [Fact]
    public void ClinicFileWithDefaultId_ReplacesTheDefault()
    {
        using var directory = new TempDirectory();
        var json = AllianceTestData.ValidDefinitionJson("pain-nrs");
        json["version"] = "clinic-2";
        directory.Write("clinic-nrs.json", json.ToJsonString());

        var combined = _defaults.CombineWith(InstrumentCatalogue.LoadFromDirectory(directory.Path));

        Assert.Equal("clinic-2", combined.Find("pain-nrs")!.Version);
        Assert.Equal(6, combined.Instruments.Count);
    }
}
