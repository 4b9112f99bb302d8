using System.Data.Common;
using System.Text.Json;
using PainCare.Domain.Alliance;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Alliance;

namespace PainCare.Benchmarks.NarrativeBench;

/// <summary>
/// The caseload and the trend read as the EF services read them (the same two queries each) and analysed by the same
/// <see cref="AllianceAnalyser"/>, so the EF/SQL ratio is EF's own cost.
/// </summary>
internal sealed class AllianceDirectSql(BenchTarget target, AllianceAnalyser analyser)
{
    private const string CaseloadPatients = """
        SELECT p."Id", i."GivenName", i."FamilyName", i."PreferredName",
               (SELECT max(s."StartsAt") FROM "Sessions" s WHERE s."PatientId" = p."Id" AND s."Attendance" = @p2),
               (SELECT count(*) FROM "Sessions" s WHERE s."PatientId" = p."Id"), p."NextStep"
        FROM "Patients" p JOIN "PatientIdentities" i ON i."PatientId" = p."Id"
        WHERE p."ClinicianId" = @p0 AND p."Status" = @p1
        """;

    private const string CaseloadSessions = """
        SELECT s."Id", s."PatientId", s."StartsAt", s."Attendance", s."PainBefore", r."InstrumentId", r."Rater", r."ItemScores"
        FROM "Sessions" s
        JOIN "Patients" p ON p."Id" = s."PatientId"
        LEFT JOIN "AllianceRatings" r ON r."SessionId" = s."Id"
        WHERE p."ClinicianId" = @p0 AND p."Status" = @p1
        ORDER BY s."PatientId", s."Id"
        """;

    private const string TrendName = """
        SELECT COALESCE(i."PreferredName", i."GivenName") || ' ' || i."FamilyName"
        FROM "Patients" p JOIN "PatientIdentities" i ON i."PatientId" = p."Id" WHERE p."Id" = @p0 AND p."ClinicianId" = @p1
        """;

    private const string TrendSessions = """
        SELECT s."Id", s."PatientId", s."StartsAt", s."Attendance", s."PainBefore", r."InstrumentId", r."Rater", r."ItemScores"
        FROM "Sessions" s LEFT JOIN "AllianceRatings" r ON r."SessionId" = s."Id"
        WHERE s."PatientId" = @p0
        ORDER BY s."StartsAt", s."Id"
        """;

    /// <summary>The active patients and how many of them need attention (an open alert).</summary>
    public async Task<(int Patients, int NeedingAttention)> CaseloadAsync(string clinicianId, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        var patients = 0;
        await using (var command = target.Command(connection, CaseloadPatients, clinicianId, (int)PatientStatus.Active, (int)Attendance.Attended))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                _ = (reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(4) ? (DateTimeOffset?)null : Instant(reader, 4));
                patients++;
            }
        }

        var sessions = await SessionsAsync(target.Command(connection, CaseloadSessions, clinicianId, (int)PatientStatus.Active), cancellationToken);
        var needingAttention = sessions.GroupBy(s => s.PatientId)
            .Count(g => OpenFlags.Of(analyser.Analyse(g.ToList())).Any(f => f.Severity == FlagSeverity.Alert));
        return (patients, needingAttention);
    }

    /// <summary>One patient's trend: the number of flags raised.</summary>
    public async Task<int> TrendAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken)
    {
        await using var connection = await target.OpenAsync(cancellationToken);
        await using (var name = target.Command(connection, TrendName, patientId, clinicianId))
        {
            _ = await name.ExecuteScalarAsync(cancellationToken);
        }

        var sessions = await SessionsAsync(target.Command(connection, TrendSessions, patientId), cancellationToken);
        return analyser.Analyse(sessions).Flags.Count;
    }

    private static async Task<List<SessionRatings>> SessionsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var sessions = new List<SessionRatings>();
        var current = Guid.Empty;
        List<RatingRow>? ratings = null;
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(0);
                if (id != current || ratings is null)
                {
                    current = id;
                    ratings = [];
                    var attendance = (Attendance)reader.GetInt32(3);
                    int? pain = reader.IsDBNull(4) ? null : reader.GetInt32(4);
                    sessions.Add(new SessionRatings(reader.GetGuid(1), Instant(reader, 2), attendance, pain, ratings));
                }

                if (!reader.IsDBNull(5))
                {
                    ratings.Add(new RatingRow(reader.GetString(5), (RaterRole)reader.GetInt32(6), Items(reader.GetValue(7))));
                }
            }
        }

        return sessions;
    }

    /// <summary>An instant as the engine stores it: PostgreSQL's timestamptz, or UTC ticks on SQLite (ADR 0130).</summary>
    private static DateTimeOffset Instant(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        long ticks => new DateTimeOffset(ticks, TimeSpan.Zero),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        var other => (DateTimeOffset)other,
    };

    /// <summary>Item scores as the engine stores them: an integer array on PostgreSQL, JSON text on SQLite.</summary>
    private static int[] Items(object value) => value as int[] ?? JsonSerializer.Deserialize<int[]>((string)value) ?? [];
}
