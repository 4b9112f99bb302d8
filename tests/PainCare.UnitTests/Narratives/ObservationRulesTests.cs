using PainCare.Domain.Narratives;

namespace PainCare.UnitTests.Narratives;

public sealed class ObservationRulesTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASafetyCue_KeepsWhatPrecededIt()
    {
        var cue = ObservationRules.Record(Guid.NewGuid(), ObservationKind.SafetyCue, "guarding", " held breath ", " touch to the left iliac crest ", null, 12, "sam", _at);

        Assert.Equal(("touch to the left iliac crest", "held breath"), (cue.Antecedent, cue.Detail));
        Assert.Null(cue.SourceStart);
    }

    [Fact]
    public void AnyOtherKind_DropsAnAntecedent()
    {
        var particular = ObservationRules.Record(Guid.NewGuid(), ObservationKind.MinuteParticular, "gaze", "looked away", "a question about work", "she looked away", 40, "sam", _at);

        Assert.Null(particular.Antecedent);
        Assert.Equal(("she looked away", 40), (particular.SourceText, particular.SourceStart));
    }

    [Theory]
    [InlineData(ObservationKind.SafetyCue, "gaze")]
    [InlineData(ObservationKind.OwnWords, "posture")]
    [InlineData((ObservationKind)99, null)]
    public void AnAspectFromAnotherKind_IsRefused(ObservationKind kind, string? aspect) =>
        Assert.Equal("Choose what kind of observation this is.", ObservationRules.Check(kind, aspect, "detail", null, null));

    [Fact]
    public void AnObservationNeedsADetailOrAPassage()
    {
        Assert.NotNull(ObservationRules.Check(ObservationKind.Connection, null, " ", null, null));
        Assert.Null(ObservationRules.Check(ObservationKind.Connection, null, " ", null, "we laughed together"));
    }

    [Fact]
    public void AnOverlongField_IsRefused() =>
        Assert.NotNull(ObservationRules.Check(ObservationKind.Strain, null, "ok", new string('x', Observation.MaxDetailLength + 1), null));
}
