using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PainCare.Data.Sqlite;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as its UTC ticks, so SQLite compares and orders instants as numbers, in SQL. It
/// reads back in UTC, as PostgreSQL's <c>timestamptz</c> does: the instant is kept whole, the offset is not.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero))
{
    public static readonly UtcTicksConverter Instance = new();
}
