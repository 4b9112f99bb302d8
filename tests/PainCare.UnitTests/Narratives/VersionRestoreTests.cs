using PainCare.Domain.Narratives;

namespace PainCare.UnitTests.Narratives;

public sealed class VersionRestoreTests
{
    private static readonly DateTimeOffset _nine = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static NarrativeNote TwoVersions()
    {
        var note = new NarrativeNote { Id = Guid.NewGuid(), AuthorId = "sam" };
        note.SaveDraft("First telling.", 0, "sam", _nine);
        note.SaveDraft("Second telling.", 1, "sam", _nine.AddMinutes(30));
        return note;
    }

    [Fact]
    public void Restore_SavesTheEarlierText_AsANewVersionAtTheNextRevision()
    {
        var note = TwoVersions();
        var first = note.Versions[0];

        var outcome = note.Restore(first, seenRevision: 2, "sam", _nine.AddMinutes(31));

        Assert.Equal(RestoreOutcome.Restored, outcome);
        Assert.Equal((3, "First telling."), (note.Revision, note.Text));
        Assert.Equal([(1, "First telling."), (2, "Second telling."), (3, "First telling.")], note.Versions.Select(v => (v.Revision, v.Text)));
    }

    [Fact]
    public void Restore_WithinTheAutosaveWindow_StillAddsItsOwnVersion()
    {
        var note = TwoVersions();
        note.SaveDraft("Third telling.", 2, "sam", _nine.AddMinutes(31));

        var outcome = note.Restore(note.Versions[0], seenRevision: 3, "sam", _nine.AddMinutes(31).AddSeconds(10));

        Assert.Equal(RestoreOutcome.Restored, outcome);
        Assert.Equal(4, note.Versions.Count);
        Assert.Equal("Third telling.", note.Versions[2].Text);
    }

    [Fact]
    public void Restore_FromAnOlderRevisionThanTheNotes_ChangesNothing()
    {
        var note = TwoVersions();

        Assert.Equal(RestoreOutcome.ChangedSinceSeen, note.Restore(note.Versions[0], seenRevision: 1, "sam", _nine.AddHours(1)));
        Assert.Equal((2, "Second telling."), (note.Revision, note.Text));
    }

    [Fact]
    public void Restore_OfASignedNote_IsRefused()
    {
        var note = TwoVersions();
        note.Sign("sam", _nine.AddHours(1), 2);

        Assert.Equal(RestoreOutcome.Signed, note.Restore(note.Versions[0], seenRevision: 2, "sam", _nine.AddHours(2)));
        Assert.Equal("Second telling.", note.Text);
        Assert.Equal(2, note.Versions.Count);
    }

    [Fact]
    public void Restore_OfTheCurrentText_SavesNothing()
    {
        var note = TwoVersions();

        Assert.Equal(RestoreOutcome.AlreadyCurrent, note.Restore(note.Versions[1], seenRevision: 2, "sam", _nine.AddHours(1)));
        Assert.Equal(2, note.Revision);
    }
}
