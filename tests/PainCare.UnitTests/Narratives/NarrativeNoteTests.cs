using PainCare.Domain.Narratives;

namespace PainCare.UnitTests.Narratives;

public sealed class NarrativeNoteTests
{
    private static readonly DateTimeOffset _nine = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static NarrativeNote Draft() => new() { Id = Guid.NewGuid(), AuthorId = "sam" };

    [Fact]
    public void TheFirstSave_IsRevisionOne_AndItsOwnVersion()
    {
        var note = Draft();

        var outcome = note.SaveDraft("She arrived early.", 0, "sam", _nine);

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.Equal((1, "She arrived early."), (note.Revision, note.Text));
        var version = Assert.Single(note.Versions);
        Assert.Equal((1, "She arrived early.", "sam", _nine), (version.Revision, version.Text, version.SavedById, version.SavedAt));
    }

    [Fact]
    public void ASaveFromAnOlderRevision_IsAConflict_AndChangesNothing()
    {
        var note = Draft();
        note.SaveDraft("Tab one.", 0, "sam", _nine);

        var outcome = note.SaveDraft("Tab two.", 0, "sam", _nine.AddSeconds(5));

        Assert.Equal(SaveStatus.Conflict, outcome.Status);
        Assert.Equal((1, "Tab one."), (note.Revision, note.Text));
        Assert.Single(note.Versions);
    }

    [Fact]
    public void ASignedNote_RefusesADraftSave()
    {
        var note = Draft();
        note.SaveDraft("Final words.", 0, "sam", _nine);
        Assert.Null(note.Sign("sam", _nine.AddMinutes(1), 1));

        var outcome = note.SaveDraft("Rewritten.", 1, "sam", _nine.AddMinutes(2));

        Assert.Equal(new DraftSave(SaveStatus.Refused, NarrativeNote.SignedIsFinal), outcome);
        Assert.Equal("Final words.", note.Text);
    }

    [Fact]
    public void AnOverlongNarrative_IsRefusedWhole()
    {
        var note = Draft();

        var outcome = note.SaveDraft(new string('a', NarrativeNote.MaxLength + 1), 0, "sam", _nine);

        Assert.Equal(SaveStatus.Refused, outcome.Status);
        Assert.Equal(NarrativeRules.TooLong, outcome.Problem);
        Assert.Equal((0, string.Empty), (note.Revision, note.Text));
    }

    [Fact]
    public void AutosavesBySameAuthorWithinTheWindow_ExtendOneVersion_ButTheFirstVersionIsKept()
    {
        var note = Draft();
        note.SaveDraft("One.", 0, "sam", _nine);
        note.SaveDraft("One. Two.", 1, "sam", _nine.AddSeconds(10));

        var outcome = note.SaveDraft("One. Two. Three.", 2, "sam", _nine.AddSeconds(20), Newest(note));

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.Equal(3, note.Revision);
        Assert.Equal([(1, "One."), (3, "One. Two. Three.")], note.Versions.Select(v => (v.Revision, v.Text)));
        Assert.Equal(_nine.AddSeconds(20), Newest(note).SavedAt);
    }

    [Fact]
    public void AnAutosaveAfterThePauseWindow_StartsANewVersion()
    {
        var note = Draft();
        note.SaveDraft("One.", 0, "sam", _nine);
        note.SaveDraft("One. Two.", 1, "sam", _nine.AddSeconds(10));

        note.SaveDraft("One. Two. Later.", 2, "sam", _nine.AddSeconds(10) + NarrativeNote.CoalesceWindow, Newest(note));

        Assert.Equal([1, 2, 3], note.Versions.Select(v => v.Revision));
    }

    [Fact]
    public void AnotherAuthorsSave_OrAConflictResolution_IsAlwaysAVersionOfItsOwn()
    {
        var note = Draft();
        note.SaveDraft("One.", 0, "sam", _nine);
        note.SaveDraft("One. Two.", 1, "sam", _nine.AddSeconds(10));

        note.SaveDraft("One. Two. Priya.", 2, "priya", _nine.AddSeconds(20), Newest(note));
        note.SaveDraft("Priya's kept; mine too.", 3, "priya", _nine.AddSeconds(30), Newest(note), SaveKind.ConflictResolution);

        Assert.Equal([1, 2, 3, 4], note.Versions.Select(v => v.Revision));
        Assert.Equal("One. Two.", note.Versions.Single(v => v.Revision == 2).Text);
    }

    [Fact]
    public void SavingTheSameText_AddsNoVersion()
    {
        var note = Draft();
        note.SaveDraft("Same.", 0, "sam", _nine);

        var outcome = note.SaveDraft("Same.", 1, "sam", _nine.AddMinutes(5));

        Assert.Equal(SaveStatus.Saved, outcome.Status);
        Assert.Equal(1, note.Revision);
        Assert.Single(note.Versions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void AnEmptyNarrative_CannotBeSigned(string blank)
    {
        var note = Draft();
        note.SaveDraft(blank, 0, "sam", _nine);

        Assert.Equal(SignOffProblem.Empty, note.Sign("sam", _nine, note.Revision));
        Assert.Equal(NoteStatus.Draft, note.Status);
    }

    [Fact]
    public void SigningNeedsTheRevisionTheClinicianSaw_AndHappensOnce()
    {
        var note = Draft();
        note.SaveDraft("Seen.", 0, "sam", _nine);
        note.SaveDraft("Seen. Changed elsewhere.", 1, "sam", _nine.AddMinutes(3));

        Assert.Equal(SignOffProblem.ChangedSinceSeen, note.Sign("sam", _nine.AddMinutes(4), 1));
        Assert.Null(note.Sign("sam", _nine.AddMinutes(5), 2));
        Assert.Equal((NoteStatus.Signed, "sam", _nine.AddMinutes(5)), (note.Status, note.SignedById, note.SignedAt));
        Assert.Equal(SignOffProblem.AlreadySigned, note.Sign("sam", _nine.AddMinutes(6), 2));
    }

    [Fact]
    public void OnlyASignedNote_TakesAddenda()
    {
        var note = Draft();
        note.SaveDraft("Words.", 0, "sam", _nine);
        Assert.False(note.TakesAddenda);

        note.Sign("sam", _nine, 1);

        Assert.True(note.TakesAddenda);
    }

    [Fact]
    public void TheSameAddendumMomentsLater_IsARepeat_ButNotHalfAMinuteLaterOrWithOtherWords()
    {
        var last = new NoteAddendum { AuthorId = "sam", Text = "Right hip, not left.", CreatedAt = _nine };

        Assert.True(NoteAddendum.Repeats(last, " Right hip, not left. ", _nine.AddSeconds(5)));
        Assert.False(NoteAddendum.Repeats(last, "Right hip, not left.", _nine + NoteAddendum.RepeatWindow));
        Assert.False(NoteAddendum.Repeats(last, "Left hip after all.", _nine.AddSeconds(5)));
        Assert.False(NoteAddendum.Repeats(null, "Right hip, not left.", _nine));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Pasted\u0000text")]
    public void AnEmptyOrControlCharacterAddendum_IsNotWritable(string text) =>
        Assert.False(NoteAddendum.IsWritable(System.Text.RegularExpressions.Regex.Unescape(text)));

    private static NarrativeNoteVersion Newest(NarrativeNote note) => note.Versions.MaxBy(v => v.Revision)!;
}
