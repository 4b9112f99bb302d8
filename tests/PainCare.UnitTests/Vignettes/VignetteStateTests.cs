using PainCare.Domain.Vignettes;

namespace PainCare.UnitTests.Vignettes;

public sealed class VignetteStateTests
{
    private static readonly DateTimeOffset _at = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Vignette Draft() => new() { Id = Guid.NewGuid(), AuthorId = "sam", Title = "A case", Text = "Text." };

    private static Vignette Submitted()
    {
        var vignette = Draft();
        Assert.Null(vignette.Submit("ada", _at));
        return vignette;
    }

    [Fact]
    public void ADraft_IsEditedAndSubmittedToOneSupervisor()
    {
        var vignette = Draft();

        Assert.Null(vignette.Edit("Renamed", "New text.", _at));
        Assert.Null(vignette.Submit("ada", _at.AddMinutes(1)));

        Assert.Equal((VignetteStatus.Submitted, "ada", _at.AddMinutes(1), "Renamed"), (vignette.Status, vignette.SupervisorId, vignette.SubmittedAt, vignette.Title));
    }

    [Fact]
    public void ASubmittedVignette_CannotBeEditedOrSubmittedAgain()
    {
        var vignette = Submitted();

        Assert.Equal(VignetteRefusal.NotADraft, vignette.Edit("Changed", "Changed.", _at));
        Assert.Equal(VignetteRefusal.NotADraft, vignette.Submit("someone-else", _at));
        Assert.Equal(("A case", "ada"), (vignette.Title, vignette.SupervisorId));
    }

    [Fact]
    public void TheSupervisorsFirstReply_OpensTheDiscussion_TheAuthorsDoesNot()
    {
        var vignette = Submitted();

        Assert.Null(vignette.TakeComment("sam", _at));
        Assert.Equal(VignetteStatus.Submitted, vignette.Status);
        Assert.Null(vignette.TakeComment("ada", _at));
        Assert.Equal(VignetteStatus.InDiscussion, vignette.Status);
    }

    [Fact]
    public void AClosedDiscussion_TakesNoMessages_UntilTheSupervisorReopensIt()
    {
        var vignette = Submitted();

        Assert.Null(vignette.Close("ada", _at));
        Assert.Equal(VignetteRefusal.Closed, vignette.TakeComment("sam", _at));
        Assert.Null(vignette.MoveTo(VignetteStatus.InDiscussion, "ada", _at));
        Assert.Null(vignette.TakeComment("sam", _at));
    }

    [Fact]
    public void OnlyTheSupervisor_MovesASubmittedVignette_AndNeverBackToDraft()
    {
        var vignette = Submitted();

        Assert.Equal(VignetteRefusal.NotTheSupervisor, vignette.Close("sam", _at));
        Assert.Equal(VignetteRefusal.NotASupervisorStep, vignette.MoveTo(VignetteStatus.Draft, "ada", _at));
        Assert.Equal(VignetteStatus.Submitted, vignette.Status);
    }

    [Fact]
    public void ADraft_HasNoThreadToCloseOrComment()
    {
        var vignette = Draft();

        Assert.Equal(VignetteRefusal.NotSubmitted, vignette.TakeComment("sam", _at));
        Assert.Equal(VignetteRefusal.NotSubmitted, vignette.Close("ada", _at));
    }

    [Fact]
    public void AReturnedVignette_IsTheAuthorsToEdit_AndGoesBackOnlyToTheSupervisorWhoReturnedIt()
    {
        var vignette = Submitted();

        Assert.Equal(VignetteRefusal.NotTheSupervisor, vignette.ReturnForChanges("sam", _at));
        Assert.Null(vignette.ReturnForChanges("ada", _at));
        Assert.Null(vignette.Edit("Changed", "Changed.", _at));
        Assert.Equal(VignetteRefusal.NotSubmitted, vignette.MoveTo(VignetteStatus.Closed, "ada", _at));
        Assert.Equal(VignetteRefusal.NotTheSupervisor, vignette.Submit("someone-else", _at));
        Assert.Null(vignette.Submit("ada", _at.AddHours(1)));

        Assert.Equal((VignetteStatus.Submitted, "ada", "Changed"), (vignette.Status, vignette.SupervisorId, vignette.Title));
    }

    [Fact]
    public void OnlyTheAuthor_Withdraws_AndOnlyBeforeTheDiscussionOpens()
    {
        var vignette = Submitted();
        Assert.Equal(VignetteRefusal.NotTheAuthor, vignette.Withdraw("ada", _at));
        Assert.Null(vignette.Withdraw("sam", _at));
        Assert.Equal((VignetteStatus.Draft, (string?)null, (DateTimeOffset?)null), (vignette.Status, vignette.SupervisorId, vignette.SubmittedAt));

        var discussed = Submitted();
        discussed.TakeComment("ada", _at);
        Assert.Equal(VignetteRefusal.AlreadyTakenUp, discussed.Withdraw("sam", _at));
        Assert.Equal(VignetteRefusal.Closed, Closed().ReturnForChanges("ada", _at));
    }

    private static Vignette Closed()
    {
        var vignette = Submitted();
        Assert.Null(vignette.Close("ada", _at));
        return vignette;
    }
}
