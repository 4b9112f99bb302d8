namespace PainCare.Deidentification.Scanning;

/// <summary>Overlap order: the record's own identifiers and structured patterns beat the clinical allow-list, which beats guesses.</summary>
internal static class Priorities
{
    public const int Known = 100;
    public const int Pattern = 90;
    public const int Title = 85;
    public const int Facility = 80;
    public const int Protect = 75;
    public const int Gazetteer = 60;
    public const int Context = 50;
    public const int Heuristic = 40;
}
