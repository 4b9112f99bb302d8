using Npgsql;
using NpgsqlTypes;

namespace PainCare.Data.Seeding.Scale;

/// <summary>Streams rows into one table with PostgreSQL's binary COPY, the fastest way in that does not bypass constraints.</summary>
internal static class BinaryCopy
{
    public static async Task<int> WriteAsync<T>(
        NpgsqlConnection connection, string copyCommand, IEnumerable<T> rows, Func<NpgsqlBinaryImporter, T, Task> writeRow, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copyCommand, cancellationToken);
        // The last write waits for the server to insert and index everything sent; the default 30 s is too short for that.
        importer.Timeout = TimeSpan.FromMinutes(30);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            await writeRow(importer, row);
        }

        return checked((int)await importer.CompleteAsync(cancellationToken));
    }

    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : class =>
        value is null ? importer.WriteNullAsync() : importer.WriteAsync(value, type);

    public static Task WriteNullableAsync<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct =>
        value is { } present ? importer.WriteAsync(present, type) : importer.WriteNullAsync();
}
