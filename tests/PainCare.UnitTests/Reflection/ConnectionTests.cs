using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class ConnectionTests
{
    [Theory]
    [InlineData("She looked up and held my gaze for the first time while describing the flare.")]
    [InlineData("We both laughed when the dog barked at the treatment table.")]
    [InlineData("When he had finished we let the silence sit between us.")]
    [InlineData("She opened up about how lonely the months after diagnosis were.")]
    [InlineData("For the first time he talked about his brother.")]
    [InlineData("By the end of the hour the room seemed lighter between us.")]
    [InlineData("He made eye contact as he described the walk.")]
    public void MomentOfMeeting_FiresConnection(string text)
    {
        Assert.Equal("connection.text", Reflect.Single(text, Categories.Connection).RuleId);
    }

    [Theory]
    [InlineData("He avoided eye contact throughout.")]
    [InlineData("She seldom made eye contact.")]
    [InlineData("No eye contact during the assessment.")]
    public void AbsentEyeContact_DoesNotFireConnectionButFiresRupture(string text)
    {
        var categories = Reflect.Categories(text);

        Assert.DoesNotContain(Categories.Connection, categories);
        Assert.Contains(Categories.Rupture, categories);
    }
}
