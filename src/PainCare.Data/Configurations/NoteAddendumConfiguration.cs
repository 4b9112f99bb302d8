using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using PainCare.Domain.Narratives;

namespace PainCare.Data.Configurations;

internal sealed class NoteAddendumConfiguration : IEntityTypeConfiguration<NoteAddendum>
{
    public void Configure(EntityTypeBuilder<NoteAddendum> builder)
    {
        builder.ToTable("NoteAddenda", t => t.HasCheckConstraint("CK_NoteAddenda_TextLength", $"char_length(\"Text\") BETWEEN 1 AND {NoteAddendum.MaxLength}"));
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.NoteId);

        // Searched with the narrative (ADR 0330): a stored generated vector, as on the note, so no trigger keeps it.
        builder.Property<NpgsqlTsVector>(NarrativeNoteConfiguration.SearchVector)
            .HasColumnType("tsvector")
            .HasComputedColumnSql("to_tsvector('english'::regconfig, \"Text\")", stored: true);
        builder.HasIndex(NarrativeNoteConfiguration.SearchVector).HasMethod("GIN");
    }
}
