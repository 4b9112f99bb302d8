using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PainCare.Data.Sqlite;

/// <summary>
/// The one model (PainCare.Data's configurations), adapted where SQLite differs: PostgreSQL column types (arrays, jsonb,
/// tsvector) give way to SQLite's own (arrays become JSON text, EF's primitive collections); every tsvector column goes,
/// because search uses FTS5 tables kept by triggers; <c>char_length</c> in check constraints becomes <c>length</c>;
/// and <see cref="DateTimeOffset"/> and <see cref="decimal"/> are stored as numbers so that filters, ordering and
/// aggregates run in the database (SQLite cannot compare either in its text form).
/// </summary>
internal sealed class SqliteModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
{
    public const string PostgreSqlSearchVector = "SearchVector";

    public override void Customize(ModelBuilder modelBuilder, DbContext context)
    {
        base.Customize(modelBuilder, context);
        var model = modelBuilder.Model;
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.FindDeclaredProperty(PostgreSqlSearchVector) is { } vector)
            {
                foreach (var index in entity.GetDeclaredIndexes().Where(i => i.Properties.Contains(vector)).ToList())
                {
                    entity.RemoveIndex(index);
                }

                entity.RemoveProperty(vector);
            }
        }

        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var property in entity.GetDeclaredProperties())
            {
                property.SetColumnType(null);
                var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
                if (type == typeof(DateTimeOffset))
                {
                    property.SetValueConverter(UtcTicksConverter.Instance);
                }
                else if (type == typeof(decimal))
                {
                    property.SetValueConverter(new CastingConverter<decimal, double>());
                }
            }

            foreach (var check in entity.GetDeclaredCheckConstraints().ToList())
            {
                var sql = check.Sql.Replace("char_length(", "length(", StringComparison.Ordinal);
                entity.RemoveCheckConstraint(check.ModelName);
                entity.AddCheckConstraint(check.ModelName, sql);
            }
        }
    }
}
