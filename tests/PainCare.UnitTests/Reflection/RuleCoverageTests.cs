using PainCare.Reflection;
using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class RuleCoverageTests
{
    public static TheoryData<string, ReflectionInput> Cases { get; } = new()
    {
        { "safety-cue.text", new("She recoiled as the probe touched her skin.") },
        { "safety-cue.observation", new("Sat upright.") { Observations = [ObservationKind.SafetyCue] } },
        { "attunement.text", new("He is furious with the insurer.") },
        { "rupture.text", new("His replies shrank to single words and he turned to the window.") },
        { "rupture.observation", new("Sat upright.") { Observations = [ObservationKind.Strain] } },
        { "rupture.alliance", new("Sat upright.") { AllianceSignals = [AllianceSignal.ReliableDrop] } },
        { "rupture.attendance", new(string.Empty) { Attendance = Attendance.DidNotAttend } },
        { "rupture.rater-gap", new("Sat upright.") { AllianceSignals = [AllianceSignal.RaterGap] } },
        { "connection.text", new("We shared a laugh about the weather.") },
        { "connection.observation", new("Sat upright.") { Observations = [ObservationKind.Connection] } },
        { "trauma-informed.text", new("Back pain since a road traffic collision.") },
        { "minute-particulars.absent", new("Hip flexion 110, IR 20.") },
        { "person-focus.absent", new("Hip flexion 110, IR 20.") },
        { "shared-decision.absent", new("Plan: hip abductor loading.") },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachRule_FiresOnItsOwnTrigger(string ruleId, ReflectionInput input)
    {
        var prompt = Assert.Single(ReflectionEngine.Default.Reflect(input), p => p.RuleId == ruleId);

        Assert.StartsWith(prompt.Category + ".", ruleId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(prompt.Text));
        Assert.True(prompt.Evidence.Spans.Count > 0 || prompt.Evidence.Data.Count > 0, "every prompt carries its evidence");
    }

    [Fact]
    public void EveryCatalogueRule_HasACase()
    {
        var covered = Cases.Select(row => (string)row[0]).ToHashSet();

        Assert.Equal(ReflectionData.Embedded.RuleIds.Order(), covered.Order());
    }
}
