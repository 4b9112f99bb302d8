using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class AbsenceRuleTests
{
    private const string FindingsOnly = "Left knee OA. Effusion +, flexion 95, extension -5. Quads lag 10. Pain 6/10 on stairs.";

    [Fact]
    public void FindingsOnlyNote_FiresMinuteParticularsAndPersonFocus()
    {
        var categories = Reflect.Categories(FindingsOnly);

        Assert.Contains(Categories.MinuteParticulars, categories);
        Assert.Contains(Categories.PersonFocus, categories);
        Assert.DoesNotContain(Categories.SharedDecision, categories);
    }

    [Theory]
    [InlineData("She walked in slowly, shoulders hunched.")]
    [InlineData("He spoke in a low, flat voice.")]
    [InlineData("A long pause before she answered.")]
    [InlineData("He shrugged when I asked about sleep.")]
    [InlineData("Gait antalgic, short stance on the left.")]
    [InlineData("She sat forward, hands clasped tight in her lap.")]
    [InlineData("She said, \"It's like a hot wire down my leg.\"")]
    public void HowDetailOrPatientWords_SuppressMinuteParticulars(string text)
    {
        Assert.DoesNotContain(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Fact]
    public void ClinicianQuoteOnly_StillFiresMinuteParticulars()
    {
        const string text = "Shoulder pain, 5/10. I said to him, \"Let's see how the week goes.\"";

        Assert.Contains(Categories.MinuteParticulars, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Knee pain 6/10. She is worried she cannot look after her grandson.")]
    [InlineData("Knee pain 6/10. His goal is to walk his daughter down the aisle.")]
    [InlineData("Knee pain 6/10. Does night shifts in a warehouse.")]
    [InlineData("Knee pain 6/10. He is frightened of falling again.")]
    public void LifeHopesOrAffect_SuppressPersonFocus(string text)
    {
        Assert.DoesNotContain(Categories.PersonFocus, Reflect.Categories(text));
    }

    [Theory]
    [InlineData("Plan: lumbar stabilisation exercises, review in two weeks.")]
    [InlineData("I referred him for a facet joint injection.")]
    [InlineData("I explained the central sensitisation model and prescribed a walking programme.")]
    [InlineData("Discussed surgery; I recommended proceeding.")]
    public void DecisionWithoutPatientView_FiresSharedDecision(string text)
    {
        var prompt = Reflect.Single(text, Categories.SharedDecision);

        Assert.Equal("shared-decision.absent", prompt.RuleId);
        Assert.NotEmpty(prompt.Evidence.Spans);
        Assert.Contains(prompt.Evidence.Data, d => d.Contains("decision.patient-view", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Plan: hydrotherapy, which she chose over the gym.")]
    [InlineData("Pros and cons of an injection discussed; he wants time to think it over.")]
    [InlineData("I suggested a pacing plan; she disagreed and we agreed on a shorter trial.")]
    [InlineData("Asked which option she preferred; she picked the home programme.")]
    [InlineData("I suggested an injection but he declined for now.")]
    public void DecisionWithPatientView_DoesNotFireSharedDecision(string text)
    {
        Assert.DoesNotContain(Categories.SharedDecision, Reflect.Categories(text));
    }

    [Fact]
    public void PlanningAHoliday_IsNotATreatmentPlan()
    {
        var categories = Reflect.Categories("She sat back, relaxed, and said she and her sister are planning a trip to Cornwall.");

        Assert.DoesNotContain(Categories.SharedDecision, categories);
        Assert.DoesNotContain(Categories.PersonFocus, categories);
    }

    [Fact]
    public void GoingAlongWithoutConviction_IsNotThePatientsView()
    {
        var categories = Reflect.Categories("I described the new programme and he said, \"Fine, whatever you think.\"");

        Assert.Contains(Categories.SharedDecision, categories);
        Assert.Contains(Categories.Rupture, categories);
    }
}
