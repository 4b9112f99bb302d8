using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Audit;

namespace PainCare.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("AuditEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserId).HasMaxLength(AuditEvent.MaxUserIdLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEvent.MaxActionLength);
        builder.Property(e => e.EntityType).HasMaxLength(AuditEvent.MaxEntityTypeLength);
        builder.Property(e => e.EntityId).HasMaxLength(AuditEvent.MaxEntityIdLength);
        builder.Property(e => e.Outcome).HasMaxLength(AuditEvent.MaxOutcomeLength);
        builder.Property(e => e.IpAddress).HasMaxLength(AuditEvent.MaxIpAddressLength);
        builder.Property(e => e.UserAgent).HasMaxLength(AuditEvent.MaxUserAgentLength);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.UserId, e.OccurredAt });
    }
}
