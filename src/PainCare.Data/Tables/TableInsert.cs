using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PainCare.Data.Tables;

/// <summary>
/// One <c>INSERT</c>, built once and run once a row, into one entity type's table, on the context's open connection and current transaction,
/// with each value converted and typed by the context's own model (so the same code writes SQLite's ticks and JSON
/// arrays or PostgreSQL's <c>timestamptz</c> and arrays). Columns the database computes are never written; a key the
/// database generates is written only when <c>withGeneratedKeys</c> asks for it (a copy that keeps every key).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Only identifiers from the EF model, delimited by the provider, reach the SQL.")]
public sealed class TableInsert : IAsyncDisposable
{
    private readonly DbCommand _command;
    private readonly RelationalTypeMapping[] _mappings;
    private bool _prepared;

    private readonly string[] _names;

    private TableInsert(DbCommand command, IReadOnlyList<IProperty> properties, string[] names)
    {
        _command = command;
        _names = names;
        Properties = properties;
        _mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
    }

    /// <summary>The properties written, in the order <see cref="InsertAsync"/> takes their values.</summary>
    public IReadOnlyList<IProperty> Properties { get; }

    public static TableInsert Create(DbContext db, IEntityType entity, bool withGeneratedKeys)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties()
            .Where(p => p.GetComputedColumnSql(table) is null)
            .Where(p => withGeneratedKeys || !IsStoreGeneratedKey(p))
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))
            .Append(") VALUES (")
            .AppendJoin(", ", properties.Select((_, i) => sql.GenerateParameterNamePlaceholder("p" + i)))
            .Append(')');
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text.ToString();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return new TableInsert(command, properties, properties.Select((_, i) => sql.GenerateParameterName("p" + i)).ToArray());
    }

    /// <summary>An integer key the database numbers (identity, SQLite's rowid); GUID keys are made by the application.</summary>
    private static bool IsStoreGeneratedKey(IProperty property) =>
        property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd
        && (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) is var type
        && (type == typeof(int) || type == typeof(long) || type == typeof(short));

    /// <summary>Inserts one row; <paramref name="values"/> are model (CLR) values in the order of <see cref="Properties"/>.</summary>
    public async Task InsertAsync(IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        if (!_prepared)
        {
            // Typed once by the model's mappings; each row only sets the values. Microsoft.Data.Sqlite compiles the
            // statement at the first execution and reuses it while the text is unchanged. No explicit Prepare: a prepared
            // Npgsql command whose parameters were replaced was seen to re-send its first row's values.
            for (var i = 0; i < _mappings.Length; i++)
            {
                _command.Parameters.Add(_mappings[i].CreateParameter(_command, _names[i], null, Properties[i].IsNullable));
            }

            _prepared = true;
        }

        for (var i = 0; i < _mappings.Length; i++)
        {
            var value = values[i];
            if (value is not null && _mappings[i].Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            _command.Parameters[i].Value = value ?? DBNull.Value;
        }

        await _command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Inserts every entity, reading each written property from it (a shadow property is written as null).</summary>
    public async Task<int> InsertAllAsync<T>(IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var getters = Properties.Select(p => p.IsShadowProperty() ? null : p.GetGetter()).ToArray();
        var values = new object?[getters.Length];
        var count = 0;
        foreach (var entity in entities)
        {
            for (var i = 0; i < getters.Length; i++)
            {
                values[i] = getters[i]?.GetClrValueUsingContainingEntity(entity);
            }

            await InsertAsync(values, cancellationToken);
            count++;
        }

        return count;
    }

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
