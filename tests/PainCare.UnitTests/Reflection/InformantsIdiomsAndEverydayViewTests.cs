using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// The same categories told in other words than the lexicon had: a relative as informant or booking clerk, the patient
/// as object inside a relative clause, despair in idiom, adversity told plainly, and the patient's view in everyday
/// phrasing.
/// </summary>
public sealed class InformantsIdiomsAndEverydayViewTests
{
    [Theory]
    [InlineData("Mum reports the knee swells after PE. Effusion trace. Quads program updated.")]
    [InlineData("Daughter phoned to move the appointment. Seen today: shoulder ER 30, pendulums.")]
    public void RelativeAsInformantOrForBooking_LeavesPersonFocusToFire(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Fact]
    public void RelativesFeelingAfterAClauseAboutThePatient_IsNotThePatients()
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories("His wife, who had driven him in, became tearful describing the night terrors."));
    }

    [Theory]
    [InlineData("Head in his hands for a minute; says he is at the end of his rope.")]
    [InlineData("Says she is at her wits' end with the nights.")]
    public void DespairInIdiom_FiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }

    [Fact]
    public void ComparedWithTheLastClinician_FiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("He told me I was just like the last one, only interested in the exercises."));
    }

    [Theory]
    [InlineData("She was held up at knifepoint at the petrol station last year.")]
    [InlineData("He was trapped for hours when the barn roof came down.")]
    [InlineData("She has been sleeping in her car since the separation.")]
    [InlineData("She lost the baby at twenty weeks in the spring.")]
    public void AdversityToldPlainly_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Fact]
    public void WarGames_AreNotAdversity()
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories("He plays war games online with his friends in the evening."));
    }

    [Theory]
    [InlineData("He liked the idea of a walking group, so I have referred him.")]
    [InlineData("She was clear she does not want any more scans. Plan: graded walking.")]
    [InlineData("He said he would give the exercises a go if we kept it to ten minutes a day.")]
    public void PatientsViewInEverydayWords_SilencesSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void ReferralToThePainTeam_IsAProposal()
    {
        Assert.Contains(Categories.SharedDecision, Reflect.Categories("To see the pain team re medication."));
    }

    [Theory]
    [InlineData("We bonded over a shared love of old cars.")]
    [InlineData("Gave me a high five at the end after the stairs.")]
    [InlineData("She reached out and squeezed my arm.")]
    public void ConnectionInOtherWords_FiresConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Fact]
    public void RapportNotMarkedAsAMoment_FiresNoConnection()
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories("Good rapport. Knee flexion 110."));
    }

    [Fact]
    public void RapportMarkedAsNew_FiresConnection()
    {
        Assert.Contains(Categories.Connection, Reflect.Categories("For the first time there was an easy rapport between us."));
    }

    [Theory]
    [InlineData("She doubted she could manage the stairs at her daughter's house.")]
    [InlineData("He didn't show up to work on Monday because of the back.")]
    [InlineData("He is impatient with his own progress and wants to push on.")]
    public void DoubtOrImpatienceAboutThemselves_FiresNoRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }

    [Fact]
    public void DoubtAboutTheClinicianExplanation_FiresRupture()
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories("He was not convinced by my explanation and asked for a scan again."));
    }
}
