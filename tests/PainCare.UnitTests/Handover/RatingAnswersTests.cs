using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using PainCare.Web.Features.Handover;

namespace PainCare.UnitTests.Handover;

/// <summary>Issue 17, item 3: a skipped question never loses the answers after it, and a missing answer is named once.</summary>
public sealed class RatingAnswersTests
{
    [Fact]
    public void PostedAnswers_KeepAnswersAfterASkippedQuestion()
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["Form.Answers[0]"] = "4", ["Form.Answers[2]"] = "5", ["Form.Answers[3]"] = "x" });

        Assert.Equal([4, null, 5, null], PostedAnswers.Read(form, 4));
    }

    [Theory]
    [InlineData(new[] { 4, 0, 5, 0, 0, 0 }, 1, "Please choose an answer here. 3 other questions also need an answer.")]
    [InlineData(new[] { 4, 4, 0, 4, 0, 4 }, 2, "Please choose an answer here. One other question also needs an answer.")]
    [InlineData(new[] { 4, 4, 4, 4, 4, 0 }, 5, "Please choose an answer here, then carry on.")]
    public void Missing_IsTheFirstUnansweredQuestion_WithOneMessageCountingTheRest(int[] given, int first, string message)
    {
        var answers = given.Select(a => a == 0 ? (int?)null : a).ToList();

        Assert.Equal(first, RatingMissing.First(answers, 6));
        Assert.Equal(message, RatingMissing.Message(answers, 6));
    }

    [Fact]
    public void HandoverLock_LaysPostedAnswersOverHeldOnes_WithoutClearingAny()
    {
        var held = new HandoverLock(Guid.Empty, ShowFirstName: false, OneItemPerStep: true, Rated: false) { Answers = [4, 5, null] };

        Assert.Equal([4, 2, 3], held.WithAnswers([null, 2, 3], 3).Answers);
    }
}
