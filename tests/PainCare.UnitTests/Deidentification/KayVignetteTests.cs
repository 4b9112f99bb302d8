namespace PainCare.UnitTests.Deidentification;

/// <summary>The composite case in seed paper 000: the name must go, the prose and the clinical story must stay.</summary>
public sealed class KayVignetteTests
{
    private const string Vignette =
        "Kay, a 53-year-old Canadian woman, booked in to see me on a Tuesday afternoon. My receptionist informed me that Kay had been " +
        "reluctant to see yet another practitioner as she had consulted multiple specialists, physiotherapists, chiropractors, and " +
        "alternative medicine practitioners over the years, yet no one had been able to provide any relief. Kay had experienced 25 years " +
        "of relentless pain, which had moved around her neck and back, but was consistently in her pelvis and left hip. " +
        "Actively trying to meet her feeling state I acknowledged that I’d been told she had had a long road and must be exhausted " +
        "from seeking treatment. She mustered a sarcastic laugh, and said, “You have no idea, and I don’t know why I’m even bothering”. " +
        "As her pain on presentation centred around her pelvis, I proceeded to gently place my top hand along her left iliac crest and " +
        "simultaneously cupped my hand around the femoral head of her left hip joint. Alongside this, Kay’s bitterness and tendency to " +
        "withdraw became less frequent. With a focus on empathy, affect, and the “minute particulars”, I was able to meet Kay in a way " +
        "she had seldom experienced.";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void KayVignette_NameAndAgeGo_ProseStays(bool withKnown)
    {
        var result = withKnown ? Scrub.Run(Vignette, "Kay Morgan") : Scrub.Run(Vignette);

        Scrub.Gone(result, "Kay", "Kay’s", "53-year-old");
        Assert.All(result.Replacements, r => Assert.Contains(r.Category, new[] { "name", "age" }));
        Scrub.Kept(result, "left iliac crest", "femoral head", "Tuesday afternoon", "25 years", "I’d been told", "I’m even bothering", "in her pelvis and left hip");
        Assert.Contains(result.Review, r => r.Text == "Canadian");
        Assert.Single(result.Replacements.Where(r => r.Category == "name").Select(r => r.Surrogate).Distinct());
    }
}
