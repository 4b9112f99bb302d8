using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using PainCare.Domain.Sessions;

namespace PainCare.Web.Features.Sessions.Corrections;

public sealed partial class SessionCorrections
{
    private readonly DialogOptions _dialog = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = false };
    private CorrectionFields _form = new();
    private uint _version;
    private bool _correcting;
    private bool _confirmDelete;
    private bool _working;
    private string? _error;
    private string _deleteDate = string.Empty;

    [Parameter, EditorRequired]
    public Guid SessionId { get; set; }

    [Parameter, EditorRequired]
    public string UserId { get; set; } = string.Empty;

    [Parameter]
    public EventCallback OnCorrected { get; set; }

    private async Task OpenCorrectionAsync()
    {
        await GuardAsync(async () =>
        {
            var current = await Corrections.GetFormAsync(UserId, SessionId);
            if (current is null)
            {
                Snackbar.Add("This session is no longer on your caseload.", Severity.Error);
                return;
            }

            (_form, _version, _error, _correcting) = (CorrectionFields.From(current), current.Version, null, true);
        });
    }

    private async Task SaveCorrectionAsync()
    {
        await GuardAsync(async () =>
        {
            // A second click of a double-click can arrive after the first save closed the form: it must not save again.
            if (!_correcting)
            {
                return;
            }

            if (_form.Read(out var problem) is not { } input)
            {
                _error = problem;
                return;
            }

            var result = await Corrections.CorrectAsync(UserId, SessionId, input with { SeenVersion = _version });
            _error = result.Status switch
            {
                CorrectionStatus.Corrected => null,
                CorrectionStatus.Refused => CorrectionText.Describe(result.Refusal!.Value),
                CorrectionStatus.FutureDate => "A session cannot be recorded for a date after today.",
                CorrectionStatus.NotFound => "This session is no longer on your caseload.",
                _ => CorrectionText.Conflict,
            };
            if (_error is null)
            {
                _correcting = false;
                Snackbar.Add(result.Changed is { Count: > 0 } ? "Session details corrected." : "Nothing had changed.", Severity.Success);
                await OnCorrected.InvokeAsync();
            }
        });
    }

    private async Task OpenDeletionAsync()
    {
        await GuardAsync(async () =>
        {
            var check = await Deletions.CheckAsync(UserId, SessionId);
            if (check is null)
            {
                Snackbar.Add("This session is no longer on your caseload.", Severity.Error);
                return;
            }

            if (check.Refusal is { } refusal)
            {
                Snackbar.Add(CorrectionText.Describe(refusal), Severity.Warning);
                return;
            }

            (_version, _deleteDate, _confirmDelete) = (check.Version, Clock.DateTime(check.StartsAt), true);
        });
    }

    private async Task DeleteAsync()
    {
        await GuardAsync(async () =>
        {
            if (!_confirmDelete)
            {
                return;
            }

            var result = await Deletions.DeleteAsync(UserId, SessionId, _version);
            _confirmDelete = false;
            switch (result.Status)
            {
                case DeletionStatus.Deleted:
                    Navigation.NavigateTo($"patients/{result.PatientId}", forceLoad: true);
                    break;
                case DeletionStatus.Refused:
                    Snackbar.Add(CorrectionText.Describe(result.Refusal!.Value), Severity.Warning);
                    break;
                case DeletionStatus.NotFound:
                    Snackbar.Add("This session is no longer on your caseload.", Severity.Error);
                    break;
                default:
                    Snackbar.Add("This session was changed in another window. Nothing was deleted: reload the page and try again.", Severity.Error);
                    break;
            }
        });
    }

    /// <summary>One action at a time: the buttons are disabled while it runs, and a second click in flight does nothing.</summary>
    private async Task GuardAsync(Func<Task> action)
    {
        if (_working)
        {
            return;
        }

        _working = true;
        try
        {
            await action();
        }
        finally
        {
            _working = false;
        }
    }

    /// <summary>The form's boxes as typed, so a pain of "6.5" reaches the rules and is refused with a message.</summary>
    private sealed class CorrectionFields
    {
        public string? Date { get; set; }

        public string? StartTime { get; set; }

        public string? Duration { get; set; }

        public Attendance Attendance { get; set; }

        public string? PainBefore { get; set; }

        public string? PainAfter { get; set; }

        public static CorrectionFields From(SessionCorrectionForm form) => new()
        {
            Date = form.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = form.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            Duration = form.DurationMinutes.ToString(CultureInfo.InvariantCulture),
            Attendance = form.Attendance,
            PainBefore = form.PainBefore?.ToString(CultureInfo.InvariantCulture),
            PainAfter = form.PainAfter?.ToString(CultureInfo.InvariantCulture),
        };

        public SessionCorrectionInput? Read(out string? problem)
        {
            problem = null;
            if (!DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                problem = "Enter the session date.";
            }
            else if (!TimeOnly.TryParse(StartTime, CultureInfo.InvariantCulture, out var time))
            {
                problem = "Enter the start time.";
            }
            else if (!int.TryParse(Duration, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
            {
                problem = "Duration must be between 5 and 240 minutes.";
            }
            else if (!Blank(PainBefore) && PainScore.Parse(PainBefore) is null || !Blank(PainAfter) && PainScore.Parse(PainAfter) is null)
            {
                problem = "Pain scores must be whole numbers from 0 to 10 (for example 6, not 6.5).";
            }
            else
            {
                return new SessionCorrectionInput(date, time, minutes, Attendance, PainScore.Parse(PainBefore), PainScore.Parse(PainAfter), 0);
            }

            return null;
        }

        private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
    }
}
