using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;

namespace PainCare.Data.Seeding.Scale;

/// <summary>
/// A patient's weekly sessions, each attended one with a narrative and a patient and a clinician alliance rating, as
/// the demo clinic has them. The latest note of each patient is a draft, the rest are signed.
/// </summary>
internal sealed class ScaleSessionBuilder(Random random, DateOnly today)
{
    public static readonly string[] Goals =
    [
        "Walk to the shops and back without stopping.", "Get back to playing with my kids on the floor.", "Sleep through the night again.",
        "Return to work three days a week.", "Feel like myself, not a patient.", "Garden for an hour on a Saturday.",
        "Sit through a film at the cinema.", "Carry the shopping up the stairs.", "Go back to the choir.",
    ];

    public static readonly string[] NextSteps =
    [
        "Review graded walking programme", "Revisit flare-up plan", "Check in about sleep", "Discuss return-to-work plan", "Agree next goal together",
    ];

    public List<Session> Sessions { get; } = [];

    public List<NarrativeNote> Notes { get; } = [];

    public List<AllianceRating> Ratings { get; } = [];

    public void AddSessions(Patient patient, int count)
    {
        var (name, pronoun) = (PatientIdentity.CallNameOf(patient.Identity.GivenName, patient.Identity.PreferredName), PronounOf(patient.Identity.GivenName));
        // About one patient in five is on a falling alliance course, as in the demo clinic.
        var strained = random.NextDouble() < 0.2;
        var level = 3.4 + (random.NextDouble() * 1.2);
        var lastAttended = -1;
        for (var n = 1; n <= count; n++)
        {
            var day = today.AddDays(-(7 * (count - n)) - random.Next(0, 3));
            var startsAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(8 + random.Next(0, 10), 15 * random.Next(0, 4))), TimeSpan.Zero);
            var attended = n == 1 || random.NextDouble() >= 0.04;
            var session = new Session
            {
                Id = NewGuid(random),
                PatientId = patient.Id,
                ClinicianId = patient.ClinicianId,
                StartsAt = startsAt,
                DurationMinutes = n == 1 ? 60 : 45,
                Attendance = attended ? Attendance.Attended : (random.NextDouble() < 0.5 ? Attendance.Cancelled : Attendance.DidNotAttend),
                PainBefore = attended ? random.Next(3, 10) : null,
            };
            session.PainAfter = session.PainBefore is int before ? Math.Max(0, before - random.Next(0, 3)) : null;
            Sessions.Add(session);
            if (!attended)
            {
                continue;
            }

            var isLate = strained && n > count / 2;
            var allianceLevel = isLate ? level - (0.1 * (n - (count / 2))) : level;
            lastAttended = Notes.Count;
            Notes.Add(NewNote(session, ScaleNarratives.Compose(random, name, pronoun, n, isLate)));
            Ratings.Add(Rating(session, RaterRole.Patient, allianceLevel));
            Ratings.Add(Rating(session, RaterRole.Clinician, allianceLevel - 0.3));
        }

        var latest = Notes[lastAttended];
        latest.Status = NoteStatus.Draft;
        latest.SignedAt = null;
        latest.SignedById = null;
    }

    public static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private NarrativeNote NewNote(Session session, string text)
    {
        var written = session.StartsAt.AddMinutes(session.DurationMinutes);
        return new NarrativeNote
        {
            Id = NewGuid(random),
            SessionId = session.Id,
            AuthorId = session.ClinicianId,
            Text = text,
            Status = NoteStatus.Signed,
            CreatedAt = written,
            UpdatedAt = written.AddMinutes(10),
            SignedAt = written.AddMinutes(15),
            SignedById = session.ClinicianId,
            Revision = 1,
            UpdatedById = session.ClinicianId,
        };
    }

    private AllianceRating Rating(Session session, RaterRole rater, double level)
    {
        var items = new int[DemoInstruments.Items];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Math.Clamp((int)Math.Round(level + ((random.NextDouble() - 0.5) * 1.4)), 1, 5);
        }

        return new AllianceRating
        {
            Id = NewGuid(random),
            SessionId = session.Id,
            InstrumentId = rater == RaterRole.Patient ? DemoInstruments.PatientAlliance : DemoInstruments.ClinicianAlliance,
            InstrumentVersion = DemoInstruments.Version,
            Rater = rater,
            ItemScores = items,
            RatedAt = session.StartsAt.AddMinutes(session.DurationMinutes),
        };
    }

    private static char PronounOf(string givenName) =>
        Array.Find(DemoPeople.GivenNames, p => p.Given == givenName) is { Given: not null } person ? person.Pronoun : 'x';
}
