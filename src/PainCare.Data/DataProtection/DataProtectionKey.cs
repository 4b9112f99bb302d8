namespace PainCare.Data.DataProtection;

/// <summary>An ASP.NET Core data-protection key ring entry, kept in the database so restarts and other nodes share it.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public required string Xml { get; set; }
}
