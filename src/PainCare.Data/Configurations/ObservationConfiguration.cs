using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Narratives;

namespace PainCare.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("Observations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Aspect).HasMaxLength(64);
        builder.Property(o => o.Detail).HasMaxLength(Observation.MaxDetailLength);
        builder.Property(o => o.Antecedent).HasMaxLength(Observation.MaxDetailLength);
        builder.Property(o => o.SourceText).HasMaxLength(Observation.MaxDetailLength);
        builder.HasIndex(o => o.NoteId);
    }
}
