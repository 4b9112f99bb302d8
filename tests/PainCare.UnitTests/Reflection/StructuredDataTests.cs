using PainCare.Reflection;
using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class StructuredDataTests
{
    private const string RichNote = "She sat upright and said, \"The weekend was good.\" Her son visited.";

    [Theory]
    [InlineData(AllianceSignal.BelowCutOff, "rupture.alliance")]
    [InlineData(AllianceSignal.ReliableDrop, "rupture.alliance")]
    [InlineData(AllianceSignal.MissedAfterLowScore, "rupture.alliance")]
    [InlineData(AllianceSignal.RaterGap, "rupture.rater-gap")]
    public void AllianceSignal_FiresRuptureWithTheSignalAsEvidence(AllianceSignal signal, string ruleId)
    {
        var prompts = ReflectionEngine.Default.Reflect(new ReflectionInput(RichNote) { AllianceSignals = [signal] });

        var prompt = Assert.Single(prompts);
        Assert.Equal(Categories.Rupture, prompt.Category);
        Assert.Equal(ruleId, prompt.RuleId);
        Assert.Contains($"alliance:{signal}", prompt.Evidence.Data);
    }

    [Fact]
    public void RaterGap_InvitesComparingPerspectives()
    {
        var prompt = Assert.Single(ReflectionEngine.Default.Reflect(new ReflectionInput(RichNote) { AllianceSignals = [AllianceSignal.RaterGap] }));

        Assert.Contains("differ", prompt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Attendance.DidNotAttend)]
    [InlineData(Attendance.CancelledByPatient)]
    public void MissedAppointment_FiresRupture(Attendance attendance)
    {
        var prompt = Assert.Single(ReflectionEngine.Default.Reflect(new ReflectionInput(RichNote) { Attendance = attendance }));

        Assert.Equal("rupture.attendance", prompt.RuleId);
    }

    [Fact]
    public void CueInTheTextAndTheSameCueRecorded_GiveOnePromptOfThatCategory_WithBothAsEvidence()
    {
        var prompts = ReflectionEngine.Default.Reflect(
            new ReflectionInput("He braced and went still as I reached for his knee.") { Observations = [ObservationKind.SafetyCue] });

        var prompt = Assert.Single(prompts, p => p.Category == Categories.SafetyCue);
        Assert.Equal("safety-cue.text", prompt.RuleId);
        Assert.NotEmpty(prompt.Evidence.Spans);
        Assert.Contains("observation:SafetyCue", prompt.Evidence.Data);
    }

    [Fact]
    public void MissedSessionAndALowRating_GiveOneRupturePrompt()
    {
        var prompts = ReflectionEngine.Default.Reflect(
            new ReflectionInput(RichNote) { Attendance = Attendance.DidNotAttend, AllianceSignals = [AllianceSignal.BelowCutOff] });

        var prompt = Assert.Single(prompts);
        Assert.Equal(Categories.Rupture, prompt.Category);
        Assert.Contains("alliance:BelowCutOff", prompt.Evidence.Data);
    }

    [Fact]
    public void Attended_FiresNothing()
    {
        Assert.Empty(ReflectionEngine.Default.Reflect(new ReflectionInput(RichNote) { Attendance = Attendance.Attended }));
    }

    [Theory]
    [InlineData(ObservationKind.SafetyCue, "safety-cue.observation")]
    [InlineData(ObservationKind.Connection, "connection.observation")]
    [InlineData(ObservationKind.Strain, "rupture.observation")]
    public void RecordedObservation_FiresItsCategory(ObservationKind kind, string ruleId)
    {
        var prompt = Assert.Single(ReflectionEngine.Default.Reflect(new ReflectionInput(RichNote) { Observations = [kind] }));

        Assert.Equal(ruleId, prompt.RuleId);
        Assert.Contains($"observation:{kind}", prompt.Evidence.Data);
    }

    [Theory]
    [InlineData(ObservationKind.MinuteParticular)]
    [InlineData(ObservationKind.PatientWords)]
    [InlineData(ObservationKind.SafetyCue)]
    public void RecordedParticular_SuppressesMinuteParticulars(ObservationKind kind)
    {
        var input = new ReflectionInput("Hip flexion 100, pain 3/10. Her goal is the coast path.") { Observations = [kind] };

        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(input));
    }

    [Fact]
    public void StructuredSignals_FireEvenWithoutText()
    {
        var prompts = ReflectionEngine.Default.Reflect(new ReflectionInput(string.Empty) { AllianceSignals = [AllianceSignal.BelowCutOff] });

        Assert.Equal(["rupture.alliance"], prompts.Select(p => p.RuleId));
    }
}
