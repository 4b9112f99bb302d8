using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// The open classes of the last stops: a handshake or a gift the text marks as a first, a fear that has faded, two
/// clinicians or a clinician and a relative at odds, a lift from a relative, and worry about practical matters.
/// </summary>
public sealed class MarkedFirstsFadedFearAndPracticalWorryTests
{
    [Theory]
    [InlineData("He shook my hand at the door as he left, which he has never done before.")]
    [InlineData("She offered her hand as she left today, a first for her.")]
    [InlineData("She brought in a tin of biscuits she had baked for the team, her way of saying thanks.")]
    [InlineData("He brought me a jar of his own honey as a thank-you.")]
    public void HandshakeMarkedAsFirstOrGift_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("We shook hands and I introduced myself before the assessment.")]
    [InlineData("Tremor noted when he shook my hand.")]
    public void OrdinaryGreetingOrTremor_FiresNoConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("The dread of bending that ruled the first month has gone.")]
    [InlineData("The fear of the stairs has faded and she takes them two at a time.")]
    [InlineData("His panic about driving has eased completely since the last review.")]
    [InlineData("The anxiety about returning to work has settled.")]
    public void FeelingThatHasFaded_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("The fear of falling has come back since the trip on the kerb.")]
    [InlineData("Still frightened of bending, she held her breath each time.")]
    public void FeelingStillPresent_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Two of us disagreed at the case conference about the plan.")]
    [InlineData("His wife and I did not agree about how much walking he should do; he listened to both of us and chose the shorter route.")]
    [InlineData("The surgeon was dismissive of the physio report, so I wrote again.")]
    [InlineData("She argued with her husband about the stairlift at the weekend.")]
    [InlineData("He was at odds with his boss about the hours.")]
    public void QuarrelBetweenOthersOrColleagues_FiresNoRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He disagreed with me about the plan and said I was not listening to him.")]
    [InlineData("She argued with the GP about the referral.")]
    public void QuarrelWithTheClinicianOrTheCare_StillFiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Her husband drove her in today. Knee flexion 100, quads sets reviewed.")]
    [InlineData("Brought in by her son. Lumbar ROM improved, continue McKenzie.")]
    [InlineData("Partner gave her a lift to clinic. Hip abduction 4/5, progressed to side planks.")]
    [InlineData("Accompanied by carer. Shoulder flexion 120, pain 4/10. Pendulums.")]
    public void LiftOrCompanyFromRelative_LeavesPersonFocusToFire(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Worried about how she will get here without a car next month. Video review booked.")]
    [InlineData("Anxious about waiting times for an MRI, asked if we could chase it.")]
    [InlineData("He was worried about fitting the exercises around his shifts, so we cut it to three.")]
    public void WorryAboutPracticalMatters_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was furious about the money the clinic charged for a missed slot.")]
    [InlineData("Upset about the bus pass being refused, close to tears.")]
    public void UpsetOverPracticalMatters_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Previously fearful of running, he jogged the length of the corridor.")]
    [InlineData("Formerly panicky in the pool; swam two widths.")]
    public void FeelingMarkedAsFormer_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void FeelingAsPreviouslyNoted_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("As previously noted she is tearful and frightened about the scan."));
    }
}
