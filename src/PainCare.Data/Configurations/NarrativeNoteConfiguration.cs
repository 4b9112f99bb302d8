using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using PainCare.Data.Identity;
using PainCare.Domain.Narratives;

namespace PainCare.Data.Configurations;

internal sealed class NarrativeNoteConfiguration : IEntityTypeConfiguration<NarrativeNote>
{
    public const string SearchVector = "SearchVector";

    public void Configure(EntityTypeBuilder<NarrativeNote> builder)
    {
        builder.ToTable("NarrativeNotes", t => t.HasCheckConstraint("CK_NarrativeNotes_TextLength", $"char_length(\"Text\") <= {NarrativeNote.MaxLength}"));
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => n.SessionId).IsUnique();
        builder.HasOne<PainCareUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Versions).WithOne().HasForeignKey(v => v.NoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Addenda).WithOne().HasForeignKey(a => a.NoteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Observations).WithOne().HasForeignKey(o => o.NoteId).OnDelete(DeleteBehavior.Cascade);

        // Full-text search over the narrative: a stored generated column, so no trigger keeps it in step. Its storage is
        // MAIN (kept in the row, not TOAST), which EF cannot model: see migration 20261121000020_SearchVectorInline.
        builder.Property<NpgsqlTsVector>(SearchVector)
            .HasColumnType("tsvector")
            .HasComputedColumnSql("to_tsvector('english'::regconfig, \"Text\")", stored: true);
        builder.HasIndex(SearchVector).HasMethod("GIN");
    }
}
