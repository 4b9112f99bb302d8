using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Tables;
using PainCare.Domain.Narratives;

namespace PainCare.Data.Seeding.Scale;

/// <summary>
/// Writes the generated network on engines without PostgreSQL's COPY (SQLite): one transaction, and per table one
/// prepared <c>INSERT</c> run once a row (<see cref="TableInsert"/>). On SQLite the transaction begins IMMEDIATE, so
/// the check that no patient exists holds until commit, as the COPY path's table lock does.
/// </summary>
internal static class ScaleInserts
{
    public static async Task<ScaleSeedResult> WriteAsync(PainCareDbContext db, ScaleClinic clinic, string clinicianRole, string password, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Patients.AnyAsync(cancellationToken))
        {
            throw new ScaleSeedRefusedException("The database already holds patients; a scaled clinic is only seeded into an empty database.");
        }

        var users = await InsertAsync(db, clinic.Clinicians, cancellationToken);
        await InsertAsync(db, clinic.Clinicians.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = clinicianRole }), cancellationToken);
        var patients = await InsertAsync(db, clinic.Patients, cancellationToken);
        await InsertAsync(db, clinic.Patients.Select(p => p.Identity), cancellationToken);
        var sessions = await InsertAsync(db, clinic.Sessions, cancellationToken);
        var notes = await InsertAsync(db, clinic.Notes, cancellationToken);
        var versions = await InsertAsync(
            db,
            clinic.Notes.Select(n => new NarrativeNoteVersion { NoteId = n.Id, Revision = n.Revision, Text = n.Text, SavedById = n.AuthorId, SavedAt = n.UpdatedAt }),
            cancellationToken);
        var ratings = await InsertAsync(db, clinic.Ratings, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Statistics for the planner on the real table sizes (the same statement on SQLite and PostgreSQL).
        await db.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        return new ScaleSeedResult(users, patients, sessions, notes, versions, ratings, password);
    }

    private static async Task<int> InsertAsync<T>(PainCareDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        await using var insert = TableInsert.Create(db, db.Model.FindEntityType(typeof(T))!, withGeneratedKeys: false);
        return await insert.InsertAllAsync(rows, cancellationToken);
    }
}
