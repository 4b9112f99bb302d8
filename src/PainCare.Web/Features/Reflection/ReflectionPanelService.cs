using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Alliance;
using PainCare.Domain.Narratives;
using PainCare.Reflection;
using PainCare.Reflection.Model;
using PainCare.Web.Features.Alliance;
using NoteObservation = PainCare.Domain.Narratives.ObservationKind;
using PromptObservation = PainCare.Reflection.Model.ObservationKind;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Reflection;

/// <summary>What the prompts for one session depend on besides the text: observations and this session's alliance flags.</summary>
public sealed record PromptContext(Guid SessionId, DateOnly Date, IReadOnlyList<PromptObservation> Observations, IReadOnlyList<AllianceSignal> Signals);

/// <summary>What the clinician did with one prompt; the prompt's own wording is kept with it because phrasings rotate.</summary>
public sealed record ResponseView(string RuleId, string Category, string PromptText, string? Answer, bool IsPinned, bool IsDismissed)
{
    /// <summary>Worth showing once the note is signed: an answer or a pin, and not set aside as irrelevant.</summary>
    public bool IsKept => !IsDismissed && (Answer is not null || IsPinned);
}

/// <summary>Reflection prompts beside the narrative, and what the clinician does with them. Scoped to the caseload.</summary>
public sealed class ReflectionPanelService(
    IDbContextFactory<PainCareDbContext> contextFactory, ReflectionEngine engine, AllianceAnalyser analyser, TimeProvider clock, IAuditTrail audit)
{
    public IReadOnlyList<ReflectionPrompt> Prompts(string text, PromptContext context) =>
        engine.Reflect(new ReflectionInput(text)
        {
            NoteId = context.SessionId.ToString(),
            Date = context.Date,
            Observations = context.Observations,
            AllianceSignals = context.Signals,
        });

    /// <summary>Part of reading the session (its date, observations and alliance signals): recorded as that read, coalesced with it.</summary>
    public async Task<PromptContext?> GetContextAsync(string clinicianId, Guid sessionId, IReadOnlyList<NoteObservation> observations, CancellationToken cancellationToken = default)
    {
        var context = await GetContextCoreAsync(clinicianId, sessionId, observations, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.SessionRead, clinicianId, sessionId, context is not null), cancellationToken);
        return context;
    }

    private async Task<PromptContext?> GetContextCoreAsync(string clinicianId, Guid sessionId, IReadOnlyList<NoteObservation> observations, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var session = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId)
            .Select(s => new { s.PatientId, s.StartsAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        var series = await db.Sessions.AsNoTracking()
            .Where(s => s.PatientId == session.PatientId)
            .Select(s => new SessionRatings(s.PatientId, s.StartsAt, s.Attendance, s.Attendance == PainCare.Domain.Sessions.Attendance.Attended ? s.PainBefore : null, s.Ratings.Select(r => new RatingRow(r.InstrumentId, r.Rater, r.ItemScores)).ToList()))
            .ToListAsync(cancellationToken);
        var number = series.OrderBy(s => s.StartsAt).ToList().FindIndex(s => s.StartsAt == session.StartsAt) + 1;
        var signals = analyser.Analyse(series).Flags.Where(f => f.Session == number).Select(f => Signal(f.Rule)).OfType<AllianceSignal>().Distinct().ToList();
        return new PromptContext(sessionId, DateOnly.FromDateTime(session.StartsAt.UtcDateTime), observations.Select(Map).Distinct().ToList(), signals);
    }

    /// <summary>The prompts the panel shows (<see cref="PromptShowing"/>): at most three, none the clinician dismissed.</summary>
    public IReadOnlyList<ReflectionPrompt> Shown(string text, PromptContext context, IReadOnlyDictionary<string, ResponseView> responses) =>
        PromptShowing.Choose(Prompts(text, context), p => ResponseFor(responses, p) is { IsDismissed: true });

    /// <summary>
    /// The clinician's response to this prompt: its rule's, or else one to the same category under another rule. One prompt
    /// stands for every rule of its category, and which rule words it can change as the text changes; the answer stays.
    /// </summary>
    public static ResponseView? ResponseFor(IReadOnlyDictionary<string, ResponseView> responses, ReflectionPrompt prompt) =>
        responses.GetValueOrDefault(prompt.RuleId)
        ?? responses.Values.Where(r => r.Category == prompt.Category).OrderBy(r => r.RuleId, StringComparer.Ordinal).FirstOrDefault();

    public async Task<IReadOnlyList<ResponseView>> GetResponsesAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        var responses = await GetResponsesCoreAsync(clinicianId, sessionId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForSession(AuditActions.SessionRead, clinicianId, sessionId, found: true), cancellationToken);
        return responses;
    }

    private async Task<IReadOnlyList<ResponseView>> GetResponsesCoreAsync(string clinicianId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Visible(db, clinicianId, sessionId)
            .Select(r => new ResponseView(r.RuleId, r.Category, r.PromptText, r.Answer, r.IsPinned, r.IsDismissed))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Records an answer, a dismissal or a pin. False, with nothing saved, when the session is not on this clinician's caseload or the text is too long.</summary>
    public async Task<bool> RespondAsync(string clinicianId, Guid sessionId, ReflectionPrompt prompt, Action<ReflectionResponse> change, CancellationToken cancellationToken = default)
    {
        var saved = await RespondCoreAsync(clinicianId, sessionId, prompt, change, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.ReflectionRespond, clinicianId, AuditEntities.Session, sessionId, saved), cancellationToken);
        return saved;
    }

    private async Task<bool> RespondCoreAsync(string clinicianId, Guid sessionId, ReflectionPrompt prompt, Action<ReflectionResponse> change, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Sessions.AnyAsync(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId, cancellationToken))
        {
            return false;
        }

        // The row the panel showed for this prompt (ResponseFor): its rule's, or the same category's under another rule.
        var response = await db.ReflectionResponses
            .Where(r => r.SessionId == sessionId && (r.RuleId == prompt.RuleId || r.Category == prompt.Category))
            .OrderByDescending(r => r.RuleId == prompt.RuleId).ThenBy(r => r.RuleId)
            .FirstOrDefaultAsync(cancellationToken);
        if (response is null)
        {
            response = new ReflectionResponse { Id = Guid.CreateVersion7(), SessionId = sessionId, RuleId = prompt.RuleId, Category = prompt.Category, PromptText = prompt.Text, AuthorId = clinicianId };
            db.ReflectionResponses.Add(response);
        }

        change(response);
        if (!Acceptable(response.Answer, ReflectionResponse.MaxAnswerLength) || !Acceptable(response.DismissReason, ReflectionResponse.MaxReasonLength))
        {
            return false;
        }

        response.Answer = string.IsNullOrWhiteSpace(response.Answer) ? null : response.Answer.Trim();
        response.DismissReason = string.IsNullOrWhiteSpace(response.DismissReason) ? null : response.DismissReason.Trim();
        response.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static IQueryable<ReflectionResponse> Visible(PainCareDbContext db, string clinicianId, Guid sessionId) =>
        db.ReflectionResponses.Where(r => r.SessionId == sessionId && db.Sessions.Any(s => s.Id == sessionId && s.Patient.ClinicianId == clinicianId));

    private static bool Acceptable(string? text, int max) => text is null || (text.Length <= max && NarrativeRules.Check(text) is null);

    private static PromptObservation Map(NoteObservation kind) => kind switch
    {
        NoteObservation.MinuteParticular => PromptObservation.MinuteParticular,
        NoteObservation.SafetyCue => PromptObservation.SafetyCue,
        NoteObservation.OwnWords => PromptObservation.PatientWords,
        NoteObservation.Connection => PromptObservation.Connection,
        _ => PromptObservation.Strain,
    };

    private static AllianceSignal? Signal(string rule) => rule switch
    {
        AllianceRules.BelowCutOff => AllianceSignal.BelowCutOff,
        AllianceRules.ReliableDrop or AllianceRules.BelowUsualRange => AllianceSignal.ReliableDrop,
        AllianceRules.RaterGap => AllianceSignal.RaterGap,
        AllianceRules.MissedAfterLow => AllianceSignal.MissedAfterLowScore,
        _ => null,
    };
}
