using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// Shared decision and person-focus classes, in sentences written for these tests: a complaint in the patient's words
/// about earlier care is not their view of today's plan; a relative answering the questions is not the patient's view;
/// a plan to ask next time is not asking; the gym or Pilates as the treatment setting is not a pastime; a feeling
/// asked about is not the person.
/// </summary>
public sealed class QuotedEarlierCareAndRelativeAnswersTests
{
    [Theory]
    [InlineData("He said the previous clinic 'gave me a sheet of stretches and that was it'. Plan: hip hinge drills, review in a week.")]
    [InlineData("'I did all these exercises before and nothing changed,' she said. Started a walking programme.")]
    public void QuotedComplaintAboutEarlierCare_IsNotAViewOnTodaysPlan(string text)
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void QuotedObjectionToTodaysExercise_IsStillAView()
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories("'Not the wall squats again,' she said, so we swapped to the leg press."));
    }

    [Fact]
    public void RelativeAnsweringTheQuestions_IsNotThePatientsView()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("Her father answered most of the questions for her. Plan: graded reaching, review in two weeks."));
    }

    [Fact]
    public void PlanToAskNextTime_IsNotAView()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("Gave him the bridging programme. Next session I will ask him what he wants from the block."));
    }

    [Fact]
    public void GymAsTheTreatmentSetting_IsNotThePerson()
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories("Knee flexion 120. Progressed the gym-based programme: leg press 40 kg."));
    }

    [Fact]
    public void FeelingAskedAbout_IsNotThePerson()
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories("Shoulder flexion 150. Asked whether she was frightened of the hydro pool. Band work."));
    }
}
