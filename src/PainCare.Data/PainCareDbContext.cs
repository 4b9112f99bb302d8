using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PainCare.Data.Audit;
using PainCare.Data.Identity;
using PainCare.Domain.Alliance;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;
using PainCare.Domain.Vignettes;

namespace PainCare.Data;

/// <summary>
/// The clinic's database. It also holds the data-protection key ring (<see cref="IDataProtectionKeyContext"/>), so restarts
/// and other nodes share it; the keys are encrypted at rest with a certificate kept outside the database (ADR 0101).
/// </summary>
public sealed class PainCareDbContext(DbContextOptions<PainCareDbContext> options) : IdentityDbContext<PainCareUser>(options), IDataProtectionKeyContext
{
    public DbSet<Patient> Patients => Set<Patient>();

    public DbSet<PatientIdentity> PatientIdentities => Set<PatientIdentity>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<NarrativeNote> NarrativeNotes => Set<NarrativeNote>();

    public DbSet<NarrativeNoteVersion> NarrativeNoteVersions => Set<NarrativeNoteVersion>();

    public DbSet<NoteAddendum> NoteAddenda => Set<NoteAddendum>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ReflectionResponse> ReflectionResponses => Set<ReflectionResponse>();

    public DbSet<AllianceRating> AllianceRatings => Set<AllianceRating>();

    public DbSet<RatingLink> RatingLinks => Set<RatingLink>();

    public DbSet<Vignette> Vignettes => Set<Vignette>();

    public DbSet<VignetteComment> VignetteComments => Set<VignetteComment>();

    public DbSet<VignetteSource> VignetteSources => Set<VignetteSource>();

    public DbSet<ClinicInstrument> ClinicInstruments => Set<ClinicInstrument>();

    public DbSet<RatingFormChoice> RatingFormChoices => Set<RatingFormChoice>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ConcurrencyVersions.Advance(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ConcurrencyVersions.Advance(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PainCareDbContext).Assembly);
    }
}
