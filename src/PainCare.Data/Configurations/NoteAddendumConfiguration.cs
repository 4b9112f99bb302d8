using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Narratives;

namespace PainCare.Data.Configurations;

internal sealed class NoteAddendumConfiguration : IEntityTypeConfiguration<NoteAddendum>
{
    public void Configure(EntityTypeBuilder<NoteAddendum> builder)
    {
        builder.ToTable("NoteAddenda", t => t.HasCheckConstraint("CK_NoteAddenda_TextLength", $"char_length(\"Text\") BETWEEN 1 AND {NoteAddendum.MaxLength}"));
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.NoteId);
    }
}
