using PainCare.Domain.Sessions;

namespace PainCare.UnitTests.Sessions;

public sealed class SessionFactsTests
{
    [Theory]
    [InlineData(Attendance.Cancelled)]
    [InlineData(Attendance.DidNotAttend)]
    public void ASessionThatDidNotTakePlace_RefusesPainScores_AndKeepsItsFacts(Attendance attendance)
    {
        var session = new Session { ClinicianId = "c1", Attendance = Attendance.Attended };

        var problem = session.RecordFacts(attendance, 8, 2);

        Assert.Equal(SessionFactsProblem.PainWithoutAttendance, problem);
        Assert.Equal(Attendance.Attended, session.Attendance);
        Assert.Null(session.PainBefore);
        Assert.Null(session.PainAfter);
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(null, 11)]
    public void PainOutsideZeroToTen_IsRefused(int? before, int? after) =>
        Assert.Equal(SessionFactsProblem.PainOutOfRange, new Session { ClinicianId = "c1" }.RecordFacts(Attendance.Attended, before, after));

    [Fact]
    public void AnAttendedSession_RecordsItsPain()
    {
        var session = new Session { ClinicianId = "c1" };

        Assert.Null(session.RecordFacts(Attendance.Attended, 8, 2));
        Assert.Equal((8, 2), (session.PainBefore, session.PainAfter));
    }

    [Fact]
    public void AMissedSessionWithoutPain_IsRecorded() =>
        Assert.Null(new Session { ClinicianId = "c1" }.RecordFacts(Attendance.DidNotAttend, null, null));

    [Theory]
    [InlineData(Attendance.Attended, 6)]
    [InlineData(Attendance.Cancelled, null)]
    [InlineData(Attendance.DidNotAttend, null)]
    public void OnlyAnAttendedSessionsPain_IsPlotted(Attendance attendance, int? plotted) =>
        Assert.Equal(plotted, SessionFacts.PlottedPain(attendance, 6));
}
