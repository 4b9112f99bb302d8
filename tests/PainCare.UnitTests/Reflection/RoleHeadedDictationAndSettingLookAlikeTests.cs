using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Unpunctuated dictation headed by the writer's role, and look-alikes met on new writers' notes: banter as part of
/// a working life, "useless" beside shared laughter, a relapse of a disease, a prison as the clinic's setting.
/// </summary>
public sealed class RoleHeadedDictationAndSettingLookAlikeTests
{
    [Fact]
    public void RoleNounHeadingADictation_DoesNotOwnThePatientsAnger()
    {
        const string text = "urgent care physio dictation older man neck pain since gardening at the weekend kept waiting four hours and was furious by the time i reached his cubicle";
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void RoleNounWithItsOwnVerb_StillOwnsTheFeeling()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("The physio felt anxious about the transfer. Sit to stand x5."));
    }

    [Theory]
    [InlineData("He misses the lads at the depot and the banter at break time. Lifting assessment 12 kg.")]
    [InlineData("Relapse of her MS in the spring; walking with a stick since. Balance work on foam.")]
    [InlineData("Prison clinic, seen in the treatment room on the wing. Lumbar flexion 70%. Continue extensions.")]
    public void LookAlikes_FireNoConnectionOrTrauma(string text)
    {
        var categories = Reflect.Categories(text);
        Assert.DoesNotContain(Categories.Connection, categories);
        Assert.DoesNotContain(Categories.TraumaInformed, categories);
    }

    [Fact]
    public void UselessBesideSharedLaughter_IsNotDistress()
    {
        var categories = Reflect.Categories("The ball squeaked so loudly that we both got the giggles and were useless for a minute.");
        Assert.DoesNotContain(Categories.Attunement, categories);
        Assert.Contains(Categories.Connection, categories);
    }

    [Theory]
    [InlineData("He shrugged at each question and kept his eyes on the floor tiles.")]
    [InlineData("Said 'whatever' to my question about her walking.")]
    public void ShruggingAndWhatever_FireRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Served in the navy for twenty years before the injury. Shoulder ER 60.")]
    [InlineData("She grew up on a sheep station and still helps at shearing. Hip flexion 100.")]
    public void ServiceAndUpbringing_AreThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }
}
