using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A relative reporting how the patient feels is second-hand, whatever the pronouns' genders; the patient's own report
/// still counts. Violence and vehicle rollovers as the cause of an injury are trauma; a fall on the kerb and intensive
/// care as a workplace are not.
/// </summary>
public sealed class SecondHandFeelingAndTraumaCauseTests
{
    [Theory]
    [InlineData("Mum reports he is anxious about school.")]
    [InlineData("His wife says he has been very low since the fall.")]
    [InlineData("Her carer reports she is tearful most mornings.")]
    [InlineData("According to her daughter, she gets frightened when left alone.")]
    [InlineData("Per his partner, he is scared of falling again.")]
    public void RelativeReportingThePatientsFeeling_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("In her words she is anxious about going back to class.")]
    [InlineData("He describes feeling very low since the fall.")]
    [InlineData("Mum reports he is anxious; in the session he was visibly anxious and kept asking if it would hurt.")]
    public void PatientsOwnReport_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Paraplegic since being shot in a robbery in 2015.")]
    [InlineData("Left shoulder pain after he was stabbed outside a pub.")]
    [InlineData("Lumbar fracture when his quad bike tipped on a slope.")]
    [InlineData("Pelvic injury in a tractor rollover on steep ground.")]
    [InlineData("Startles at loud bangs since the quake two years ago.")]
    public void ViolentOrRolloverCause_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Wrist fracture after tripping on the kerb.")]
    [InlineData("Neck pain from twelve-hour shifts as a nurse on ICU.")]
    [InlineData("Works in intensive care as a cleaner; back pain from lifting bins.")]
    [InlineData("I asked him to roll over and lie prone.")]
    public void OrdinaryFallOrIntensiveCareAsWorkplace_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
