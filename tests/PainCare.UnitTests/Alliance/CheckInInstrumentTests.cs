using PainCare.Domain.Alliance;

namespace PainCare.UnitTests.Alliance;

/// <summary>PainCare's own session check-in: short, plain, one scale, labelled as not validated, and ready for patients.</summary>
public sealed class CheckInInstrumentTests
{
    private static readonly InstrumentCatalogue _defaults = InstrumentCatalogue.LoadDefaults();

    private static InstrumentDefinition CheckIn => _defaults.Find(InstrumentCatalogue.CheckInId)!;

    [Fact]
    public void CheckIn_IsAPatientFormWithClinicianCounterpartAndNoCutOff()
    {
        var pair = _defaults.FindPair(InstrumentCatalogue.CheckInId)!.Value;

        Assert.Equal(InstrumentRater.Patient, pair.Patient.Rater);
        Assert.Equal("paincare-checkin-clinician", pair.Clinician!.Id);
        Assert.Equal(6, pair.Patient.Items.Count);
        Assert.Null(pair.Patient.CutOff);
        Assert.Null(pair.Patient.ReliableChangeFigure);
        Assert.Equal(0.5, pair.Patient.MinimumChangeFigure);
    }

    [Theory]
    [InlineData("paincare-checkin")]
    [InlineData("paincare-checkin-clinician")]
    public void CheckIn_ItemsAreOneShortPlainLineOnOneScale(string id)
    {
        var form = _defaults.Find(id)!;

        Assert.All(form.Items, item =>
        {
            var words = item.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.InRange(words.Length, 4, 14);
            Assert.InRange(item.Text.Length, 20, 80);
            Assert.DoesNotContain('\n', item.Text);
            Assert.All(words, w => Assert.True(w.Trim('.', ',').Length <= 12, $"'{w}' is a long word for a reading age of about 11"));
            Assert.Equal(form.Items[0].Anchors, item.Anchors);
        });
        Assert.Equal(["Not at all", "A little", "Partly", "Mostly", "Completely"], form.Items[0].Anchors.OrderBy(a => a.Key).Select(a => a.Value));
    }

    [Theory]
    [InlineData("paincare-checkin")]
    [InlineData("paincare-checkin-clinician")]
    public void CheckIn_IsLabelledAsPainCaresOwnAndNotValidated(string id)
    {
        var form = _defaults.Find(id)!;

        Assert.StartsWith("PainCare's own check-in, not a validated measure.", form.Notice, StringComparison.Ordinal);
        Assert.Contains("not a validated measure", form.LicenceNote, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIn_IsReadyForPatients_PlaceholderFormsAreNot()
    {
        Assert.Equal(FormReadiness.Ready, CheckIn.Readiness);
        Assert.Equal(FormReadiness.PlaceholderWording, _defaults.Find("wai-sr-patient")!.Readiness);
        Assert.Equal(FormReadiness.Ready, _defaults.Find("pain-nrs")!.Readiness);
    }

    [Fact]
    public void FormClaimingRealWordingButWithBracketedPlaceholderItem_IsNotReady()
    {
        var wai = _defaults.Find("wai-sr-patient")!;
        var relabelled = wai with { PlaceholderText = false };

        Assert.Equal(FormReadiness.PlaceholderWording, relabelled.Readiness);
    }
}
