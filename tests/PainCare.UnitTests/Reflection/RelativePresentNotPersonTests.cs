using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A relative who is only present, waiting or interpreting, a family history of a disease and a driver's seat in a
/// collision are not the person's life; a relative in the patient's life still is.
/// </summary>
public sealed class RelativePresentNotPersonTests
{
    [Theory]
    [InlineData("Accompanied by his father. R wrist flexion 60, extension 55. Grip work progressed.")]
    [InlineData("Husband present. Cervical rotation 60 both ways. Deep neck flexor drills.")]
    [InlineData("Family history of ankylosing spondylitis. Lumbar Schober 3 cm. Bloods requested.")]
    [InlineData("Driver in a side-impact collision 8/52 ago. Thoracic rotation limited. Mobility drills.")]
    public void RelativeOnlyPresentOrFamilyHistory_LeavesPersonFocusToFire(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She looks after her daughter's twins on Tuesdays. Hip flexion 100.")]
    [InlineData("His wife does the shopping now, which he minds. Knee flexion 110.")]
    public void RelativeInThePatientsLife_CountsAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }
}
