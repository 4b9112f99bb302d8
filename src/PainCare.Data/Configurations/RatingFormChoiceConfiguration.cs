using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;
using PainCare.Domain.Alliance;

namespace PainCare.Data.Configurations;

internal sealed class RatingFormChoiceConfiguration : IEntityTypeConfiguration<RatingFormChoice>
{
    public void Configure(EntityTypeBuilder<RatingFormChoice> builder)
    {
        builder.ToTable("RatingFormChoices", t => t.HasCheckConstraint("CK_RatingFormChoices_SingleRow", $"\"Id\" = {RatingFormChoice.SingleRowId}"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.InstrumentId).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(c => c.ChosenById).OnDelete(DeleteBehavior.Restrict);
    }
}
