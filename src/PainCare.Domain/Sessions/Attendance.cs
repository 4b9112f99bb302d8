namespace PainCare.Domain.Sessions;

public enum Attendance
{
    Attended = 0,
    Cancelled = 1,
    DidNotAttend = 2,
}
