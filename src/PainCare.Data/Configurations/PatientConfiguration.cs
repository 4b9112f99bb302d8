using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;
using PainCare.Domain.Patients;

namespace PainCare.Data.Configurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("Patients");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.WhatMattersToMe).HasMaxLength(4000);
        builder.Property(p => p.NextStep).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(p => p.ClinicianId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Identity).WithOne().HasForeignKey<PatientIdentity>(i => i.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ClinicianId, p.Status });
    }
}
