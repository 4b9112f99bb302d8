using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Grief is adversity when a death or a person lost stands near it, not when the loss is a role or an ability; feeling
/// unsafe is adversity when it is about people, home or an attack, not a movement or a task; female genital cutting is trauma.
/// </summary>
public sealed class GriefUnsafeAndCuttingTests
{
    [Theory]
    [InlineData("She spoke with real grief about no longer being able to run with the club.")]
    [InlineData("Pt grieving for the chef's career the wrist fusion ended.")]
    [InlineData("He is grieving his independence and hates asking his son for lifts.")]
    [InlineData("She is mourning her old life as a nurse on the wards.")]
    public void GriefForALostRoleOrAbility_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Still grieving her husband; he died last March.")]
    [InlineData("Ongoing grief - son died 2021.")]
    [InlineData("He is mourning his partner of thirty years.")]
    [InlineData("A lot of grief in the room today; her dad passed at Easter.")]
    public void GriefForAPersonWhoDied_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He says the stairs feel unsafe since the knee gave way.")]
    [InlineData("It felt unsafe to go further into range, so we held there.")]
    [InlineData("Stop any exercise that feels unsafe or sharply painful.")]
    [InlineData("The band felt unsafe at that length, so we swapped to a lighter one.")]
    public void UnsafeAboutAMovementOrTask_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("He has felt unsafe around his stepfather since childhood.")]
    [InlineData("Says she doesn't feel safe at home when he has been drinking.")]
    [InlineData("He feels unsafe at night since the assault on the estate.")]
    public void UnsafeAboutPeopleOrHome_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Hx female genital mutilation as a child; dyspareunia and pelvic pain.")]
    [InlineData("Pelvic pain clinic. FGM disclosed at triage.")]
    [InlineData("She was infibulated as a child and has had recurrent infections since.")]
    [InlineData("She had been cut as a girl, and examination frightens her.")]
    public void GenitalCutting_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Hours at work were cut as a result of the pain.")]
    [InlineData("The physio session was cut short because the clinic closed early.")]
    public void CutAsAnEverydayWord_DoesNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }
}
