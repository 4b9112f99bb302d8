using PainCare.Domain.Alliance;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Alliance;

namespace PainCare.UnitTests.Alliance;

/// <summary>The trend chart's geometry and words (issue 17, item 5): dates on the x axis, labelled values, per-session details.</summary>
public sealed class TrendChartLayoutTests
{
    private static readonly InstrumentDefinition _checkIn = InstrumentCatalogue.LoadDefaults().Find(InstrumentCatalogue.CheckInId)!;
    private static readonly DateTimeOffset _start = new(2026, 12, 21, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void XAxis_IsTime_SoAFortnightsGapIsTwiceAWeeksGap()
    {
        var model = Model(Point(1, 0), Point(2, 7), Point(3, 21));
        var layout = new TrendLayout(model, t => t);

        var (a, b, c) = (layout.X(model.Points[0]), layout.X(model.Points[1]), layout.X(model.Points[2]));

        Assert.Equal(2 * (b - a), c - b, 6);
        Assert.True(a > TrendLayout.Left && c < TrendLayout.Right);
    }

    [Fact]
    public void DateLabels_AreClinicDates_WithTheYearWhereItChanges()
    {
        // 22:30 UTC on 21 Dec is 22 Dec in a clinic eleven hours ahead (Sydney in summer).
        var model = Model(Point(1, 0), Point(2, 14), Point(3, 28));
        var layout = new TrendLayout(model, t => t.ToOffset(TimeSpan.FromHours(11)));

        var ticks = layout.DateTicks();

        Assert.Equal(["22 Dec", "5 Jan", "19 Jan"], ticks.Select(t => t.Day));
        Assert.Equal(["2026", "2027", null], ticks.Select(t => t.Year));
    }

    [Fact]
    public void DateLabels_SkipSessionsTooCloseToTheLastLabel()
    {
        var model = Model([.. Enumerable.Range(0, 40).Select(i => Point(i + 1, i * 7))]);

        var ticks = new TrendLayout(model, t => t).DateTicks();

        Assert.InRange(ticks.Count, 5, 12);
        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.True(pair.Second.X - pair.First.X >= 74));
    }

    [Fact]
    public void DateLabels_AlwaysNameTheNewestSession_EvenOneDayAfterTheLabelBeforeIt()
    {
        var model = Model(Point(1, 0), Point(2, 14), Point(3, 28), Point(4, 42), Point(5, 43));

        var ticks = new TrendLayout(model, t => t).DateTicks();

        Assert.Equal(["21 Dec", "4 Jan", "18 Jan", "2 Feb"], ticks.Select(t => t.Day));
        Assert.Equal(new TrendLayout(model, t => t).X(model.Points[^1]), ticks[^1].X);
        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.True(pair.Second.X - pair.First.X >= 74));
    }

    [Fact]
    public void DateLabels_NameTheOldestAndNewest_WhenManyWeeklySessionsEndWithOneTheNextDay()
    {
        var model = Model([.. Enumerable.Range(0, 30).Select(i => Point(i + 1, i * 7)), Point(31, 204)]);
        var layout = new TrendLayout(model, t => t);

        var ticks = layout.DateTicks();

        Assert.Equal(layout.X(model.Points[0]), ticks[0].X);
        Assert.Equal(layout.X(model.Points[^1]), ticks[^1].X);
        Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.True(pair.Second.X - pair.First.X >= 74));
    }

    [Fact]
    public void AllianceAxis_IsLabelledAtEveryScalePointOfTheCheckIn()
    {
        var layout = new TrendLayout(Model(Point(1, 0)), t => t);

        Assert.Equal([1.0, 2, 3, 4, 5], layout.AllianceTicks());
        Assert.Equal(TrendLayout.PlotBottom, layout.AllianceY(1));
        Assert.Equal(TrendLayout.Top, layout.AllianceY(5));
    }

    [Fact]
    public void Details_NameTheDateRatingsPainChangeFlagAndWhatTheNarrativeRecorded()
    {
        var marks = SessionMarks.BySession(
            [new(Id(2), ObservationKind.SafetyCue, "guarding"), new(Id(2), ObservationKind.SafetyCue, "recoil"), new(Id(2), ObservationKind.Strain, null)],
            [new(Id(2), Answered: true, Pinned: false), new(Id(2), Answered: false, Pinned: true)]);
        var model = Model(Point(1, 0, pain: 8), Point(2, 7, pain: 4, patient: 3.5) with { Marks = marks[Id(2)] }) with
        {
            Flags = [new AllianceFlag(2, AllianceRules.BelowUsualRange, FlagSeverity.Alert, "detail", new Dictionary<string, double>())],
        };

        var lines = TrendPointText.Lines(model, 1, t => t);

        Assert.Equal(
            [
                "Session 2, 28 Dec 2026",
                "Patient 3.5 · Clinician not rated",
                "Pain before 4/10, down from 8: substantial (50% or more, IMMPACT)",
                "Flag: Below this patient's usual range",
                "Safety cues 2 (guarding, recoil) · Moments of strain 1",
                "Reflection prompts: 1 answered, 1 pinned for supervision",
            ],
            lines);
        Assert.EndsWith("Opens the session's narrative.", TrendPointText.AccessibleName(lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, 6, "clinically important (2 points or more, Farrar 2001)")]
    [InlineData(5, 6, "below a clinically important change")]
    [InlineData(5, 7, "clinically important (30% or more, Farrar 2001)")]
    public void Details_ClassPainChangeByFarrarAndImmpact(int before, int after, string expected)
    {
        var model = Model(Point(1, 0, pain: before), Point(2, 7, pain: after));

        Assert.EndsWith(expected, TrendPointText.Lines(model, 1, t => t)[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Details_OfAMissedSession_SayItWasMissed()
    {
        var model = Model(Point(1, 0), Point(2, 7) with { Attendance = Attendance.DidNotAttend, Patient = null });

        Assert.Equal("Did not attend", TrendPointText.Lines(model, 1, t => t)[1]);
    }

    private static Guid Id(int number) => new($"00000000-0000-0000-0000-{number:D12}");

    private static TrendPoint Point(int number, int days, int? pain = null, double? patient = 4) =>
        new(number, Id(number), _start.AddDays(days), Attendance.Attended, patient, null, pain, new Dictionary<string, double>());

    private static TrendModel Model(params TrendPoint[] points) => new(Guid.Empty, "Test Patient", _checkIn, points, []);
}
