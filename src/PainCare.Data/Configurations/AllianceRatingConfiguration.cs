using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Ratings;

namespace PainCare.Data.Configurations;

internal sealed class AllianceRatingConfiguration : IEntityTypeConfiguration<AllianceRating>
{
    public void Configure(EntityTypeBuilder<AllianceRating> builder)
    {
        builder.ToTable("AllianceRatings");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.InstrumentId).HasMaxLength(64);
        builder.Property(r => r.InstrumentVersion).HasMaxLength(32);
        // One rating per session, instrument and rater: a second submission is refused, not merged.
        builder.HasIndex(r => new { r.SessionId, r.InstrumentId, r.Rater }).IsUnique();
    }
}
