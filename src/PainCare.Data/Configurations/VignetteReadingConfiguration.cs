using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;
using PainCare.Domain.Vignettes;

namespace PainCare.Data.Configurations;

internal sealed class VignetteReadingConfiguration : IEntityTypeConfiguration<VignetteReading>
{
    public void Configure(EntityTypeBuilder<VignetteReading> builder)
    {
        builder.ToTable("VignetteReadings");
        builder.HasKey(r => new { r.VignetteId, r.UserId });
        builder.HasOne<Vignette>().WithMany().HasForeignKey(r => r.VignetteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
