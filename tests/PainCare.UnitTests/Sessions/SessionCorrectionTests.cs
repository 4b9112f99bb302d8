using PainCare.Domain.Sessions;

namespace PainCare.UnitTests.Sessions;

public sealed class SessionCorrectionTests
{
    private static readonly DateTimeOffset _start = new(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(11));

    private static Session Attended() => new()
    {
        ClinicianId = "c1", StartsAt = _start, DurationMinutes = 45, Attendance = Attendance.Attended, PainBefore = 6, PainAfter = 4,
    };

    private static SessionDetails Same(Session s) => new(s.StartsAt, s.DurationMinutes, s.Attendance, s.PainBefore, s.PainAfter);

    [Fact]
    public void Correct_ChangesTheFacts_AndNamesOnlyTheFieldsThatChanged()
    {
        var session = Attended();

        var result = session.Correct(Same(session) with { StartsAt = _start.AddDays(-1), PainAfter = 3 }, noteSigned: false, hasNarrative: true);

        Assert.True(result.Succeeded);
        Assert.Equal([SessionField.StartsAt, SessionField.PainAfter], result.Changed);
        Assert.Equal(_start.AddDays(-1), session.StartsAt);
        Assert.Equal(3, session.PainAfter);
    }

    [Fact]
    public void Correct_WithNothingDifferent_SucceedsAndNamesNoField()
    {
        var session = Attended();

        var result = session.Correct(Same(session), noteSigned: false, hasNarrative: false);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Changed);
    }

    [Theory]
    [InlineData(11, SessionCorrectionRefusal.PainOutOfRange)]
    [InlineData(-1, SessionCorrectionRefusal.PainOutOfRange)]
    public void Correct_RefusesPainOutsideTheScale_AndChangesNothing(int pain, SessionCorrectionRefusal expected)
    {
        var session = Attended();

        var result = session.Correct(Same(session) with { PainBefore = pain, DurationMinutes = 30 }, noteSigned: false, hasNarrative: false);

        Assert.Equal(expected, result.Refusal);
        Assert.Equal(6, session.PainBefore);
        Assert.Equal(45, session.DurationMinutes);
    }

    [Theory]
    [InlineData(Attendance.Cancelled)]
    [InlineData(Attendance.DidNotAttend)]
    public void Correct_ToASessionThatDidNotHappen_RefusesPain(Attendance attendance)
    {
        var session = Attended();

        var result = session.Correct(Same(session) with { Attendance = attendance }, noteSigned: false, hasNarrative: false);

        Assert.Equal(SessionCorrectionRefusal.PainWithoutAttendance, result.Refusal);
        Assert.Equal(Attendance.Attended, session.Attendance);
    }

    [Fact]
    public void Correct_ToCancelled_RefusesWhileTheNoteHasANarrative()
    {
        var session = Attended();

        var result = session.Correct(new SessionDetails(_start, 45, Attendance.Cancelled, null, null), noteSigned: false, hasNarrative: true);

        Assert.Equal(SessionCorrectionRefusal.NarrativeWithoutAttendance, result.Refusal);
        Assert.Equal(Attendance.Attended, session.Attendance);
    }

    [Fact]
    public void Correct_ToCancelled_WithoutPainOrNarrative_Succeeds()
    {
        var session = Attended();

        var result = session.Correct(new SessionDetails(_start, 45, Attendance.Cancelled, null, null), noteSigned: false, hasNarrative: false);

        Assert.True(result.Succeeded);
        Assert.Equal([SessionField.Attendance, SessionField.PainBefore, SessionField.PainAfter], result.Changed);
        Assert.Null(session.PainBefore);
    }

    [Fact]
    public void Correct_RefusesOnceTheNoteIsSigned()
    {
        var session = Attended();

        var result = session.Correct(Same(session) with { DurationMinutes = 30 }, noteSigned: true, hasNarrative: true);

        Assert.Equal(SessionCorrectionRefusal.NoteSigned, result.Refusal);
        Assert.Equal(45, session.DurationMinutes);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(241)]
    public void Correct_RefusesADurationOutsideTheFormsLimits(int minutes)
    {
        var session = Attended();

        Assert.Equal(SessionCorrectionRefusal.DurationOutOfRange, session.Correct(Same(session) with { DurationMinutes = minutes }, false, false).Refusal);
    }

    [Fact]
    public void CanBeDeleted_WhenNothingHangsFromTheSession()
    {
        Assert.Null(Session.CanBeDeleted(new SessionDependants(false, false, false, false, false, false, false)));
    }

    [Fact]
    public void CanBeDeleted_NamesWhatKeepsTheSession()
    {
        var none = new SessionDependants(false, false, false, false, false, false, false);

        Assert.Equal(SessionDeletionRefusal.NoteSigned, Session.CanBeDeleted(none with { NoteSigned = true, NarrativeSaved = true }));
        Assert.Equal(SessionDeletionRefusal.NarrativeSaved, Session.CanBeDeleted(none with { NarrativeSaved = true }));
        Assert.Equal(SessionDeletionRefusal.HasObservations, Session.CanBeDeleted(none with { HasObservations = true }));
        Assert.Equal(SessionDeletionRefusal.HasRatings, Session.CanBeDeleted(none with { HasRatings = true }));
        Assert.Equal(SessionDeletionRefusal.HasReflectionAnswers, Session.CanBeDeleted(none with { HasReflectionAnswers = true }));
        Assert.Equal(SessionDeletionRefusal.HasRatingLinks, Session.CanBeDeleted(none with { HasRatingLinks = true }));
        Assert.Equal(SessionDeletionRefusal.InVignette, Session.CanBeDeleted(none with { InVignette = true }));
    }
}
