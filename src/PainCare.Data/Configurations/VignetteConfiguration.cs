using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;
using PainCare.Domain.Vignettes;

namespace PainCare.Data.Configurations;

internal sealed class VignetteConfiguration : IEntityTypeConfiguration<Vignette>
{
    public void Configure(EntityTypeBuilder<Vignette> builder)
    {
        builder.ToTable("Vignettes", t => t.HasCheckConstraint("CK_Vignettes_TextLength", $"char_length(\"Text\") <= {Vignette.MaxTextLength}"));
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Title).HasMaxLength(Vignette.MaxTitleLength);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(v => v.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(v => v.SupervisorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Comments).WithOne().HasForeignKey(c => c.VignetteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.SupervisorId, v.Status });
        builder.HasIndex(v => v.AuthorId);
    }
}
