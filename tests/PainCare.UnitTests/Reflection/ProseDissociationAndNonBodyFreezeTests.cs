using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Dissociation and startle told in prose ("looked straight through me", "came back with a start") are safety cues; a
/// membership, an account or a pond that froze, and grounding named as a plan for later, are not.
/// </summary>
public sealed class ProseDissociationAndNonBodyFreezeTests
{
    [Theory]
    [InlineData("At the sound of her name she returned with a start and apologised.")]
    [InlineData("He looked straight through me for half a minute.")]
    [InlineData("She sat motionless when the scan was mentioned, gaze down.")]
    [InlineData("Her eyes lost focus and she was gone for a moment, then came back.")]
    [InlineData("It was as though she had left the room for a minute; I said her name softly.")]
    public void DissociationOrStartleInProse_FiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her gym membership froze over the summer while she was in plaster.")]
    [InlineData("The pond froze over and she was too scared to walk the dog.")]
    [InlineData("Hiring froze at the depot so no light-duties role is available.")]
    [InlineData("Pipes froze in January, no hot water for a week, pain worse in the cold house.")]
    public void FreezingThatIsNotTheBody_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Next time I will teach a grounding exercise for the evenings.")]
    [InlineData("Handout on grounding techniques given for home.")]
    [InlineData("Psychology to start grounding work in the new year.")]
    public void GroundingAsAPlan_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("We used grounding when she drifted off during the exam: feet on the floor, name five things.")]
    public void GroundingUsedWhenThePatientDrifted_FiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She started the new exercises on Monday.")]
    [InlineData("He made a start on the walking plan.")]
    public void StartAsAnEverydayWord_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }
}
