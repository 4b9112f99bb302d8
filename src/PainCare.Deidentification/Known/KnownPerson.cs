namespace PainCare.Deidentification.Known;

/// <summary>A person named in the record. Index 0 is the patient.</summary>
internal sealed record KnownPerson(int Index, string GivenKey, string SurnameKey, IReadOnlyCollection<string> GivenVariants, IReadOnlyCollection<string> SurnameVariants)
{
    public char GivenInitial => GivenKey.Length > 0 ? char.ToUpperInvariant(GivenKey[0]) : '\0';

    public char SurnameInitial => SurnameKey.Length > 0 ? char.ToUpperInvariant(SurnameKey[0]) : '\0';
}
