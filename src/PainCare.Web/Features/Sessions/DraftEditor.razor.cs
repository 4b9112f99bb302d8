using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using PainCare.Domain.Narratives;
using PainCare.Web.Features.Shared;

namespace PainCare.Web.Features.Sessions;

public sealed record EditorSelection(int Start, string Text);

public sealed record ConflictState(string Mine, string Theirs, int ServerRevision);

public enum ConflictChoice
{
    KeepMine,
    KeepSaved,
    KeepBoth,
}

/// <summary>
/// The draft narrative editor. Typing stays in the browser (see wwwroot/js/narrative-editor.js); this component saves
/// what the script sends, shows conflicts, and handles observations and sign-off.
/// </summary>
public sealed partial class DraftEditor
{
    private static readonly (ObservationKind Kind, int Index)[] _kinds = Enum.GetValues<ObservationKind>().Select((k, i) => (k, i)).ToArray();

    private ElementReference _textarea;
    private ElementReference _status;
    private IJSObjectReference? _module;
    private IJSObjectReference? _editor;
    private DotNetObjectReference<DraftEditor>? _self;
    private string _initialText = string.Empty;
    private int _revision;
    private bool _ready;
    private bool _confirmSignOff;
    private MudBlazor.MudDialog? _signOffDialogRef;
    private readonly MudBlazor.DialogOptions _signOffDialog = new() { MaxWidth = MudBlazor.MaxWidth.Small, CloseOnEscapeKey = true, BackdropClick = false };
    private bool _signingOff;
    private string? _signOffError;
    private string? _observationError;
    private ConflictState? _conflict;
    private ObservationDraft? _observation;
    private IReadOnlyList<ObservationView> _observations = [];
    private string _latestText = string.Empty;
    private PainCare.Web.Features.Reflection.PromptContext? _promptContext;

    [Inject]
    private NarrativeService Narratives { get; set; } = null!;

    [Inject]
    private ObservationService ObservationStore { get; set; } = null!;

    [Inject]
    private PainCare.Web.Features.Reflection.ReflectionPanelService ReflectionPanel { get; set; } = null!;

    [Parameter, EditorRequired]
    public SessionPageModel Model { get; set; } = null!;

    [Parameter, EditorRequired]
    public string UserId { get; set; } = string.Empty;

    [Parameter]
    public EventCallback OnSigned { get; set; }

    protected override async Task OnInitializedAsync()
    {
        // Read once: later renders must never push server text over what the clinician is typing.
        _initialText = Model.Note.Text;
        _latestText = _initialText;
        _revision = Model.Note.Revision;
        _observations = Model.Note.Observations;
        await RefreshPromptContextAsync();
    }

    private async Task RefreshPromptContextAsync() =>
        _promptContext = await ReflectionPanel.GetContextAsync(UserId, Model.SessionId, _observations.Select(o => o.Kind).ToList());

    private async Task RevealSpanAsync(PainCare.Reflection.Model.EvidenceSpan span) =>
        await _editor!.InvokeAsync<bool>("reveal", span.Start, span.Words);

    /// <summary>Highlights a prompt's evidence in the text while it is hovered or focused; null clears it.</summary>
    private async Task HighlightSpanAsync(PainCare.Reflection.Model.EvidenceSpan? span)
    {
        if (_editor is not null)
        {
            await (span is null ? _editor.InvokeVoidAsync("unhighlight") : _editor.InvokeVoidAsync("highlight", span.Start, span.Words));
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _self = DotNetObjectReference.Create(this);
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/narrative-editor.js");
        _editor = await _module.InvokeAsync<IJSObjectReference>("attach", _textarea, _status, _self, $"paincare:narrative:{Model.SessionId}", _revision, Model.PatientId.ToString());
        _ready = true;
        StateHasChanged();
    }

    [Inject]
    private ClinicClock Clock { get; set; } = null!;

    [JSInvokable]
    public async Task<DraftSaveResult> SaveDraft(string text, int baseRevision)
    {
        var result = await Narratives.SaveDraftAsync(UserId, Model.SessionId, text, baseRevision);
        result = result with { SavedLabel = result.SavedAt is { } savedAt ? Clock.Time(savedAt) : null };
        if (result.Status == SaveStatus.Saved)
        {
            _revision = result.Revision;
            _latestText = text;
            await InvokeAsync(StateHasChanged);
        }
        else if (result.Status == SaveStatus.Conflict)
        {
            _conflict = new ConflictState(text, result.ServerText ?? string.Empty, result.Revision);
            await InvokeAsync(StateHasChanged);
        }

        return result;
    }

    private async Task SignOffAsync()
    {
        if (_signingOff)
        {
            return;
        }

        _signingOff = true;
        try
        {
            await SignOffOnceAsync();
        }
        finally
        {
            _signingOff = false;
        }
    }

    private async Task SignOffOnceAsync()
    {
        await _editor!.InvokeVoidAsync("flush");
        var result = await Narratives.SignOffAsync(UserId, Model.SessionId, _revision);
        if (!result.Succeeded)
        {
            _signOffError = result.Message;
            _confirmSignOff = false;
            return;
        }

        var editor = _editor!;
        await editor.InvokeVoidAsync("detach");
        await editor.InvokeVoidAsync("forget");
        // Closed before the page swaps this editor for the signed note: a disposed inline dialog would stay on screen.
        _confirmSignOff = false;
        if (_signOffDialogRef is not null)
        {
            await _signOffDialogRef.CloseAsync();
        }

        Snackbar.Add("Narrative signed off.", MudBlazor.Severity.Success);
        await OnSigned.InvokeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_editor is not null)
            {
                await _editor.InvokeVoidAsync("detach");
                await _editor.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser's copy and the last save are what remain, as intended.
        }

        _self?.Dispose();
    }
}
