using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A vehicle that overturns, a weapon or a fire as the cause of an injury; a job told by its verb, a faith's practice and
/// the big events of a life as the person; a meeting the writer only hopes for is not one yet; everyday words for a
/// shared laugh, thanks for being heard and dissatisfaction with the service.
/// </summary>
public sealed class VehicleRolloverWorkLifeAndHopedForMeetingTests
{
    [Theory]
    [InlineData("Neck pain since the minibus taking her to work overturned on a wet bend.")]
    [InlineData("He was a passenger when the truck overturned; three weeks in traction afterwards.")]
    [InlineData("Back pain after the coach that overturned near the border last year.")]
    [InlineData("The ferry capsized and she spent an hour in the water before rescue.")]
    [InlineData("Shoulder pain since the lorry he was driving jack-knifed on the ice.")]
    public void AVehicleThatOverturns_FiresTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Scarring on the forearm from a machete wound received in a raid.")]
    [InlineData("Facial and neck pain after an acid attack outside his flat.")]
    [InlineData("Ankle fractures from jumping out of a window to escape the fire.")]
    [InlineData("His foot was crushed by a reversing forklift at the depot.")]
    [InlineData("She was hurt in a landslide that buried half the village.")]
    [InlineData("Knee pain since he was run down by a van on the pedestrian crossing.")]
    public void WeaponsFiresAndCrushingAsTheCause_FireTraumaInformed(string text)
    {
        Assert.Contains(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Knee pain. The decision on her claim was overturned on appeal last month.")]
    [InlineData("Back pain. We used the blue crash mats for the step-down practice.")]
    [InlineData("Neck pain. He has felt run down since a chest cold in January.")]
    [InlineData("Wrist pain. The orthopaedic plan was overturned by the consultant after the scan.")]
    public void LookAlikesOfOverturnCrashAndRunDown_DoNotFireTraumaInformed(string text)
    {
        Assert.DoesNotContain(Categories.TraumaInformed, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Lumbar flexion 60%, pain 5/10. She teaches a reception class and sits on tiny chairs all day.")]
    [InlineData("Cervical rotation 50 degrees. He drives a taxi on the night rank six days a week.")]
    [InlineData("Shoulder flexion 130. He works nights, loading vans at the depot.")]
    [InlineData("Hip IR 10 degrees. He is a market trader and sets up his stall at five.")]
    [InlineData("Knee effusion mild. She is fasting for Ramadan and trains after sunset.")]
    [InlineData("Thoracic pain 4/10. He is a pastor and stands to preach for an hour on Sundays.")]
    [InlineData("Pelvic girdle pain 6/10. Currently between IVF cycles.")]
    [InlineData("Ankle ROM full. He starts a new job on the railways next month.")]
    public void WorkFaithAndLifeEvents_CountAsThePerson(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Antalgic posture adopted in standing. Lumbar flexion 40%. Repeated extension given.")]
    [InlineData("Fasting glucose normal on the referral. Knee flexion 110. Quads sets continued.")]
    [InlineData("Tender over the left temple. Cervical rotation 60 each way. C2 mobilisation.")]
    public void ClinicalLookAlikesOfLifeWords_LeavePersonFocus(string text)
    {
        Assert.Contains(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Ankle review. I hope he opens up to me as the weeks go on.")]
    [InlineData("Knee review. Hopefully she will feel at ease with me in a few weeks.")]
    [InlineData("Back review. In time I'd like us to be able to share a laugh about the exercise bike.")]
    public void AMeetingTheWriterOnlyHopesFor_DoesNotFireConnection(string text)
    {
        Assert.DoesNotContain(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Hip review. The first shared laugh between us was over the squeaky exercise bike.")]
    [InlineData("Back review. He broke into a wide grin when the walking frame squeaked.")]
    [InlineData("Neck review. 'You never hurried me, thank you for listening,' he said as he left.")]
    [InlineData("Shoulder review. He thanked me for listening and for not hurrying him.")]
    [InlineData("Knee review. Today the two of us seemed to be on the same wavelength at last.")]
    public void EverydayWordsForAMeeting_FireConnection(string text)
    {
        Assert.Contains(Categories.Connection, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Knee review. Patient voiced dissatisfaction with the length of the waiting list.")]
    [InlineData("Back review. He said the pain clinic had been useless and he had no hope of this being better.")]
    [InlineData("Neck review. Ringing the department is like talking to a brick wall, she told me.")]
    [InlineData("Hip review. She said flatly that she doubted I was on her side.")]
    [InlineData("Shoulder review. He was tight-lipped all session and left without booking.")]
    [InlineData("Back review. 'Why bother? None of it works,' she said, pushing the sheet back across the desk.")]
    public void DissatisfactionAndWithdrawalInOtherWords_FireRupture(string text)
    {
        Assert.Contains(Categories.Rupture, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Wrist review. His left hand was useless for a month after the stroke.")]
    [InlineData("Back review. She is frustrated with the stairs in her new flat.")]
    public void UselessLimbsAndEverydayFrustration_DoNotFireRupture(string text)
    {
        Assert.DoesNotContain(Categories.Rupture, Reflect.Categories(text));
    }
}
