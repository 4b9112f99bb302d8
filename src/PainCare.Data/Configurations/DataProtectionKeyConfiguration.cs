using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PainCare.Data.Configurations;

/// <summary>
/// The package's key entity on the table PainCare's own key repository used before (ADR 0101), so existing keys, and the
/// sign-ins they protect, survive the change. <c>Xml</c> stays NOT NULL as it was: a key without XML is no key.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Xml).IsRequired();
    }
}
