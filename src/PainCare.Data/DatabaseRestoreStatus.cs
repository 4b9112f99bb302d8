namespace PainCare.Data;

/// <summary>What a restore into the configured database did: restored, or refused and why (nothing is written when refused).</summary>
public enum DatabaseRestoreStatus
{
    Restored,
    DatabaseExists,
    NotAPainCareDatabase,
}
