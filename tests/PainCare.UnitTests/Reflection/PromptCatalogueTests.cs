using PainCare.Reflection;
using PainCare.Reflection.Model;

namespace PainCare.UnitTests.Reflection;

public sealed class PromptCatalogueTests
{
    private const string Note = "Plan: cervical traction, review 1/52. Rotation 50 degrees.";

    [Fact]
    public void SameNoteIdAndDate_AlwaysGiveTheSamePhrasing()
    {
        var input = new ReflectionInput(Note) { NoteId = "n-42", Date = new DateOnly(2026, 3, 2) };

        var first = ReflectionEngine.Default.Reflect(input).Select(p => p.Text);
        var second = ReflectionEngine.Default.Reflect(input).Select(p => p.Text);

        Assert.Equal(first, second);
    }

    [Fact]
    public void PhrasingVaries_AcrossDays()
    {
        var texts = Enumerable.Range(0, 30)
            .Select(day => new ReflectionInput(Note) { NoteId = "n-42", Date = new DateOnly(2026, 3, 1).AddDays(day) })
            .Select(input => ReflectionEngine.Default.Reflect(input).Single(p => p.Category == Categories.SharedDecision).Text)
            .ToHashSet();

        Assert.True(texts.Count > 1);
    }

    [Fact]
    public void EveryCategory_HasAtLeastTwoPhrasingsAndAPresenceOrAbsenceRule()
    {
        var data = ReflectionData.Embedded;
        var seen = new HashSet<string>();
        for (var day = 0; day < 60; day++)
        {
            var input = new ReflectionInput("She flinched and was angry. Later she looked away. We both laughed. After the accident. Plan: surgery.")
            {
                NoteId = "x",
                Date = new DateOnly(2026, 1, 1).AddDays(day),
            };
            foreach (var prompt in ReflectionEngine.Default.Reflect(input))
            {
                seen.Add($"{prompt.Category}|{prompt.Text}");
            }
        }

        Assert.True(data.RuleCount >= Categories.All.Count);
        foreach (var category in new[] { Categories.SafetyCue, Categories.Attunement, Categories.Rupture, Categories.Connection, Categories.TraumaInformed, Categories.SharedDecision })
        {
            Assert.True(seen.Count(s => s.StartsWith(category + "|", StringComparison.Ordinal)) >= 2, category);
        }
    }

    [Fact]
    public void Prompts_UseOnlyTaxonomyCategoriesAndInviteRatherThanGrade()
    {
        var prompts = Reflect.Prompts("She froze, was furious, then cancelled. Whiplash after a crash. Plan: injection. Pain 7/10.");

        Assert.All(prompts, p =>
        {
            Assert.Contains(p.Category, Categories.All);
            Assert.StartsWith(p.Category + ".", p.RuleId, StringComparison.Ordinal);
            Assert.DoesNotContain("you should", p.Text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("you failed", p.Text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Prompts_AreOrderedByTaxonomyCategory()
    {
        var prompts = Reflect.Prompts("Plan: injection. She flinched. Whiplash after a crash. She is furious.");

        var order = prompts.Select(p => Categories.All.ToList().IndexOf(p.Category)).ToList();
        Assert.Equal(order.Order(), order);
    }
}
