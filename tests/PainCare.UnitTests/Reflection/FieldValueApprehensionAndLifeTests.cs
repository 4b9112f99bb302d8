using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A screening field whose value is "nil", apprehension about an activity, and life told through study or a move, in
/// sentences written for these tests.
/// </summary>
public sealed class FieldValueApprehensionAndLifeTests
{
    [Theory]
    [InlineData("Sleep: fair. Low mood: nil. Hip flexion 100.")]
    [InlineData("Screen. Anxiety - none. Back extension full.")]
    public void FeelingFieldWithNilValue_FiresNoAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void FeelingFieldWithAPresentValue_StillFiresAttunement()
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories("Mood: she says she feels hopeless, sleeping badly."));
    }

    [Fact]
    public void ApprehensiveAboutAnActivity_IsAFeelingNotASafetyCue()
    {
        var categories = Reflect.Categories("She is apprehensive about getting back on her bike after the winter.");
        Assert.Contains(Categories.Attunement, categories);
        Assert.DoesNotContain(Categories.SafetyCue, categories);
    }

    [Fact]
    public void ApprehensionOnATest_IsStillASafetyCue()
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories("Marked apprehension at 90 degrees abduction and external rotation."));
    }

    [Theory]
    [InlineData("Neck rotation 60. Her exams start in a fortnight. Chin tucks.")]
    [InlineData("Shoulder. Moved from Lagos last spring. Isometrics.")]
    public void StudyOrAMove_CountsAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Fact]
    public void ExaminationShorthand_IsNotThePerson()
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories("Knee. Neuro exam normal. Flexion 120. Step-ups."));
    }
}
