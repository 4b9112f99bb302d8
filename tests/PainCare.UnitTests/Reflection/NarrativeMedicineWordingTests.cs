using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Connection and rupture as reflective prose tells them: a smile arriving, feeling met, something passing between the two,
/// laughing at once; politeness as a wall, answers shrinking to nods, the clinician having lost the patient.
/// </summary>
public sealed class NarrativeMedicineWordingTests
{
    [Theory]
    [InlineData("He is telling me about the allotment again, and for once I let him, and somewhere in the telling he starts to smile.")]
    [InlineData("I think she felt met today. Her shoulders came down.")]
    [InlineData("Something passed between us when he described his wife's hands.")]
    [InlineData("We found ourselves laughing at the same moment, at nothing much.")]
    public void ConnectionInReflectiveProse_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He is polite, always polite, and I am beginning to think the politeness is a wall.")]
    [InlineData("Her answers got shorter and shorter until she was only nodding.")]
    [InlineData("I had lost her by the time I got to the exercise sheet.")]
    [InlineData("He told me, not unkindly, that I was the fourth physio and none of us had helped.")]
    public void RuptureInReflectiveProse_FiresRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was polite and engaged and asked good questions.")]
    [InlineData("He nodded and then asked me to show him the exercise again.")]
    public void PoliteAndEngaged_DoesNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
