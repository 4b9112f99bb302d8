using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PainCare.Domain.Ratings;
using PainCare.IntegrationTests.Account;
using PainCare.Testing;

namespace PainCare.IntegrationTests.Alliance;

/// <summary>Issue 17, item 3: every hand-over step is a post answered by a redirect, and the answers given so far are kept.</summary>
public sealed partial class HandoverStepsTests
{
    [Fact]
    public async Task EachStep_RedirectsToAPlainAddress_KeepsEarlierAnswers_AndNamesAMissingAnswerOnceAtItsQuestion()
    {
        await using var server = await AppServer.StartAsync();
        var (sessionId, _) = await HandoverLockTests.UnratedSessionAsync(server);
        using var client = new FormClient(server.BaseAddress);
        await client.SignInAsync("sam.okafor@paincare.test", AppServer.DemoPassword);
        using var handedOver = await client.SubmitAsync($"sessions/{sessionId}/handover", new Dictionary<string, string> { ["Options.OneItemPerStep"] = "true" });

        using var first = await Step(client, "handover/rate?step=0", 0, "next", answer: 4);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/handover/rate?step=1", HandoverLockTests.PathOf(first));

        // The browser's Back: the first question again, its answer still chosen.
        using var back = await client.GetAsync("handover/rate?step=0");
        Assert.Matches(Checked(0, 4), await back.Content.ReadAsStringAsync());

        using var unanswered = await Step(client, "handover/rate?step=1", 1, "next", answer: null);
        Assert.StartsWith("/handover/rate?step=1&missing=1", HandoverLockTests.PathOf(unanswered), StringComparison.Ordinal);
        using var told = await client.GetAsync(HandoverLockTests.PathOf(unanswered)!.TrimStart('/'));
        var html = await told.Content.ReadAsStringAsync();
        Assert.Single(Problem().Matches(html));
        Assert.Contains("Please choose an answer here. 4 other questions also need an answer.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);

        for (var item = 1; item < 6; item++)
        {
            using var moved = await Step(client, $"handover/rate?step={item}", item, item < 5 ? "next" : "finish", answer: 5);
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
            Assert.Equal(item < 5 ? $"/handover/rate?step={item + 1}" : "/handover/locked", HandoverLockTests.PathOf(moved));
        }

        await using var db = server.Database.CreateContext();
        var rating = await db.AllianceRatings.AsNoTracking().SingleAsync(r => r.SessionId == sessionId && r.Rater == RaterRole.Patient);
        Assert.Equal([4, 5, 5, 5, 5, 5], rating.ItemScores);
    }

    private static Task<HttpResponseMessage> Step(FormClient client, string page, int step, string move, int? answer)
    {
        var fields = new Dictionary<string, string> { ["Form.Step"] = $"{step}", ["Form.Move"] = move };
        if (answer is { } value)
        {
            fields[$"Form.Answers[{step}]"] = $"{value}";
        }

        return client.SubmitAsync(page, fields, formName: "rate");
    }

    private static Regex Checked(int item, int value) => new($"id=\"item{item}-{value}\"[^>]*\\bchecked\\b");

    [GeneratedRegex("class=\"rating-problem\"")]
    private static partial Regex Problem();
}
