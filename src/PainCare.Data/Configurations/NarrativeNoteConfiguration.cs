using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;
using PainCare.Domain.Narratives;

namespace PainCare.Data.Configurations;

internal sealed class NarrativeNoteConfiguration : IEntityTypeConfiguration<NarrativeNote>
{
    public void Configure(EntityTypeBuilder<NarrativeNote> builder)
    {
        builder.ToTable("NarrativeNotes", t => t.HasCheckConstraint("CK_NarrativeNotes_TextLength", $"char_length(\"Text\") <= {NarrativeNote.MaxLength}"));
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Version).IsRowVersion();
        builder.HasIndex(n => n.SessionId).IsUnique();
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}
