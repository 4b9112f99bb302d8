namespace PainCare.Data;

/// <summary>The database engines PainCare runs on (ADR 0130). SQLite is the default; PostgreSQL is for several app nodes.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
