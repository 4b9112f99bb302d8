using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>Words naming the clinician's own role or team, or an exercise, are not the patient's life.</summary>
public sealed class ClinicianRoleLookAlikeTests
{
    [Theory]
    [InlineData("Practice nurse review. BP 130/80. Knee pain 5/10, injection site clean. Continue meds.")]
    [InlineData("Student on placement wrote this. Hip flexion 95, abduction 30. Clams 3x10.")]
    [InlineData("A colleague covered reception. Neck rotation 60 both ways, pain 3/10. Chin tucks added.")]
    [InlineData("Lumbar flexion to knees. Bird dog 2x8 and bridges added to the programme.")]
    public void ClinicianRolesAndExerciseNames_LeavePersonFocusFiring(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She works as a nurse on a busy surgical ward. Shoulder flexion 150.")]
    [InlineData("He is a student at the college and worries about exams. Ankle swelling down.")]
    public void ThePatientsOwnRole_StillCountsAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("The video froze twice during the call; knee flexion 110 on her own goniometer.")]
    [InlineData("Frustrated that the insurer makes him jump through hoops for every session.")]
    public void TechnologyAndIdiom_DoNotFireSafetyCue(string text)
    {
        Assert.DoesNotContain(Categories.SafetyCue, Reflect.Categories(text));
    }
}
