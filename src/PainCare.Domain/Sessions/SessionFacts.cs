namespace PainCare.Domain.Sessions;

/// <summary>Why a session's attendance and pain scores cannot be recorded together.</summary>
public enum SessionFactsProblem
{
    /// <summary>A pain score that is not a whole number from 0 to 10.</summary>
    PainOutOfRange,

    /// <summary>A pain score for a session the patient did not attend: there was no one to score it.</summary>
    PainWithoutAttendance,
}

/// <summary>The rules that tie a session's attendance to its pain scores (numeric rating scale, 0–10).</summary>
public static class SessionFacts
{
    public const int LowestPain = 0;

    public const int HighestPain = 10;

    /// <summary>Null when these facts may be recorded together; otherwise the first problem.</summary>
    public static SessionFactsProblem? Check(Attendance attendance, int? painBefore, int? painAfter)
    {
        if (painBefore is < LowestPain or > HighestPain || painAfter is < LowestPain or > HighestPain)
        {
            return SessionFactsProblem.PainOutOfRange;
        }

        return attendance != Attendance.Attended && (painBefore is not null || painAfter is not null)
            ? SessionFactsProblem.PainWithoutAttendance
            : null;
    }

    /// <summary>The pain score a trend may plot: none for a session that did not take place.</summary>
    public static int? PlottedPain(Attendance attendance, int? pain) => attendance == Attendance.Attended ? pain : null;
}
