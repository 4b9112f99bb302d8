using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A feeling dated to an earlier time and set against the present ("used to dread … but now") is history, not affect
/// in this session; a feeling merely dated, or still there now, is kept.
/// </summary>
public sealed class PastFeelingAgainstTodayTests
{
    [Theory]
    [InlineData("He used to dread the stairs at home but now manages them one at a time with the rail. Knee flexion 120.")]
    [InlineData("She used to get really anxious before hydro, these days she just gets changed and gets in.")]
    [InlineData("In the early weeks he was angry about the whole thing. Today he was chatty and keen to progress his walking.")]
    [InlineData("Back in March she felt hopeless about ever working again, whereas now she is doing three mornings a week.")]
    [InlineData("Earlier in treatment she was scared of any twinge; this session she laughed about how far she has come.")]
    [InlineData("He used to be furious with his employer. These days he talks about it calmly and has found a new job.")]
    public void PastFeelingContrastedWithNow_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Discharge summary. Initially very anxious about mobilising; by discharge walking the ward confidently with a stick.")]
    [InlineData("At the start he was frightened of bending. By the final session he could carry the recycling out.")]
    [InlineData("In week 1 she was tearful and hopeless. By week 6 she was back at choir on Thursdays.")]
    public void EarlyFeelingSetAgainstTheEndOfABlock_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void FeelingByTheEndOfThisSession_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("At first she seemed fine, but by the close of the hour she was sobbing about her mum."));
    }

    [Theory]
    [InlineData("He used to enjoy fishing, but now he is frightened to leave the house in case the pain flares.")]
    [InlineData("She used to panic on the stairs and still panics when the lift is out. Worked on step-ups.")]
    public void FeelingThatBelongsToNow_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void NowInsideSomeoneElsesQuote_DoesNotSetTheWritersPastAgainstToday()
    {
        const string text = "In week one she sobbed through the whole session. Later she said 'it is easier now, honestly'.";
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }
}
