namespace PainCare.UnitTests.Deidentification;

/// <summary>Writers' initials at a sign-off or beside a hand-over, days over October, and round birthdays.</summary>
public sealed class SignOffInitialsAndRoundBirthdayTests
{
    [Theory]
    [InlineData("Settled after the bed bath. - QW (RN)", "QW")]
    [InlineData("Ate half of lunch, sat out for an hour. — VZ.", "VZ")]
    [InlineData("Walked the corridor twice with the frame.\n- DKR, physio", "DKR")]
    [InlineData("Entry (ZQ): calf pain settling, no swelling.", "ZQ")]
    [InlineData("Plan agreed, d/w WJ before discharge.", "WJ")]
    [InlineData("Wound reviewed by QK this morning.", "QK")]
    public void InitialsThatSignOrReceiveANote_AreReplaced(string text, string initials) => Scrub.Gone(Scrub.Run(text), initials);

    [Theory]
    [InlineData("Transfers - SBA.", "SBA")]
    [InlineData("Mobility:\n- FWB\n- TUG 14 s", "FWB")]
    [InlineData("Dressing changed. - PN (RN) to review Friday.", "RN")]
    [InlineData("Sutures out by DN, site clean.", "DN")]
    [InlineData("DNA x2, phoned and rebooked. - OK.", "DNA")]
    public void ClinicalShorthandInTheSamePlaces_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Theory]
    [InlineData("Fell from the ladder at the depot, 23/10; wrist splinted.", "23/10")]
    [InlineData("Review booked 30/10 with the hand therapist.", "30/10")]
    public void ADayOverOctoberWithNoPainNearby_IsReplaced(string text, string date) => Scrub.Gone(Scrub.Run(text), date);

    [Theory]
    [InlineData("Says the pain is 14/10 on a bad night.", "14/10")]
    [InlineData("Changed to Targin 20/10 nocte by the GP.", "20/10")]
    public void AScoreSaidForEffectOrADose_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Theory]
    [InlineData("She is turning fifty in the spring and wants to run again.", "turning fifty", "reaching her fifties")]
    [InlineData("He turned 70 last month.", "turned 70", "reached his seventies")]
    public void ARoundBirthday_IsReachedNotEchoed(string text, string age, string band)
    {
        var result = Scrub.Run(text);
        Scrub.Gone(result, age);
        Scrub.Kept(result, band);
    }
}
