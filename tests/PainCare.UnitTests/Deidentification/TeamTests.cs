namespace PainCare.UnitTests.Deidentification;

/// <summary>Sports sides named in everyday words, found by how a person belongs to them or by the game after them; weekly days kept.</summary>
public sealed class TeamTests
{
    [Theory]
    [InlineData("Her brother plays for the Harbour Kestrels most weekends.", "Harbour Kestrels")]
    [InlineData("He plays fullback for Valley Rovers.", "Valley Rovers")]
    [InlineData("She captains the Copper Hill Owls this season.", "Copper Hill Owls")]
    [InlineData("Signed with the Lowland Stags in March.", "Lowland Stags")]
    [InlineData("Now coach of the Meadow Larks under-10s.", "Meadow Larks")]
    public void ASideAPersonBelongsTo_IsReplaced(string text, string team) => Scrub.Gone(Scrub.Run(text), team);

    [Fact]
    public void ASideNamedBeforeItsGame_IsReplaced() =>
        Scrub.Gone(Scrub.Run("Training with the Quarry Foxes netball squad twice a week."), "Quarry Foxes");

    [Theory]
    [InlineData("Hydro on Tuesdays now, gym on Fridays.", "Tuesdays")]
    [InlineData("Thursdays and Saturdays suit her best.", "Thursdays and Saturdays")]
    public void AWeekdayInThePlural_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);

    [Theory]
    [InlineData("She trains with Theraband loops at home.", "Theraband")]
    [InlineData("He plays for fun with his mates now.", "plays for fun with his mates")]
    public void AnExerciseBrandOrAnEverydayPhrase_IsKept(string text, string kept) => Scrub.Kept(Scrub.Run(text), kept);
}
