namespace PainCare.Data.Seeding.Scale;

/// <param name="Shape">How many patients, clinicians and sessions.</param>
/// <param name="Seed">Makes people, sessions, narratives and ratings reproducible (the password hash is not).</param>
/// <param name="Today">The last day sessions may fall on.</param>
public sealed record ScaleSeedOptions(ScaleShape Shape, int Seed, DateOnly Today);

/// <summary>What was written. The shared password is kept out of <see cref="ToString"/> so a logged result leaks nothing.</summary>
public sealed record ScaleSeedResult(int Clinicians, int Patients, int Sessions, int Narratives, int Versions, int Ratings, string SharedPassword)
{
    public override string ToString() =>
        $"{Clinicians} clinicians, {Patients} patients, {Sessions} sessions, {Narratives} narratives, {Versions} versions, {Ratings} ratings";
}
