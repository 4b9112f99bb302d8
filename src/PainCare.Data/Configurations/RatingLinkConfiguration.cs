using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Ratings;
using PainCare.Domain.Sessions;

namespace PainCare.Data.Configurations;

internal sealed class RatingLinkConfiguration : IEntityTypeConfiguration<RatingLink>
{
    public void Configure(EntityTypeBuilder<RatingLink> builder)
    {
        builder.ToTable("RatingLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasOne<Session>().WithMany().HasForeignKey(l => l.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
