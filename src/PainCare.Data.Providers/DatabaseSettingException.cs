namespace PainCare.Data.Providers;

/// <summary>The database settings name no usable engine (an unknown provider, or PostgreSQL without a connection string).</summary>
public sealed class DatabaseSettingException(string message) : InvalidOperationException(message);
