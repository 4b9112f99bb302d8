using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A small change told against habit (coat off "this time", a bag put down where it was always kept on the knee,
/// sitting nearer) is a moment of connection; the same act recorded plainly is not.
/// </summary>
public sealed class SmallChangeConnectionTests
{
    [Theory]
    [InlineData("She took her coat off this time and settled back into the seat. Worked on neck ROM.")]
    [InlineData("For the first session she kept her bag on her knee; today she put it on the floor and stayed to chat.")]
    [InlineData("He pulled the chair closer to the desk today and looked at the diagram with me.")]
    [InlineData("She sat nearer the desk. Pain 6/10. Slump test negative.")]
    [InlineData("He called me by my first name for the first time.")]
    [InlineData("She let me finish the explanation without interrupting and then asked questions, which was new.")]
    [InlineData("He showed me pictures of the allotment he used to run and was more open than I had seen him.")]
    public void ChangeAgainstHabit_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Took his coat off. Thoracic rotation 40 each way. HEP reviewed.")]
    [InlineData("She sat back on the plinth for the slump test. SLR 70 bilaterally.")]
    public void SameActWithoutAChange_DoesNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }
}
