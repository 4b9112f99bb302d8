using Bunit;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Sessions;

namespace PainCare.UnitTests.Components;

/// <summary>The narrative editor's conflict and observation states, rendered by bunit (issue 14, item 3).</summary>
public sealed class DraftEditorPartsTests : BunitContext
{
    public DraftEditorPartsTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Theory]
    [InlineData("Keep both", ConflictChoice.KeepBoth)]
    [InlineData("Keep mine", ConflictChoice.KeepMine)]
    [InlineData("Keep the saved version", ConflictChoice.KeepSaved)]
    public void ConflictPanel_ShowsBothVersionsAsText_AndReportsTheChoice(string button, ConflictChoice expected)
    {
        ConflictChoice? chosen = null;
        var panel = Render<ConflictPanel>(p => p
            .Add(c => c.Conflict, new ConflictState("<b>mine</b> typed here", "saved elsewhere", 7))
            .Add(c => c.OnChoose, (ConflictChoice c) => chosen = c));

        panel.FindAll("button").Single(b => b.TextContent == button).Click();

        Assert.Equal(expected, chosen);
        Assert.Equal("alertdialog", panel.Find("section").GetAttribute("role"));
        Assert.Equal("<b>mine</b> typed here", panel.Find("[data-testid=conflict-mine]").TextContent);
        Assert.Empty(panel.Find("[data-testid=conflict-mine]").QuerySelectorAll("b"));
    }

    [Fact]
    public void ObservationForm_WhileSaving_DisablesItsButton_SoADoubleClickAddsOnce()
    {
        var saves = 0;
        var form = Render<ObservationForm>(p => p
            .Add(c => c.Draft, new ObservationDraft(ObservationKind.OwnWords, "it just locks", 12))
            .Add(c => c.Busy, true)
            .Add(c => c.OnSave, (ObservationInput _) => saves++));

        var button = form.Find("button[type=submit]");

        Assert.True(button.HasAttribute("disabled"));
        Assert.Equal("Adding…", button.TextContent);
        Assert.Equal(0, saves);
    }

    [Fact]
    public void ObservationForm_SafetyCue_AsksForTheCueAndWhatPrecededIt_AndSubmitsWhatWasEntered()
    {
        ObservationInput? saved = null;
        var form = Render<ObservationForm>(p => p
            .Add(c => c.Draft, new ObservationDraft(ObservationKind.SafetyCue, "she pulled her arm back", 40))
            .Add(c => c.OnSave, (ObservationInput input) => saved = input));

        form.Find("#observation-aspect").Change("guarding");
        form.Find("#observation-detail").Change("arm drawn in as I reached");
        form.Find("#observation-antecedent").Change("moving to the shoulder");
        form.Find("form").Submit();

        Assert.Equal("Cue", form.Find("label[for=observation-aspect]").TextContent);
        Assert.Equal(
            new ObservationInput(ObservationKind.SafetyCue, "guarding", "arm drawn in as I reached", "moving to the shoulder", "she pulled her arm back", 40),
            saved);
    }

    [Fact]
    public void ObservationForm_ShowsTheSaveError_AsAnAlert_AndEscapeCancels()
    {
        var cancelled = false;
        var form = Render<ObservationForm>(p => p
            .Add(c => c.Draft, new ObservationDraft(ObservationKind.Connection, null, null))
            .Add(c => c.Error, "Write what you noticed.")
            .Add(c => c.OnCancel, () => cancelled = true));

        form.Find("form").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        Assert.Equal("Write what you noticed.", form.Find("[role=alert]").TextContent);
        Assert.Empty(form.FindAll("#observation-aspect"));
        Assert.True(cancelled);
    }

    [Fact]
    public void ObservationList_OnASignedNote_SaysNoneWereNoted_AndOffersNoEditingOrJumps()
    {
        var empty = Render<ObservationList>(p => p.Add(c => c.Items, []));
        var signed = Render<ObservationList>(p => p.Add(c => c.Items, [new ObservationView(Guid.NewGuid(), ObservationKind.OwnWords, null, "it just locks", null, "it just locks", 3)]));

        Assert.Equal("No observations were noted for this session.", empty.Find("p.hint").TextContent);
        Assert.Empty(signed.FindAll("button"));
    }

    [Fact]
    public void ObservationList_InTheEditor_ExplainsHowToAddOne_AndOffersRemoveAndShow()
    {
        var empty = Render<ObservationList>(p => p.Add(c => c.Items, []).Add(c => c.OnRemove, (ObservationView _) => { }));
        var editing = Render<ObservationList>(p => p
            .Add(c => c.Items, [new ObservationView(Guid.NewGuid(), ObservationKind.OwnWords, null, "it just locks", null, "it just locks", 3)])
            .Add(c => c.OnRemove, (ObservationView _) => { })
            .Add(c => c.OnReveal, (ObservationView _) => { }));

        Assert.StartsWith("None yet. Select a passage", empty.Find("p.hint").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Show in narrative", "Remove"], editing.FindAll("button").Select(b => b.TextContent));
    }
}
