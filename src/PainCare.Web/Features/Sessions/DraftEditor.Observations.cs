using Microsoft.JSInterop;
using PainCare.Domain.Narratives;

namespace PainCare.Web.Features.Sessions;

/// <summary>Structured observations taken from the narrative while writing (toolbar or Alt+1 to Alt+5).</summary>
public sealed partial class DraftEditor
{
    private bool _savingObservation;
    private bool _removingObservation;
    private ObservationView? _observationToRemove;

    [JSInvokable]
    public async Task StartObservation(int kind, EditorSelection selection)
    {
        _observation = new ObservationDraft((ObservationKind)kind, selection.Text, selection.Start);
        _observationError = null;
        await InvokeAsync(StateHasChanged);
    }

    private async Task StartFromToolbarAsync(ObservationKind kind)
    {
        var selection = await _editor!.InvokeAsync<EditorSelection>("selection");
        await StartObservation((int)kind, selection);
    }

    private async Task SaveObservationAsync(ObservationInput input)
    {
        // Circuit events run one at a time, so a second click arriving while this one waits on the database stops here.
        if (_savingObservation || _observation is null)
        {
            return;
        }

        _savingObservation = true;
        try
        {
            await _editor!.InvokeVoidAsync("flush");
            _observationError = await ObservationStore.AddAsync(UserId, Model.SessionId, input);
            if (_observationError is null)
            {
                _observation = null;
                await _editor!.InvokeVoidAsync("continueAfter", input.SourceStart, input.SourceText);
                await RefreshObservationsAsync();
            }
        }
        finally
        {
            _savingObservation = false;
        }
    }

    private async Task CancelObservationAsync()
    {
        _observation = null;
        await _editor!.InvokeVoidAsync("focus");
    }

    private async Task RemoveObservationAsync()
    {
        if (_removingObservation || _observationToRemove is not { } item)
        {
            return;
        }

        _removingObservation = true;
        try
        {
            var removed = await ObservationStore.RemoveAsync(UserId, Model.SessionId, item.Id);
            _observationToRemove = null;
            Snackbar.Add(
                removed ? "Observation removed." : "Nothing was removed: the observation had already gone or the note has been signed off.",
                removed ? MudBlazor.Severity.Success : MudBlazor.Severity.Warning);
            await RefreshObservationsAsync();
        }
        finally
        {
            _removingObservation = false;
        }
    }

    private async Task RevealAsync(ObservationView item) =>
        await _editor!.InvokeAsync<bool>("reveal", item.SourceStart ?? 0, item.SourceText ?? string.Empty);

    private async Task RefreshObservationsAsync()
    {
        _observations = (await Narratives.GetAsync(UserId, Model.SessionId))?.Note.Observations ?? [];
        await RefreshPromptContextAsync();
    }
}
