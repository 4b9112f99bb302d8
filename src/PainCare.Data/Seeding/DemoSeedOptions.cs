namespace PainCare.Data.Seeding;

/// <param name="Seed">Makes the clinic's people, sessions and narratives reproducible.</param>
/// <param name="Password">One password for every demo account (tests); null makes a random one per account.</param>
/// <param name="Today">The last day sessions may fall on.</param>
public sealed record DemoSeedOptions(int Seed, string? Password, DateOnly Today);

public sealed record DemoAccount(string Role, string Email, string DisplayName, string Password);
