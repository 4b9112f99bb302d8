using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using PainCare.Data.Search;
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

        // Searched with the narrative (ADR 0330): the cue, what was seen and what preceded it, as one stored vector.
        builder.Property<NpgsqlTsVector>(NarrativeNoteConfiguration.SearchVector)
            .HasColumnType("tsvector")
            .HasComputedColumnSql($"to_tsvector('english'::regconfig, {SearchedText.Observation()})", stored: true);
        builder.HasIndex(NarrativeNoteConfiguration.SearchVector).HasMethod("GIN");
    }
}
