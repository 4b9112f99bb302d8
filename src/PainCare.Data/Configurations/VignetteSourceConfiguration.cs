using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Patients;
using PainCare.Domain.Vignettes;

namespace PainCare.Data.Configurations;

internal sealed class VignetteSourceConfiguration : IEntityTypeConfiguration<VignetteSource>
{
    public void Configure(EntityTypeBuilder<VignetteSource> builder)
    {
        builder.ToTable("VignetteSources");
        builder.HasKey(s => s.VignetteId);
        builder.HasOne<Vignette>().WithOne().HasForeignKey<VignetteSource>(s => s.VignetteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Patient>().WithMany().HasForeignKey(s => s.PatientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.SessionIds).HasColumnType("uuid[]");
        builder.Property(s => s.ReportJson).HasColumnType("jsonb");
    }
}
