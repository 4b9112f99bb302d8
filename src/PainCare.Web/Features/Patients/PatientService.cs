using Microsoft.EntityFrameworkCore;
using PainCare.Data;
using PainCare.Domain.Narratives;
using PainCare.Domain.Patients;
using PainCare.Domain.Sessions;
using PainCare.Web.Features.Audit;

namespace PainCare.Web.Features.Patients;

public sealed record TimelineEntry(
    Guid SessionId, DateTimeOffset StartsAt, Attendance Attendance, int? PainBefore, int? PainAfter, NoteStatus? NoteStatus, int Answered, int Pinned, int Dismissed);

public sealed record PatientDetails(
    Guid Id, string DisplayName, DateOnly DateOfBirth, PatientStatus Status, string WhatMattersToMe, string NextStep, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>Creates patients and reads one patient's page. Every query is scoped to the signed-in clinician's caseload.</summary>
public sealed class PatientService(IDbContextFactory<PainCareDbContext> contextFactory, TimeProvider clock, IAuditTrail audit)
{
    public async Task<Guid> CreateAsync(string clinicianId, PatientInput input, CancellationToken cancellationToken = default)
    {
        var id = await CreateCoreAsync(clinicianId, input, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.PatientCreate, clinicianId, id, found: true), cancellationToken);
        return id;
    }

    private async Task<Guid> CreateCoreAsync(string clinicianId, PatientInput input, CancellationToken cancellationToken = default)
    {
        var id = Guid.CreateVersion7();
        var patient = new Patient
        {
            Id = id,
            ClinicianId = clinicianId,
            WhatMattersToMe = input.WhatMattersToMe?.Trim() ?? string.Empty,
            CreatedAt = clock.GetUtcNow(),
            Identity = new PatientIdentity
            {
                PatientId = id,
                GivenName = input.GivenName.Trim(),
                FamilyName = input.FamilyName.Trim(),
                PreferredName = Blank(input.PreferredName),
                DateOfBirth = input.DateOfBirth!.Value,
                HealthcareNumber = Blank(input.HealthcareNumber),
                Phone = Blank(input.Phone),
                Email = Blank(input.Email),
                Address = Blank(input.Address),
                RelativesNames = [.. input.RelativesList()],
            },
        };
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        db.Patients.Add(patient);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    public async Task<PatientInput?> GetForEditAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        var input = await GetForEditCoreAsync(clinicianId, patientId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.PatientRead, clinicianId, patientId, input is not null), cancellationToken);
        return input;
    }

    private async Task<PatientInput?> GetForEditCoreAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Patients.AsNoTracking()
            .Where(p => p.Id == patientId && p.ClinicianId == clinicianId)
            .Select(p => new PatientInput
            {
                GivenName = p.Identity.GivenName,
                FamilyName = p.Identity.FamilyName,
                PreferredName = p.Identity.PreferredName,
                DateOfBirth = p.Identity.DateOfBirth,
                HealthcareNumber = p.Identity.HealthcareNumber,
                Phone = p.Identity.Phone,
                Email = p.Identity.Email,
                Address = p.Identity.Address,
                Relatives = string.Join("\n", p.Identity.RelativesNames),
                WhatMattersToMe = p.WhatMattersToMe,
                Version = p.Version,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Saves patient and identity together, or nothing. False when the patient is not visible or changed since the form was opened.</summary>
    public async Task<bool> UpdateAsync(string clinicianId, Guid patientId, PatientInput input, CancellationToken cancellationToken = default)
    {
        var updated = await UpdateCoreAsync(clinicianId, patientId, input, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForWrite(AuditActions.PatientUpdate, clinicianId, AuditEntities.Patient, patientId, updated), cancellationToken);
        return updated;
    }

    private async Task<bool> UpdateCoreAsync(string clinicianId, Guid patientId, PatientInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await db.Patients.Include(p => p.Identity).SingleOrDefaultAsync(p => p.Id == patientId && p.ClinicianId == clinicianId, cancellationToken);
        if (patient is null)
        {
            return false;
        }

        db.Entry(patient).Property(p => p.Version).OriginalValue = input.Version;
        patient.WhatMattersToMe = input.WhatMattersToMe?.Trim() ?? string.Empty;
        // Always write the patient row, so its xmin check guards identity-only edits too.
        db.Entry(patient).Property(p => p.WhatMattersToMe).IsModified = true;
        var identity = patient.Identity;
        identity.GivenName = input.GivenName.Trim();
        identity.FamilyName = input.FamilyName.Trim();
        identity.PreferredName = Blank(input.PreferredName);
        identity.DateOfBirth = input.DateOfBirth!.Value;
        identity.HealthcareNumber = Blank(input.HealthcareNumber);
        identity.Phone = Blank(input.Phone);
        identity.Email = Blank(input.Email);
        identity.Address = Blank(input.Address);
        identity.RelativesNames = [.. input.RelativesList()];
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Null when the patient does not exist or is not on this clinician's caseload: the page answers 404 either way.</summary>
    public async Task<PatientDetails?> GetAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        var details = await GetCoreAsync(clinicianId, patientId, cancellationToken);
        await audit.RecordAsync(AuditEntry.ForPatient(AuditActions.PatientRead, clinicianId, patientId, details is not null), cancellationToken);
        return details;
    }

    private async Task<PatientDetails?> GetCoreAsync(string clinicianId, Guid patientId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Patients.AsNoTracking()
            .Where(p => p.Id == patientId && p.ClinicianId == clinicianId)
            .Select(p => new PatientDetails(
                p.Id,
                PatientIdentity.DisplayNameOf(p.Identity.GivenName, p.Identity.FamilyName, p.Identity.PreferredName),
                p.Identity.DateOfBirth,
                p.Status,
                p.WhatMattersToMe,
                p.NextStep,
                p.Sessions.OrderByDescending(s => s.StartsAt)
                    .Select(s => new TimelineEntry(
                        s.Id,
                        s.StartsAt,
                        s.Attendance,
                        s.PainBefore,
                        s.PainAfter,
                        s.Note == null ? null : s.Note.Status,
                        db.ReflectionResponses.Count(r => r.SessionId == s.Id && r.Answer != null),
                        db.ReflectionResponses.Count(r => r.SessionId == s.Id && r.IsPinned),
                        db.ReflectionResponses.Count(r => r.SessionId == s.Id && r.IsDismissed)))
                    .ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
