using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Patients;

namespace PainCare.Data.Configurations;

internal sealed class PatientIdentityConfiguration : IEntityTypeConfiguration<PatientIdentity>
{
    public void Configure(EntityTypeBuilder<PatientIdentity> builder)
    {
        builder.ToTable("PatientIdentities");
        builder.HasKey(i => i.PatientId);
        builder.Property(i => i.GivenName).HasMaxLength(100);
        builder.Property(i => i.FamilyName).HasMaxLength(100);
        builder.Property(i => i.PreferredName).HasMaxLength(100);
        builder.Property(i => i.HealthcareNumber).HasMaxLength(32);
        builder.Property(i => i.Phone).HasMaxLength(32);
        builder.Property(i => i.Email).HasMaxLength(254);
        builder.Property(i => i.Address).HasMaxLength(500);
        builder.Property(i => i.RelativesNames).HasColumnType("text[]");
        builder.Ignore(i => i.DisplayName);
    }
}
