using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PainCare.Data.Tables;

/// <summary>
/// Reads one entity type's table as model (CLR) values, each column read and converted by the context's own type mapping
/// (so SQLite's ticks come back as <see cref="DateTimeOffset"/> and its JSON text as arrays), in primary-key order, on
/// the context's open connection and current transaction.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only identifiers from the EF model, delimited by the provider, reach the SQL.")]
public static class TableRows
{
    /// <summary>The entity types that have a table of their own, each after every table its foreign keys point to.</summary>
    public static IReadOnlyList<IEntityType> InForeignKeyOrder(IModel model)
    {
        var tables = model.GetEntityTypes().Where(e => e.GetTableName() is not null && e.FindPrimaryKey() is not null).ToList();
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        while (ordered.Count < tables.Count)
        {
            var ready = tables.Where(e => !placed.Contains(e)
                && e.GetForeignKeys().All(fk => fk.PrincipalEntityType == e || placed.Contains(fk.PrincipalEntityType) || !tables.Contains(fk.PrincipalEntityType)))
                .OrderBy(e => e.GetTableName(), StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The model's foreign keys form a cycle between tables; they cannot be copied one table at a time.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready);
        }

        return ordered;
    }

    public static async IAsyncEnumerable<object?[]> ReadAsync(
        DbContext db, IEntityType entity, IReadOnlyList<IProperty> properties, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var readers = mappings.Select(m => m.GetDataReaderMethod()).ToArray();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT {string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))} "
            + $"FROM {sql.DelimitIdentifier(table.Name, table.Schema)} "
            + $"ORDER BY {string.Join(", ", entity.FindPrimaryKey()!.Properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[properties.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : Read(reader, readers[i], mappings[i], i);
            }

            yield return row;
        }
    }

    /// <summary>The number of rows in the entity type's table.</summary>
    public static async Task<long> CountAsync(DbContext db, IEntityType entity, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"SELECT count(*) FROM {sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema())}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static object? Read(DbDataReader reader, MethodInfo method, RelationalTypeMapping mapping, int ordinal)
    {
        var value = method.Invoke(reader, [ordinal]);
        return mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
    }
}
