using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class ConnectionTests
{
    [Theory]
    [InlineData("For the first time he looked straight at me while talking about the pain.")]
    [InlineData("We both laughed when the dog barked at the treatment table.")]
    [InlineData("We sat in silence for a while after she finished.")]
    [InlineData("She opened up about the months after the diagnosis.")]
    [InlineData("For the first time he talked about his brother.")]
    [InlineData("Halfway through, the room felt different, lighter somehow.")]
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
