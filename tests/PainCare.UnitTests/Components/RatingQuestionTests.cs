using Bunit;
using PainCare.Domain.Alliance;
using PainCare.Web.Features.Handover;

namespace PainCare.UnitTests.Components;

/// <summary>One question of the hand-over and home questionnaire, and the form's footer, rendered by bunit.</summary>
public sealed class RatingQuestionTests : BunitContext
{
    private static readonly InstrumentDefinition _checkIn = InstrumentCatalogue.LoadDefaults().Find(InstrumentCatalogue.CheckInId)!;

    [Fact]
    public void Question_OffersEveryScalePointWithItsWords_AndKeepsTheAnswerGiven()
    {
        var question = Render<RatingItem>(p => p
            .Add(c => c.Index, 2).Add(c => c.Item, _checkIn.Items[2]).Add(c => c.Instrument, _checkIn).Add(c => c.Of, 6).Add(c => c.Answer, 4));

        var options = question.FindAll("input[type=radio]");

        Assert.Equal(["1", "2", "3", "4", "5"], options.Select(o => o.GetAttribute("value")));
        Assert.All(options, o => Assert.Equal("Form.Answers[2]", o.GetAttribute("name")));
        Assert.Equal("4", Assert.Single(options, o => o.HasAttribute("checked")).GetAttribute("value"));
        Assert.Equal("Mostly", question.Find("label[for=item2-4] .rating-anchor").TextContent);
        Assert.StartsWith("Question 3 of 6", question.Find("legend").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingAnswer_IsSaidOnceAtTheQuestion_AndTiedToIt()
    {
        var question = Render<RatingItem>(p => p
            .Add(c => c.Index, 0).Add(c => c.Item, _checkIn.Items[0]).Add(c => c.Instrument, _checkIn).Add(c => c.Of, 6)
            .Add(c => c.Problem, "Please choose an answer to this question."));

        Assert.Equal("item-0-problem", question.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Equal("Please choose an answer to this question.", question.Find("#item-0-problem").TextContent);
        Assert.Empty(question.FindAll("input[checked]"));
    }

    [Fact]
    public void Footer_SaysTheCheckInIsNotValidated_AndNamesALicensedFormsHolder()
    {
        var licensed = _checkIn with { Notice = null, LicenceHolder = "Example Licensing Ltd", LicenceTerms = "Single-clinic licence." };

        var own = Render<FormFooter>(p => p.Add(c => c.Instrument, _checkIn));
        var theirs = Render<FormFooter>(p => p.Add(c => c.Instrument, licensed));

        Assert.Contains("not a validated measure", own.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(own.FindAll("p"), f => f.TextContent.Contains("licence", StringComparison.Ordinal));
        Assert.Equal("PainCare session check-in, used under licence from Example Licensing Ltd. Single-clinic licence.", theirs.Find("p").TextContent);
    }
}
