using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Domain.Narratives;

namespace PainCare.Data.Configurations;

internal sealed class NarrativeNoteVersionConfiguration : IEntityTypeConfiguration<NarrativeNoteVersion>
{
    public void Configure(EntityTypeBuilder<NarrativeNoteVersion> builder)
    {
        builder.ToTable("NarrativeNoteVersions");
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => new { v.NoteId, v.Revision }).IsUnique();
    }
}
