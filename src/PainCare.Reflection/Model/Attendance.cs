namespace PainCare.Reflection.Model;

public enum Attendance
{
    Attended,
    CancelledByPatient,
    DidNotAttend,
}
