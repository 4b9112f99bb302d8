using Microsoft.EntityFrameworkCore;
using PainCare.Data.Audit;
using PainCare.Data.Identity;
using PainCare.Domain.Vignettes;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Performance;

/// <summary>Rows outside the patient record: vignettes and their threads, audit events, accounts.</summary>
internal static partial class ClinicRows
{
    /// <summary>The action of the audit events written here, so a filter finds exactly them.</summary>
    public const string GrowthAction = "growth.read";

    /// <summary>A vignette drafted from the patient's sessions; submitted to <paramref name="supervisorId"/> with comments when one is given.</summary>
    public static async Task<Guid> AddVignetteAsync(TestDatabase database, string authorId, Guid patientId, string? supervisorId, int comments)
    {
        var id = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        await using var db = database.CreateContext();
        db.Vignettes.Add(new Vignette
        {
            Id = id,
            AuthorId = authorId,
            SupervisorId = supervisorId,
            Title = "A patient who held their breath",
            Text = "Over six weeks the patient began to trust the plan.",
            Status = supervisorId is null ? VignetteStatus.Draft : VignetteStatus.InDiscussion,
            CreatedAt = now,
            UpdatedAt = now,
            SubmittedAt = supervisorId is null ? null : now,
            Comments = [.. Enumerable.Range(0, comments).Select(i => new VignetteComment
            {
                Id = Guid.CreateVersion7(), VignetteId = id, AuthorId = i % 2 == 0 ? supervisorId! : authorId, Text = $"Comment {i}.", CreatedAt = now.AddMinutes(i),
            })],
        });
        db.VignetteSources.Add(new VignetteSource
        {
            VignetteId = id,
            PatientId = patientId,
            SourceText = "Over six weeks the patient began to trust the plan.",
            ReportJson = """{"Replacements":[],"Review":[]}""",
            CreatedAt = now,
        });
        await db.SaveChangesAsync();
        return id;
    }

    public static async Task AddAuditEventsAsync(TestDatabase database, string userId, int count)
    {
        await using var db = database.CreateContext();
        db.AuditEvents.AddRange(Enumerable.Range(0, count).Select(i => new AuditEvent
        {
            Id = Guid.CreateVersion7(), OccurredAt = DateTimeOffset.UtcNow.AddSeconds(-i), UserId = userId, Action = GrowthAction, EntityType = "patient",
            EntityId = Guid.NewGuid().ToString(), Outcome = "succeeded", IpAddress = "127.0.0.1", UserAgent = "growth",
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>Clinician accounts that cannot sign in (no password), to lengthen the users page.</summary>
    public static async Task AddCliniciansAsync(TestDatabase database, int count)
    {
        await using var db = database.CreateContext();
        var role = await db.Roles.Where(r => r.Name == Roles.Clinician).Select(r => r.Id).SingleAsync();
        for (var i = 0; i < count; i++)
        {
            var email = $"growth{i}.{Guid.NewGuid():N}@paincare.test";
            var user = new PainCareUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = $"Growth Clinician {i}", SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = user.Id, RoleId = role });
        }

        await db.SaveChangesAsync();
    }
}
