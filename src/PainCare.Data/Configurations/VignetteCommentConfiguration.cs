using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Vignettes;

namespace PainCare.Data.Configurations;

internal sealed class VignetteCommentConfiguration : IEntityTypeConfiguration<VignetteComment>
{
    public void Configure(EntityTypeBuilder<VignetteComment> builder)
    {
        builder.ToTable("VignetteComments", t => t.HasCheckConstraint("CK_VignetteComments_TextLength", $"char_length(\"Text\") BETWEEN 1 AND {VignetteComment.MaxLength}"));
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.VignetteId);
    }
}
