using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Adversity in the writer's own family or past is welcome reflection material, but it is not a hint of the patient's
/// trauma; the patient's own or their family's still is.
/// </summary>
public sealed class WritersOwnAdversityTests
{
    [Theory]
    [InlineData("Hard to stay neutral: my own father was in a car crash in the spring.")]
    [InlineData("It reminded me of my sister's overdose when I was a teenager.")]
    public void TheWritersRelativesAdversity_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her father's overdose two years ago still comes up in every session.")]
    [InlineData("I was treating him for a wrist he broke in a scooter accident on the ring road.")]
    public void ThePatientsOrTheirFamilysAdversity_StillFiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
