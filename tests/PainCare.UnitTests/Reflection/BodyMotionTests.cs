using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Particulars written in plain verbs (an expressive part of the body and what it did) count as a "how" detail;
/// findings and exercise positions written the same way, and the clinician's own body, do not.
/// </summary>
public sealed class BodyMotionTests
{
    [Theory]
    [InlineData("Pt animated, hands flying as he described the ferry crossing. Shoulder flexion 160.")]
    [InlineData("Shoulders creeping up towards her ears during the squat.")]
    [InlineData("Her jaw tightened at the mention of work. Cervical rotation 60 both ways.")]
    public void BodyPartAndWhatItDid_IsAParticular(string text)
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Hands swelling in the heat, fingers stiff. Grip 20kg.")]
    [InlineData("Balance eyes closed 10s. Arms raised overhead for the wall slide.")]
    [InlineData("My voice wavering, I explained the scan. Lumbar flex full.")]
    public void FindingPositionOrClinicianBody_IsNotAParticular(string text)
    {
        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("As I touched the scar she drew her hand sharply away.")]
    [InlineData("He kept the wrist pinned against his chest and would not let me near it.")]
    [InlineData("Came in cradling her arm; elbow 90 degrees.")]
    public void LimbPulledAwayOrHeldProtectively_FiresSafetyCue(string text)
    {
        Assert.Contains(Categories.SafetyCue, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She drew up a list of questions for the surgeon.")]
    [InlineData("Holding the baby against her chest, she described the birth.")]
    public void DrawingUpOrHoldingSomethingElse_DoesNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }
}
