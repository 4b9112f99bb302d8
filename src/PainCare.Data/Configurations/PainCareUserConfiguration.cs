using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PainCare.Data.Identity;

namespace PainCare.Data.Configurations;

internal sealed class PainCareUserConfiguration : IEntityTypeConfiguration<PainCareUser>
{
    public void Configure(EntityTypeBuilder<PainCareUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}
