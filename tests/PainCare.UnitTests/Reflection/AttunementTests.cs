using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class AttunementTests
{
    [Theory]
    [InlineData("She feels hopeless about ever working again.")]
    [InlineData("He spoke of his despair at another failed treatment.")]
    [InlineData("He is angry that the surgeon dismissed him.")]
    [InlineData("There was real bitterness in how she described the last two years.")]
    [InlineData("She is ashamed of needing help to dress.")]
    [InlineData("She is frightened the ache is a sign her spine is crumbling.")]
    [InlineData("She is still grieving the life she had before the injury.")]
    [InlineData("He arrived exhausted after a night of no sleep.")]
    [InlineData("She was sarcastic about the exercise sheet.")]
    [InlineData("He is fed up with being told to rest.")]
    public void StrongPatientAffect_FiresAttunement(string text)
    {
        Assert.Equal("attunement.text", Reflect.Single(text, Categories.Attunement).RuleId);
    }

    [Fact]
    public void AffectInsidePatientQuote_FiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("He said, \"I'm scared I'll end up in a wheelchair.\""));
    }

    [Fact]
    public void PatientAffect_CountsAsThePerson()
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories("Lumbar flexion 50%. She feels hopeless."));
    }
}
