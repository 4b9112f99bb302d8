using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Going along through a parent or relative who answers for the patient is a rupture: the patient's own voice is missing.</summary>
public sealed class RelativeAnswersForPatientTests
{
    [Theory]
    [InlineData("Tom, 15, came with his mother, who answered my questions for him.")]
    [InlineData("Her son spoke for her throughout; she nodded along to the plan.")]
    [InlineData("Grandad did all the talking and the boy kept his eyes on his phone.")]
    public void RelativeAnsweringForPatient_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void RelativeAddingDetailAlongsidePatient_DoesNotFireRupture()
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories("She described the morning stiffness and her husband added that it eases by lunchtime."));
    }
}
