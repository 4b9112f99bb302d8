using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NpgsqlTypes;
using PainCare.Domain.Narratives;
using PainCare.Domain.Sessions;

namespace PainCare.Data.Configurations;

internal sealed class ReflectionResponseConfiguration : IEntityTypeConfiguration<ReflectionResponse>
{
    public void Configure(EntityTypeBuilder<ReflectionResponse> builder)
    {
        builder.ToTable("ReflectionResponses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RuleId).HasMaxLength(64);
        builder.Property(r => r.Category).HasMaxLength(32);
        builder.Property(r => r.PromptText).HasMaxLength(1000);
        builder.Property(r => r.Answer).HasMaxLength(ReflectionResponse.MaxAnswerLength);
        builder.Property(r => r.DismissReason).HasMaxLength(ReflectionResponse.MaxReasonLength);
        builder.HasOne<Session>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SessionId, r.RuleId }).IsUnique();
        builder.HasIndex(r => r.RuleId);

        // The clinician's own answers are searched with their notes (ADR 0330); dismissals and pins have no words.
        builder.Property<NpgsqlTsVector>(NarrativeNoteConfiguration.SearchVector)
            .HasColumnType("tsvector")
            .HasComputedColumnSql("to_tsvector('english'::regconfig, COALESCE(\"Answer\", ''))", stored: true);
        builder.HasIndex(NarrativeNoteConfiguration.SearchVector).HasMethod("GIN");
    }
}
