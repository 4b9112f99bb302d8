using Microsoft.JSInterop;
using PainCare.Domain.Narratives;

namespace PainCare.Web.Features.Sessions;

/// <summary>The editor's conflict handling and the transfer of long texts, which travel as streams (ADR 0007).</summary>
public sealed partial class DraftEditor
{
    private bool _resolving;

    [JSInvokable]
    public async Task<DraftSaveResult> SaveDraftStream(IJSStreamReference text, int baseRevision) =>
        await ReadTextAsync(text) is { } value
            ? await SaveDraft(value, baseRevision)
            : DraftSaveResult.Refused(NarrativeRules.TooLong);

    [JSInvokable]
    public async Task LocalCopyConflicts(IJSStreamReference localCopy)
    {
        var localText = await ReadTextAsync(localCopy) ?? string.Empty;
        var current = await Narratives.GetAsync(UserId, Model.SessionId);
        if (current is not null)
        {
            _conflict = new ConflictState(localText, current.Note.Text, current.Note.Revision);
            await InvokeAsync(StateHasChanged);
        }
    }

    private async Task ResolveConflictAsync(ConflictChoice choice)
    {
        // A double click on a choice: the second arrives while the first saves, and must not save again.
        if (_resolving || _conflict is null)
        {
            return;
        }

        _resolving = true;
        try
        {
            await ResolveOnceAsync(choice);
        }
        finally
        {
            _resolving = false;
        }
    }

    private async Task ResolveOnceAsync(ConflictChoice choice)
    {
        var conflict = _conflict!;
        var mine = await ReadTextAsync(await _editor!.InvokeAsync<IJSStreamReference>("textStream")) ?? conflict.Mine;
        if (choice == ConflictChoice.KeepSaved)
        {
            await ContinueFromAsync(conflict.Theirs, conflict.ServerRevision);
            _latestText = conflict.Theirs;
            return;
        }

        var text = choice == ConflictChoice.KeepMine
            ? mine
            : $"{conflict.Theirs.TrimEnd()}\n\n— Also written in another window —\n{mine.Trim()}";
        var result = await Narratives.SaveDraftAsync(UserId, Model.SessionId, text, conflict.ServerRevision, SaveKind.ConflictResolution);
        if (result.Status == SaveStatus.Saved)
        {
            await ContinueFromAsync(text, result.Revision);
            _latestText = text;
        }
        else
        {
            _conflict = new ConflictState(mine, result.ServerText ?? conflict.Theirs, result.Revision);
        }
    }

    private async Task ContinueFromAsync(string text, int revision)
    {
        _revision = revision;
        _conflict = null;
        await _editor!.InvokeVoidAsync("reset", text, revision, Clock.Time(DateTimeOffset.UtcNow));
    }

    /// <summary>Null when the text is larger than any narrative may be.</summary>
    private static async Task<string?> ReadTextAsync(IJSStreamReference reference)
    {
        await using (reference)
        {
            try
            {
                // UTF-8 needs at most 3 bytes for each UTF-16 code unit.
                await using var stream = await reference.OpenReadStreamAsync(maxAllowedSize: (NarrativeNote.MaxLength * 3) + 3);
                using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
                return await reader.ReadToEndAsync();
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }
    }
}
