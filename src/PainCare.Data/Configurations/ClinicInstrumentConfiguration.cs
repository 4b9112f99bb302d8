using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;
using PainCare.Domain.Alliance;

namespace PainCare.Data.Configurations;

internal sealed class ClinicInstrumentConfiguration : IEntityTypeConfiguration<ClinicInstrument>
{
    public void Configure(EntityTypeBuilder<ClinicInstrument> builder)
    {
        builder.ToTable("ClinicInstruments", t => t.HasCheckConstraint(
            "CK_ClinicInstruments_DefinitionLength", $"char_length(\"Definition\") <= {ClinicInstrument.MaxDefinitionLength}"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.InstrumentId).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.Property(i => i.InstrumentVersion).HasMaxLength(100);
        builder.Property(i => i.FileName).HasMaxLength(ClinicInstrument.MaxFileNameLength);
        builder.Property(i => i.LicenceHolder).HasMaxLength(ClinicInstrument.MaxLicenceHolderLength);
        builder.Property(i => i.LicenceTerms).HasMaxLength(ClinicInstrument.MaxLicenceTermsLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(i => i.ImportedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(i => i.ChangedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Status, i.InstrumentId });
    }
}
