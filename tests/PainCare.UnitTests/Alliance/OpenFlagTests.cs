using PainCare.Domain.Alliance;
using static PainCare.UnitTests.Alliance.AllianceTestData;

namespace PainCare.UnitTests.Alliance;

/// <summary>What stays open on the caseload (issue 17: a flag vanished right after a low rating was recorded).</summary>
public sealed class OpenFlagTests
{
    [Fact]
    public void LowRatingRecordedAfterReliableDrop_KeepsTheDropOpen()
    {
        // 16, 16, 16, then 11 (a reliable drop of 5 > 3), then another 11: still low, so nothing has recovered.
        var analysis = Analyse(Instrument(cutOff: null), Uniform(1, 4), Uniform(2, 4), Uniform(3, 4), Rated(4, [3, 3, 3, 2]), Rated(5, [3, 3, 3, 2]));

        var open = Assert.Single(OpenFlags.Of(analysis));
        Assert.Equal(AllianceRules.ReliableDrop, open.Rule);
        Assert.Equal(4, open.Session);
    }

    [Fact]
    public void RatingBackAtTheEarlierLevel_ClosesTheDrop() =>
        Assert.Empty(OpenFlags.Of(Analyse(Instrument(cutOff: null), Uniform(1, 4), Rated(2, [3, 3, 3, 2]), Uniform(3, 4))));

    [Fact]
    public void DropThenMissedSessionsThenLowRating_IsOneOpenEpisode()
    {
        var analysis = Analyse(Instrument(cutOff: null), Uniform(1, 4), Uniform(2, 4), Rated(3, [3, 3, 3, 2]), Missed(4), Missed(5, SessionAttendance.Cancelled), Rated(6, [3, 3, 3, 2]));

        var episode = Assert.Single(analysis.Episodes);
        Assert.True(episode.Open);
        Assert.Equal((3, 5), (episode.FirstSession, episode.LastSession));
        Assert.Equal([AllianceRules.ReliableDrop, AllianceRules.MissedAfterLow], episode.Rules);
        Assert.Equal(3, episode.Flags.Count);
        Assert.Equal(AllianceRules.ReliableDrop, Assert.Single(OpenFlags.Of(analysis)).Rule);
    }

    [Fact]
    public void OnlyAnOpenAlert_NeedsAttention_APromptDoesNot()
    {
        var inputs = new Dictionary<string, double>();
        AllianceFlag alert = new(3, AllianceRules.ReliableDrop, FlagSeverity.Alert, "dropped", inputs);
        AllianceFlag prompt = alert with { Severity = FlagSeverity.Prompt };

        Assert.True(OpenFlags.NeedAttention([prompt, alert]));
        Assert.False(OpenFlags.NeedAttention([prompt]));
        Assert.False(OpenFlags.NeedAttention([]));
    }
}
