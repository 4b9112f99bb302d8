using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;

namespace PainCare.Data.Seeding;

internal sealed class DemoPatientBuilder(Random random, DateOnly today)
{
    private static readonly string[] _goals =
    [
        "Walk to the shops and back without stopping.", "Get back to playing with my kids on the floor.", "Sleep through the night again.",
        "Return to work three days a week.", "Feel like myself, not a patient.", "Garden for an hour on a Saturday.",
    ];

    private static readonly string[] _nextSteps =
    [
        "Review graded walking programme", "Revisit flare-up plan", "Check in about sleep", "Discuss return-to-work plan", "Agree next goal together",
    ];

    public Patient Build(int index, string clinicianId)
    {
        var (given, pronoun) = DemoPeople.GivenNames[(index - 1) % DemoPeople.GivenNames.Length];
        var family = DemoPeople.FamilyNames[(index * 7) % DemoPeople.FamilyNames.Length];
        var patient = NewPatient(clinicianId, given, family, _goals[random.Next(_goals.Length)]);
        // About one patient in five is on a falling alliance course, so the trend and flags have something to show.
        var strained = random.NextDouble() < 0.2;
        var sessionCount = random.Next(4, 21);
        var level = 3.4 + (random.NextDouble() * 1.2);
        for (var n = 1; n <= sessionCount; n++)
        {
            var attendance = AttendanceFor(n);
            var isLate = strained && n > sessionCount / 2;
            var note = attendance == Attendance.Attended ? DemoNarratives.Compose(random, given, pronoun, n, isLate) : null;
            AddSession(patient, n, sessionCount, attendance, note, isLate ? level - (0.25 * (n - (sessionCount / 2))) : level);
        }

        return patient;
    }

    public Patient BuildCompositeCase(string clinicianId)
    {
        var patient = NewPatient(clinicianId, CompositeCase.GivenName, CompositeCase.FamilyName, CompositeCase.WhatMattersToMe);
        patient.Identity.DateOfBirth = today.AddYears(-54).AddDays(-41);
        patient.Identity.RelativesNames = ["Claire Hartley (sister)"];
        double[] levels = [2.6, 3.2, 2.8, 3.9];
        for (var n = 1; n <= CompositeCase.Narratives.Length; n++)
        {
            AddSession(patient, n, CompositeCase.Narratives.Length, Attendance.Attended, CompositeCase.Narratives[n - 1], levels[n - 1]);
        }

        return patient;
    }

    private Patient NewPatient(string clinicianId, string given, string family, string goal)
    {
        var id = NewGuid();
        var town = DemoPeople.Towns[random.Next(DemoPeople.Towns.Length)];
        var relative = DemoPeople.RelativeNames[random.Next(DemoPeople.RelativeNames.Length)];
        return new Patient
        {
            Id = id,
            ClinicianId = clinicianId,
            WhatMattersToMe = goal,
            NextStep = _nextSteps[random.Next(_nextSteps.Length)],
            CreatedAt = ToInstant(today.AddDays(-200), 9),
            Identity = new PatientIdentity
            {
                PatientId = id,
                GivenName = given,
                FamilyName = family,
                DateOfBirth = today.AddYears(-random.Next(24, 81)).AddDays(-random.Next(365)),
                HealthcareNumber = DemoPeople.HealthcareNumber(random),
                Phone = $"07700 900{random.Next(1000):000}",
                Email = $"{given.ToLowerInvariant()}.{family.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal)}@example.com",
                Address = $"{random.Next(1, 120)} {DemoPeople.Streets[random.Next(DemoPeople.Streets.Length)]}, {town}",
                RelativesNames = [$"{relative} ({DemoPeople.Relations[random.Next(DemoPeople.Relations.Length)]})"],
            },
        };
    }

    private void AddSession(Patient patient, int n, int count, Attendance attendance, string? narrative, double allianceLevel)
    {
        var day = today.AddDays(-(7 * (count - n)) - random.Next(0, 3));
        var startsAt = ToInstant(day, 9 + random.Next(0, 8));
        var session = new Session
        {
            Id = NewGuid(),
            PatientId = patient.Id,
            ClinicianId = patient.ClinicianId,
            StartsAt = startsAt,
            DurationMinutes = n == 1 ? 60 : 45,
            Attendance = attendance,
            PainBefore = attendance == Attendance.Attended ? random.Next(4, 9) : null,
        };
        session.PainAfter = session.PainBefore is int before ? Math.Max(0, before - random.Next(0, 3)) : null;
        if (narrative is not null)
        {
            var isLatest = n == count;
            session.Note = new NarrativeNote
            {
                Id = NewGuid(),
                SessionId = session.Id,
                AuthorId = patient.ClinicianId,
                Text = narrative,
                Status = isLatest ? NoteStatus.Draft : NoteStatus.Signed,
                CreatedAt = startsAt.AddMinutes(session.DurationMinutes),
                UpdatedAt = startsAt.AddMinutes(session.DurationMinutes + 10),
                SignedAt = isLatest ? null : startsAt.AddMinutes(session.DurationMinutes + 15),
                SignedById = isLatest ? null : patient.ClinicianId,
                Revision = 1,
                UpdatedById = patient.ClinicianId,
            };
            session.Note.Versions.Add(new NarrativeNoteVersion
            {
                NoteId = session.Note.Id,
                Revision = 1,
                Text = narrative,
                SavedById = patient.ClinicianId,
                SavedAt = session.Note.UpdatedAt,
            });
            session.Ratings.Add(Rating(session, RaterRole.Patient, allianceLevel));
            session.Ratings.Add(Rating(session, RaterRole.Clinician, allianceLevel - 0.3));
        }

        patient.Sessions.Add(session);
    }

    private AllianceRating Rating(Session session, RaterRole rater, double level)
    {
        var items = Enumerable.Range(0, DemoInstruments.Items).Select(_ => Math.Clamp((int)Math.Round(level + ((random.NextDouble() - 0.5) * 1.4)), 1, 5)).ToArray();
        return new AllianceRating
        {
            Id = NewGuid(),
            SessionId = session.Id,
            InstrumentId = rater == RaterRole.Patient ? DemoInstruments.PatientAlliance : DemoInstruments.ClinicianAlliance,
            InstrumentVersion = DemoInstruments.Version,
            Rater = rater,
            ItemScores = items,
            RatedAt = session.StartsAt.AddMinutes(session.DurationMinutes),
        };
    }

    private Attendance AttendanceFor(int n)
    {
        if (n == 1)
        {
            return Attendance.Attended;
        }

        var roll = random.NextDouble();
        return roll < 0.08 ? Attendance.Cancelled : roll < 0.14 ? Attendance.DidNotAttend : Attendance.Attended;
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static DateTimeOffset ToInstant(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
