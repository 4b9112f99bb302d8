using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

/// <summary>
/// A hedged feeling ("a bit anxious", "mildly frustrated", "less drained"), a plan for when a feeling comes, a feeling
/// called common, or one that only may come, is not strong affect in this session.
/// </summary>
public sealed class HedgedAndHypotheticalFeelingTests
{
    [Theory]
    [InlineData("Mildly frustrated that the knee is still stiff in the mornings. Continue stretches.")]
    [InlineData("A bit anxious about driving on the motorway again, wants to try a short run first.")]
    [InlineData("She hopes to feel less exhausted once the block of sessions is over.")]
    [InlineData("We talked about what to do when the fear comes up on the stairs. Step-ups x10.")]
    [InlineData("Explained that fear of movement is common after an injury like this. Walking programme given.")]
    [InlineData("The referral letter says he could become hopeless if the flare goes on. Knee ROM 0-110.")]
    [InlineData("Said the swelling is annoying more than painful. Ice and elevation.")]
    public void HedgedOrHypotheticalFeeling_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Fear 4/10 on the stairs today, was 8 at the start.")]
    [InlineData("Anxiety 2 out of 10 before hydro. Walked 6 lengths.")]
    public void FeelingGivenARating_DoesNotFireAttunement(string text)
    {
        Assert.DoesNotContain(Categories.Attunement, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("She was fearful of bending and braced every time I asked her to reach for the floor.")]
    [InlineData("He said he is scared the pain will never go and he'll lose his job.")]
    public void PlainStrongFeeling_StillFiresAttunement(string text)
    {
        Assert.Contains(Categories.Attunement, Reflect.Categories(text));
    }
}
