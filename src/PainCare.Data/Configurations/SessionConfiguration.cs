using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;
using PainCare.Domain.Sessions;

namespace PainCare.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.ToTable("Sessions", t =>
        {
            t.HasCheckConstraint("CK_Sessions_PainBefore", "\"PainBefore\" BETWEEN 0 AND 10");
            t.HasCheckConstraint("CK_Sessions_PainAfter", "\"PainAfter\" BETWEEN 0 AND 10");
            t.HasCheckConstraint("CK_Sessions_Duration", "\"DurationMinutes\" BETWEEN 0 AND 600");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne(s => s.Patient).WithMany(p => p.Sessions).HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(s => s.ClinicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Note).WithOne().HasForeignKey<Domain.Narratives.NarrativeNote>(n => n.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Ratings).WithOne().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PatientId, s.StartsAt });
        builder.HasIndex(s => new { s.ClinicianId, s.StartsAt });
    }
}
