using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using PainCare.Domain.Narratives;
using PainCare.Reflection.Model;
using PainCare.Web.Features.Reflection;

namespace PainCare.UnitTests.Components;

/// <summary>The reflection panel's response controls and the reflections kept after sign-off (issue 14), rendered by bunit.</summary>
public sealed class ReflectionPartsTests : IAsyncDisposable
{
    // Held, not inherited: MudBlazor's services dispose only asynchronously.
    private readonly BunitContext _bunit = new();

    private static readonly ReflectionPrompt _prompt = new("safety-cue", "safety.recoil", "What did the body say before the words did?", new PromptEvidence([], []));

    public ReflectionPartsTests()
    {
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Services.AddMudServices();
    }

    [Fact]
    public void WhileAPinIsSaving_EveryButtonIsDisabled_AndTheStatusSaysSo_SoADoubleClickSavesOnce()
    {
        var pending = new TaskCompletionSource<bool>();
        var calls = 0;
        var response = RenderResponse(null, (_, _) =>
        {
            calls++;
            return pending.Task;
        });

        Button(response, "Pin for supervision").Click();

        Assert.All(response.FindAll("button"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Equal("Saving…", response.Find("[role=status]").TextContent);

        pending.SetResult(true);
        response.WaitForAssertion(() => Assert.Equal("Saved.", response.Find("[role=status]").TextContent));
        Assert.Equal(1, calls);
    }

    [Fact]
    public void APin_TurnsThePinOn_AndAPinnedPromptShowsItsPressedState()
    {
        var change = new ReflectionResponse { RuleId = "r", Category = "c", PromptText = "p", AuthorId = "a" };
        var response = RenderResponse(null, (_, apply) =>
        {
            apply(change);
            return Task.FromResult(true);
        });

        Button(response, "Pin for supervision").Click();
        Assert.True(change.IsPinned);
        Assert.Equal("false", Button(response, "Pin for supervision").GetAttribute("aria-pressed"));

        var pinned = RenderResponse(new ResponseView(_prompt.RuleId, _prompt.Category, _prompt.Text, null, IsPinned: true, IsDismissed: false), (_, _) => Task.FromResult(true));
        Assert.Equal("true", Button(pinned, "Pinned for supervision").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void AnAnswerTheServiceRefuses_IsReportedAsNotSaved_AndStaysInTheField()
    {
        var response = RenderResponse(null, (_, _) => Task.FromResult(false));

        response.Find("textarea").Input("I slowed down after the cue.");
        Button(response, "Save reflection").Click();

        response.WaitForAssertion(() => Assert.StartsWith("Not saved", response.Find("[role=status]").TextContent, StringComparison.Ordinal));
        Assert.Equal("I slowed down after the cue.", response.Find("textarea").GetAttribute("value") ?? response.Find("textarea").TextContent);
    }

    [Fact]
    public void AnEmptyAnswer_CannotBeSaved()
    {
        var response = RenderResponse(null, (_, _) => Task.FromResult(true));

        Assert.True(Button(response, "Save reflection").HasAttribute("disabled"));
    }

    [Fact]
    public void AfterSignOff_AnswersAndPinsAreShownAsText_AndDismissedPromptsAreNot()
    {
        ResponseView[] responses =
        [
            new("a", "safety-cue", "What did the body say?", "<b>paused</b> before touching again", IsPinned: true, IsDismissed: false),
            new("b", "connection", "Was there a moment of meeting?", null, IsPinned: true, IsDismissed: false),
            new("c", "person-focus", "Who is this person outside the clinic?", "not today", IsPinned: false, IsDismissed: true),
            new("d", "attunement", "Did you check in?", null, IsPinned: false, IsDismissed: false),
        ];

        var kept = _bunit.Render<SignedReflections>(p => p.Add(c => c.Responses, responses));

        var items = kept.FindAll("li");
        Assert.Equal(["What did the body say?", "Was there a moment of meeting?"], items.Select(i => i.QuerySelector(".prompt-text")!.TextContent));
        Assert.Equal("Safety cue", items[0].QuerySelector(".prompt-category")!.TextContent);
        Assert.Contains("<b>paused</b> before touching again", items[0].QuerySelector(".prompt-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(items[0].QuerySelectorAll(".prompt-answer b"));
        Assert.All(items, i => Assert.Contains("Pinned for supervision", i.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AfterSignOff_WithNothingKept_SaysWhereReflectionsComeFrom()
    {
        var kept = _bunit.Render<SignedReflections>(p => p.Add(c => c.Responses, []));

        Assert.Empty(kept.FindAll("li"));
        Assert.Contains("You kept no reflections on this session.", kept.Find("p.hint").TextContent, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _bunit.DisposeAsync();

    private IRenderedComponent<PromptResponse> RenderResponse(ResponseView? existing, Func<ReflectionPrompt, Action<ReflectionResponse>, Task<bool>> respond)
    {
        _bunit.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        return _bunit.Render<PromptResponse>(p => p
            .Add(c => c.Prompt, _prompt)
            .Add(c => c.Response, existing)
            .Add(c => c.Respond, respond));
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<PromptResponse> response, string name) =>
        response.FindAll("button").Single(b => b.TextContent.Trim() == name);
}
